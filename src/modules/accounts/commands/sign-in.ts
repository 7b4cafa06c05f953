import { createHash } from 'node:crypto'
import { isAPIError } from 'better-auth/api'
import { eq } from 'drizzle-orm'
import { users } from '../tables.js'
import { recordAccountEvent } from './account-audit.js'
import { type AuthRequest, cookiesOf, limit, type RateLimited, refund, type SessionCookies } from './auth-request.js'

export type SignInResult =
  | { ok: true; cookies: SessionCookies }
  | RateLimited
  | { ok: false; reason: 'wrong-credentials' }

/** Signs in with e-mail and password; any wrong part gets one answer, so it tells nothing about the address. */
export async function signInWithPassword(
  request: AuthRequest,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const limited = await limit(request, 'sign-in', input.email)
  if (limited) return limited
  try {
    const { headers, response } = await request.auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: request.headers,
      returnHeaders: true,
    })
    await refund(request, 'sign-in', input.email)
    await rememberLocale(request, response.user.id)
    await recordAccountEvent(
      request,
      'account.signed_in',
      { id: response.user.id, email: input.email },
      { method: 'password' },
    )
    return { ok: true, cookies: cookiesOf(headers) }
  } catch (error) {
    if (!isAPIError(error) || error.status !== 'UNAUTHORIZED') throw error
    await recordAccountEvent(request, 'account.sign_in_failed', { email: input.email }, { method: 'password' })
    return { ok: false, reason: 'wrong-credentials' }
  }
}

/**
 * Mails a one-time sign-in link when the address has an account (auth.ts decides, so this path
 * takes the same time and gives the same answer either way). `next` travels in the link.
 */
export async function requestSignInLink(
  request: AuthRequest,
  input: { email: string; next?: string },
): Promise<{ ok: true } | RateLimited> {
  const limited = await limit(request, 'sign-in-link', input.email)
  if (limited) return limited
  await request.auth.api.signInMagicLink({
    body: { email: input.email, metadata: { locale: request.locale, next: input.next } },
    headers: request.headers,
  })
  return { ok: true }
}

export type LinkSignInResult = { ok: true; cookies: SessionCookies } | { ok: false; reason: 'invalid-link' }

/**
 * Signs in with the token of a sign-in link; the token works once (Better Auth consumes it
 * atomically). The link proves the address, so Better Auth confirms an unconfirmed one, and drops
 * any password set before that proof: someone else may have signed up with the address.
 */
export async function signInWithLink(request: AuthRequest, token: string): Promise<LinkSignInResult> {
  const wasVerified = await linkOwnerWasVerified(request, token)
  try {
    const { headers, response } = await request.auth.api.magicLinkVerify({
      query: { token },
      headers: request.headers,
      returnHeaders: true,
    })
    await rememberLocale(request, response.user.id)
    const person = { id: response.user.id, email: response.user.email }
    if (!wasVerified) await recordAccountEvent(request, 'account.verified', person, { method: 'link' })
    await recordAccountEvent(request, 'account.signed_in', person, { method: 'link' })
    return { ok: true, cookies: cookiesOf(headers) }
  } catch (error) {
    // Better Auth answers a bad, used or expired token with a redirect to its own error URL.
    if (!isAPIError(error)) throw error
    return { ok: false, reason: 'invalid-link' }
  }
}

/**
 * Whether the person a sign-in link is for had confirmed their address before using it. The token
 * is stored hashed (storeToken: 'hashed' in auth.ts: SHA-256, base64url) under "magic-link:<hash>".
 */
async function linkOwnerWasVerified(request: AuthRequest, token: string): Promise<boolean> {
  const context = await request.auth.$context
  const hash = createHash('sha256').update(token).digest('base64url')
  const stored = await context.internalAdapter.findVerificationValue(`magic-link:${hash}`)
  const email = stored ? (JSON.parse(stored.value) as { email?: unknown }).email : undefined
  if (typeof email !== 'string') return true
  const [person] = await request.db
    .select({ emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
  return person?.emailVerified ?? true
}

/** The interface language someone signs in with is the one their e-mails are written in. */
async function rememberLocale(request: AuthRequest, userId: string) {
  await request.db.update(users).set({ locale: request.locale }).where(eq(users.id, userId))
}
