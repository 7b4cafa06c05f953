import { createHmac } from 'node:crypto'
import { and, gt, inArray, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { accountRateLimits } from './tables.js'

/** The forms that are limited; each counts per e-mail address and per IP. */
export type RateLimitedAction = 'sign-in' | 'sign-up' | 'sign-in-link' | 'password-reset' | 'verification'

/** Every window is 15 minutes, so the message can say how long to wait without a clock. */
export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000

/**
 * Attempts allowed per 15 minutes. The per-address figures stop password guessing and mail
 * bombing; the per-IP figures stop one machine trying many addresses, while leaving room for a
 * workshop room or a city hall behind one address. Sign-ins that succeed are given back
 * (refundRateLimit), so those count failures only. README.md lists the figures.
 */
export const RATE_LIMITS: Record<RateLimitedAction, { perAddress: number; perIp: number }> = {
  'sign-in': { perAddress: 10, perIp: 100 },
  'sign-up': { perAddress: 3, perIp: 30 },
  'sign-in-link': { perAddress: 3, perIp: 30 },
  'password-reset': { perAddress: 3, perIp: 30 },
  verification: { perAddress: 3, perIp: 30 },
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * Counts one attempt against both of the action's counters (address and IP) and says whether it
 * may go ahead. One INSERT … ON CONFLICT DO UPDATE … RETURNING per call: the increment and the
 * window reset happen in the row lock, so app instances sharing the database share the counters
 * and two requests at the same instant cannot both read the old count. Addresses and IPs are
 * stored as keyed hashes: the table holds no personal data in the clear.
 */
export async function consumeRateLimit(
  db: Db,
  options: { action: RateLimitedAction; email: string; ip: string; secret: string; now: Date },
): Promise<RateLimitResult> {
  const { action } = options
  const nowMs = options.now.getTime()
  const limits = RATE_LIMITS[action]
  const { addressKey, ipKey } = keysOf(options)
  const expiredBefore = nowMs - RATE_LIMIT_WINDOW_MS
  const expired = sql`${accountRateLimits.windowStartedAt} <= ${expiredBefore}`

  const rows = await db
    .insert(accountRateLimits)
    .values([
      { key: addressKey, count: 1, windowStartedAt: nowMs },
      { key: ipKey, count: 1, windowStartedAt: nowMs },
    ])
    .onConflictDoUpdate({
      target: accountRateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${accountRateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${accountRateLimits.windowStartedAt} end`,
      },
    })
    .returning({
      key: accountRateLimits.key,
      count: accountRateLimits.count,
      windowStartedAt: accountRateLimits.windowStartedAt,
    })

  // Old windows are dead rows; clearing them now and then keeps the table the size of one window.
  if (Math.random() < 0.01) await pruneRateLimits(db, options.now)

  const over = rows.filter((row) => row.count > (row.key === addressKey ? limits.perAddress : limits.perIp))
  if (over.length === 0) return { ok: true }
  const resetAt = Math.max(...over.map((row) => Number(row.windowStartedAt) + RATE_LIMIT_WINDOW_MS))
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - nowMs) / 1000)) }
}

/**
 * Gives back an attempt that turned out well (a successful sign-in), so the limits count only
 * failures: a workshop room signing in behind one address, or the demo admin signing in again and
 * again, is never stopped. Only a counter still in the window of that attempt is touched.
 */
export async function refundRateLimit(
  db: Db,
  options: { action: RateLimitedAction; email: string; ip: string; secret: string; now: Date },
): Promise<void> {
  const { addressKey, ipKey } = keysOf(options)
  await db
    .update(accountRateLimits)
    .set({ count: sql`greatest(${accountRateLimits.count} - 1, 0)` })
    .where(
      and(
        inArray(accountRateLimits.key, [addressKey, ipKey]),
        gt(accountRateLimits.windowStartedAt, options.now.getTime() - RATE_LIMIT_WINDOW_MS),
      ),
    )
}

/** Deletes the counters whose window has ended. */
export async function pruneRateLimits(db: Db, now: Date): Promise<void> {
  await db.delete(accountRateLimits).where(lt(accountRateLimits.windowStartedAt, now.getTime() - RATE_LIMIT_WINDOW_MS))
}

function keysOf(options: { action: RateLimitedAction; email: string; ip: string; secret: string }) {
  return {
    addressKey: `${options.action}:address:${keyedHash(options.secret, options.email.trim().toLowerCase())}`,
    ipKey: `${options.action}:ip:${keyedHash(options.secret, options.ip)}`,
  }
}

function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url')
}
