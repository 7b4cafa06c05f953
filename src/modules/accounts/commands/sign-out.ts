import type { Actor } from '../../../platform/http/actor.js'
import { recordAccountEvent } from './account-audit.js'
import { type AuthRequest, cookiesOf, type SessionCookies } from './auth-request.js'

/** Ends this browser's session; the answer clears the cookie even when the session was already gone. */
export async function signOut(request: AuthRequest): Promise<SessionCookies> {
  const { headers } = await request.auth.api.signOut({ headers: request.headers, returnHeaders: true })
  return cookiesOf(headers)
}

/** Ends every session of the account, this one included. */
export async function signOutEverywhere(request: AuthRequest, actor: Actor): Promise<SessionCookies> {
  await request.auth.api.revokeSessions({ headers: request.headers })
  await recordAccountEvent(request, 'account.signed_out_everywhere', actor)
  return signOut(request)
}
