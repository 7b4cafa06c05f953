import { createHash, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { invitations, organisations } from '../tables.js'
import { findUserByEmail } from './people.js'

export const INVITATION_LIFETIME_DAYS = 14

export type Invitation = typeof invitations.$inferSelect

/** A new invitation token: 256 random bits for the link; only its hash is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired'

export interface InvitationDetails {
  invitation: Invitation
  state: InvitationState
  organisation?: { id: string; slug: string; name: string }
  /** Whether someone already has an account with the invited address (they then sign in to accept). */
  accountExists: boolean
}

export function invitationState(invitation: Invitation, now: Date): InvitationState {
  if (invitation.acceptedAt) return 'accepted'
  if (invitation.revokedAt) return 'revoked'
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired'
  return 'pending'
}

/**
 * The invitation behind a link's token. Whoever holds the link may read it: it was sent to the
 * invited address, which is all the page shows of it besides the organisation.
 */
export async function findInvitationByToken(db: Db, token: string, now: Date): Promise<InvitationDetails | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined
  const [row] = await db
    .select({ invitation: invitations, organisation: organisations })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
  if (!row) return undefined
  const account = await findUserByEmail(db, row.invitation.email)
  return {
    invitation: row.invitation,
    state: invitationState(row.invitation, now),
    organisation: row.organisation
      ? { id: row.organisation.id, slug: row.organisation.slug, name: row.organisation.name }
      : undefined,
    accountExists: account !== undefined && account.deletedAt === null,
  }
}
