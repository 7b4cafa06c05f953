import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import type { Auth } from '../auth.js'
import { consumeRateLimit, type RateLimitedAction, refundRateLimit } from '../rate-limit.js'

/**
 * What the sign-in commands need from the request, as plain data: routes build it, tests may too.
 * `headers` are the browser's: Better Auth reads the session cookie from them.
 */
export interface AuthRequest {
  db: Db
  config: Config
  auth: Auth
  headers: Headers
  ip: string
  now: Date
  locale: Locale
  actor: Actor | null
}

export type RateLimited = { ok: false; reason: 'rate-limited'; retryAfterSeconds: number }

/** The Set-Cookie headers of a Better Auth answer, for the route to pass on to the browser. */
export type SessionCookies = string[]

export function cookiesOf(headers: Headers | undefined): SessionCookies {
  return headers?.getSetCookie() ?? []
}

export async function limit(
  request: AuthRequest,
  action: RateLimitedAction,
  email: string,
): Promise<RateLimited | undefined> {
  const result = await consumeRateLimit(request.db, {
    action,
    email,
    ip: request.ip,
    secret: request.config.sessionSecret,
    now: request.now,
  })
  return result.ok ? undefined : { ok: false, reason: 'rate-limited', retryAfterSeconds: result.retryAfterSeconds }
}

/** Gives back the attempt `limit` counted, when it succeeded: the limits count failures only. */
export async function refund(request: AuthRequest, action: RateLimitedAction, email: string): Promise<void> {
  await refundRateLimit(request.db, {
    action,
    email,
    ip: request.ip,
    secret: request.config.sessionSecret,
    now: request.now,
  })
}

/** The request's headers without its cookie: for a call that must not act as the signed-in person. */
export function withoutCookie(headers: Headers): Headers {
  const copy = new Headers(headers)
  copy.delete('cookie')
  return copy
}
