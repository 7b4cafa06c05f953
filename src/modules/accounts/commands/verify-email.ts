import { isAPIError } from 'better-auth/api'
import { eq } from 'drizzle-orm'
import { verificationTokenPayload } from '../auth.js'
import { users } from '../tables.js'
import { recordAccountEvent } from './account-audit.js'
import {
  type AuthRequest,
  cookiesOf,
  limit,
  type RateLimited,
  type SessionCookies,
  withoutCookie,
} from './auth-request.js'

/**
 * What a confirmation link is for, to word its page: undefined for a token that is forged, damaged
 * or expired (Better Auth checks it again when the person confirms).
 */
export function describeVerificationToken(
  token: string,
  secret: string,
  now: Date,
): { kind: 'verify' | 'change'; email: string } | undefined {
  const payload = verificationTokenPayload(token, secret)
  if (!payload || (payload.exp !== undefined && payload.exp * 1000 <= now.getTime())) return undefined
  return payload.updateTo ? { kind: 'change', email: payload.updateTo } : { kind: 'verify', email: payload.email }
}

export type VerifyResult =
  | { ok: true; kind: 'verify' | 'change'; cookies: SessionCookies }
  | { ok: false; reason: 'invalid-link' }

/**
 * Confirms an address: a new account's (and signs its owner in, autoSignInAfterVerification) or
 * a new address for an existing account, which only then replaces the old one. Better Auth checks
 * the token's signature and expiry; a second use changes nothing and still succeeds.
 */
export async function verifyEmailAddress(request: AuthRequest, token: string): Promise<VerifyResult> {
  const payload = verificationTokenPayload(token, request.config.sessionSecret)
  if (!payload) return { ok: false, reason: 'invalid-link' }
  const [before] = await request.db
    .select({ id: users.id, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.email, payload.email.toLowerCase()))
  try {
    const { headers } = await request.auth.api.verifyEmail({
      query: { token },
      headers: request.headers,
      returnHeaders: true,
    })
    if (payload.updateTo && before) {
      await recordAccountEvent(
        request,
        'account.email_changed',
        { id: before.id, email: payload.updateTo },
        { from: payload.email },
      )
    } else if (before && !before.emailVerified) {
      await recordAccountEvent(request, 'account.verified', { id: before.id, email: payload.email })
    }
    return { ok: true, kind: payload.updateTo ? 'change' : 'verify', cookies: cookiesOf(headers) }
  } catch (error) {
    if (!isAPIError(error)) throw error
    return { ok: false, reason: 'invalid-link' }
  }
}

/**
 * Sends a new confirmation link. For the signed-in, unconfirmed person: to their address. For
 * anyone else: to the address typed, if it has an account waiting for confirmation, with the same
 * answer, and (Better Auth's floor) the same time, either way.
 */
export async function resendVerification(
  request: AuthRequest,
  input: { email: string },
): Promise<{ ok: true } | RateLimited> {
  const limited = await limit(request, 'verification', input.email)
  if (limited) return limited
  const own = request.actor && !request.actor.emailVerified && request.actor.email === input.email
  await request.auth.api.sendVerificationEmail({
    body: { email: input.email },
    headers: own ? request.headers : withoutCookie(request.headers),
  })
  return { ok: true }
}
