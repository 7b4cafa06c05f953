import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Database, openPostgres } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { consumeRateLimit, pruneRateLimits, RATE_LIMIT_WINDOW_MS, RATE_LIMITS, refundRateLimit } from './rate-limit.js'
import { accountRateLimits } from './tables.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const secret = 'a test secret of at least thirty-two characters'
const start = new Date('2030-03-01T10:00:00Z')
const later = (ms: number) => new Date(start.getTime() + ms)

describe('consumeRateLimit', () => {
  it('allows the per-address limit, then refuses, until the window has passed', async () => {
    const attempt = (now: Date, ip: string) =>
      consumeRateLimit(database.db, { action: 'sign-in', email: 'Ana@Lisboa.example', ip, secret, now })
    for (let i = 0; i < RATE_LIMITS['sign-in'].perAddress; i++) {
      expect(await attempt(later(i * 1000), `10.0.0.${i}`)).toEqual({ ok: true })
    }
    // Another IP and another spelling of the same address: still the same address.
    const refused = await consumeRateLimit(database.db, {
      action: 'sign-in',
      email: ' ana@LISBOA.example ',
      ip: '10.9.9.9',
      secret,
      now: later(60_000),
    })
    expect(refused).toEqual({ ok: false, retryAfterSeconds: (RATE_LIMIT_WINDOW_MS - 60_000) / 1000 })
    expect(await attempt(later(RATE_LIMIT_WINDOW_MS), '10.0.1.1')).toEqual({ ok: true })
  })

  it('refuses an IP over its own limit whatever address it tries', async () => {
    const ip = '192.0.2.7'
    for (let i = 0; i < RATE_LIMITS['sign-up'].perIp; i++) {
      const result = await consumeRateLimit(database.db, {
        action: 'sign-up',
        email: `person${i}@example.org`,
        ip,
        secret,
        now: start,
      })
      expect(result.ok).toBe(true)
    }
    const refused = await consumeRateLimit(database.db, {
      action: 'sign-up',
      email: 'someone-new@example.org',
      ip,
      secret,
      now: start,
    })
    expect(refused.ok).toBe(false)
    // Other actions keep their own counters.
    const link = await consumeRateLimit(database.db, {
      action: 'sign-in-link',
      email: 'someone-new@example.org',
      ip,
      secret,
      now: start,
    })
    expect(link.ok).toBe(true)
  })

  it('counts exactly under concurrent attempts', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        consumeRateLimit(database.db, {
          action: 'password-reset',
          email: 'busy@example.org',
          ip: '198.51.100.1',
          secret,
          now: start,
        }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(RATE_LIMITS['password-reset'].perAddress)
  })

  // PGlite is one process with one handle: there is nothing to share there.
  it.runIf(inject('stoaTest').kind === 'postgres')(
    'shares the counters between two database handles (two app instances)',
    async () => {
      const other = await openPostgres(database.url!, 2)
      try {
        const attempt = (db: Database) =>
          consumeRateLimit(db.db, {
            action: 'verification',
            email: 'shared@example.org',
            ip: '203.0.113.5',
            secret,
            now: start,
          })
        const results = await Promise.all([attempt(database), attempt(other), attempt(database), attempt(other)])
        expect(results.filter((result) => result.ok)).toHaveLength(RATE_LIMITS.verification.perAddress)
      } finally {
        await other.close()
      }
    },
  )

  it('stores neither addresses nor IPs in the clear', async () => {
    const rows = await database.db.select().from(accountRateLimits)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.key).not.toMatch(/@|\d+\.\d+\.\d+\.\d+/)
    }
  })

  it('gives back an attempt that succeeded', async () => {
    const attempt = { action: 'sign-in' as const, email: 'refund@example.org', ip: '10.7.7.7', secret, now: start }
    for (let i = 0; i < 3 * RATE_LIMITS['sign-in'].perAddress; i++) {
      expect(await consumeRateLimit(database.db, attempt)).toEqual({ ok: true })
      await refundRateLimit(database.db, attempt)
    }
  })

  it('prunes the counters of ended windows', async () => {
    await consumeRateLimit(database.db, {
      action: 'sign-in',
      email: 'fresh@example.org',
      ip: '1.1.1.1',
      secret,
      now: later(10 * RATE_LIMIT_WINDOW_MS),
    })
    await pruneRateLimits(database.db, later(10 * RATE_LIMIT_WINDOW_MS + 1000))
    const rows = await database.db.select().from(accountRateLimits)
    expect(rows).toHaveLength(2)
  })
})
