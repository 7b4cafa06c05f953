import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import { queueTemplatedMail } from '../../../platform/mail/index.js'
import { recordAccountsEvent } from '../audit-events.js'
import { expertInvitationMail } from '../membership-mail.js'
import { can } from '../policy.js'
import { INVITATION_LIFETIME_DAYS, newInvitationToken } from '../queries/invitations.js'
import { invitations, users } from '../tables.js'
import { type CommandEnv, inTransaction, pageLink } from './command-env.js'

export type InviteExpertResult =
  | { ok: true; invitationId: string; token: string }
  | { ok: false; reason: 'already-expert' }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An editor invites an evaluator into the expert pool. Accepting creates the account if there is
 * none and grants the expert role; a new invitation to the same address replaces earlier ones.
 */
export async function inviteExpert(
  db: Db,
  actor: Actor | null,
  invitation: { email: string; locale: Locale },
  env: CommandEnv,
): Promise<InviteExpertResult> {
  if (!actor || !can(actor, 'expert.invite')) throw new ForbiddenError()
  const email = invitation.email.trim().toLowerCase()
  return inTransaction(db, async (tx) => {
    const [existing] = await tx.select({ roles: users.roles }).from(users).where(eq(users.email, email))
    if (existing?.roles.includes('expert')) return { ok: false as const, reason: 'already-expert' as const }
    await tx
      .update(invitations)
      .set({ revokedAt: env.now })
      .where(
        and(
          eq(invitations.purpose, 'expert'),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
    const { token, tokenHash } = newInvitationToken()
    const [row] = await tx
      .insert(invitations)
      .values({
        email,
        tokenHash,
        purpose: 'expert',
        invitedBy: actor.id,
        expiresAt: new Date(env.now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS),
        createdAt: env.now,
      })
      .returning({ id: invitations.id })
    await queueTemplatedMail(tx, {
      to: email,
      locale: invitation.locale,
      template: expertInvitationMail,
      data: {
        inviterName: actor.name,
        link: pageLink(env, invitation.locale, `/invitations/${token}`),
        days: INVITATION_LIFETIME_DAYS,
      },
    })
    await recordAccountsEvent(tx, actor, {
      action: 'invitation.sent',
      subject: { type: 'invitation', id: row!.id },
      details: { email, purpose: 'expert' },
    })
    return { ok: true as const, invitationId: row!.id, token }
  })
}
