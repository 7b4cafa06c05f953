import { eq } from 'drizzle-orm'
import { users } from '../tables.js'
import { recordAccountEvent } from './account-audit.js'
import { type AuthRequest, limit, type RateLimited } from './auth-request.js'

/**
 * Creates an account and mails the link to confirm the address. For an address that already has
 * an account, Better Auth creates nothing and mails its owner instead; the caller cannot tell the
 * two apart, and neither can the person at the form.
 */
export async function signUp(
  request: AuthRequest,
  input: { name: string; email: string; password: string },
): Promise<{ ok: true } | RateLimited> {
  const limited = await limit(request, 'sign-up', input.email)
  if (limited) return limited
  const { user } = await request.auth.api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password, locale: request.locale },
    headers: request.headers,
  })
  // For a known address the answer carries a made-up id; only a real new row is an event.
  const [created] = await request.db.select({ id: users.id }).from(users).where(eq(users.id, user.id))
  if (created) await recordAccountEvent(request, 'account.signed_up', { id: created.id, email: input.email })
  return { ok: true }
}
