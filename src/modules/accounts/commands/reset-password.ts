import { isAPIError } from 'better-auth/api'
import { eq } from 'drizzle-orm'
import { users } from '../tables.js'
import { recordAccountEvent } from './account-audit.js'
import { type AuthRequest, limit, type RateLimited } from './auth-request.js'

/** Mails a link to choose a new password when the address has an account; the same answer either way. */
export async function requestPasswordReset(
  request: AuthRequest,
  input: { email: string },
): Promise<{ ok: true } | RateLimited> {
  const limited = await limit(request, 'password-reset', input.email)
  if (limited) return limited
  await request.auth.api.requestPasswordReset({ body: { email: input.email }, headers: request.headers })
  return { ok: true }
}

/** The person a reset token is for, while it is unused and unexpired. */
export async function findPasswordResetPerson(
  request: Pick<AuthRequest, 'auth' | 'db' | 'now'>,
  token: string,
): Promise<{ id: string; email: string } | undefined> {
  if (!token) return undefined
  const context = await request.auth.$context
  const verification = await context.internalAdapter.findVerificationValue(`reset-password:${token}`)
  if (!verification || verification.expiresAt <= request.now) return undefined
  const [person] = await request.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.id, verification.value))
  return person
}

/**
 * Sets the new password and ends every session of the account (revokeSessionsOnPasswordReset):
 * whoever knew the old password is signed out too.
 */
export async function resetPassword(
  request: AuthRequest,
  input: { token: string; password: string },
): Promise<{ ok: true } | { ok: false; reason: 'invalid-link' }> {
  const person = await findPasswordResetPerson(request, input.token)
  if (!person) return { ok: false, reason: 'invalid-link' }
  try {
    await request.auth.api.resetPassword({
      body: { token: input.token, newPassword: input.password },
      headers: request.headers,
    })
  } catch (error) {
    // Used by another request a moment ago.
    if (!isAPIError(error)) throw error
    return { ok: false, reason: 'invalid-link' }
  }
  await recordAccountEvent(request, 'account.password_reset', person)
  return { ok: true }
}
