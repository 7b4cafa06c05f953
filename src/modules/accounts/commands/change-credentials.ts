import { isAPIError } from 'better-auth/api'
import type { Actor } from '../../../platform/http/actor.js'
import { recordAccountEvent } from './account-audit.js'
import { type AuthRequest, cookiesOf, limit, type RateLimited, refund, type SessionCookies } from './auth-request.js'

/**
 * Mails a confirmation link to the new address; the address changes only when it is opened, so a
 * typo never locks anyone out. An address that belongs to another account gets nothing, and the
 * answer is the same.
 */
export async function requestEmailChange(
  request: AuthRequest,
  actor: Actor,
  input: { newEmail: string },
): Promise<{ ok: true } | RateLimited> {
  const limited = await limit(request, 'verification', input.newEmail)
  if (limited) return limited
  await request.auth.api.changeEmail({ body: { newEmail: input.newEmail }, headers: request.headers })
  await recordAccountEvent(request, 'account.email_change_requested', actor, { to: input.newEmail })
  return { ok: true }
}

export type ChangePasswordResult =
  | { ok: true; cookies: SessionCookies }
  | RateLimited
  | { ok: false; reason: 'wrong-password' }

/**
 * Changes the password and ends every other session. Counted like sign-in attempts: the current
 * password field is a way to guess it from a stolen session.
 */
export async function changePassword(
  request: AuthRequest,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const limited = await limit(request, 'sign-in', actor.email)
  if (limited) return limited
  try {
    const { headers } = await request.auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: request.headers,
      returnHeaders: true,
    })
    await refund(request, 'sign-in', actor.email)
    await recordAccountEvent(request, 'account.password_changed', actor)
    return { ok: true, cookies: cookiesOf(headers) }
  } catch (error) {
    if (!isAPIError(error) || error.status !== 'BAD_REQUEST') throw error
    return { ok: false, reason: 'wrong-password' }
  }
}
