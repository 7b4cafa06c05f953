import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor, OrganisationRole } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import { queueTemplatedMail } from '../../../platform/mail/index.js'
import { recordAccountsEvent } from '../audit-events.js'
import { organisationInvitationMail } from '../membership-mail.js'
import { can } from '../policy.js'
import { INVITATION_LIFETIME_DAYS, newInvitationToken } from '../queries/invitations.js'
import { invitations, organisationMemberships, organisations, users } from '../tables.js'
import { type CommandEnv, inTransaction, pageLink } from './command-env.js'

export type InviteResult = { ok: true; invitationId: string; token: string } | { ok: false; reason: 'already-member' }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An organisation admin (or an editor) invites someone by e-mail address, as a member or as a
 * fellow organisation admin. A new invitation to the same address replaces the earlier ones, whose
 * links stop working. The link's token is returned for tests; only its hash is stored.
 */
export async function inviteToOrganisation(
  db: Db,
  actor: Actor | null,
  invitation: { organisationId: string; email: string; role: OrganisationRole; locale: Locale },
  env: CommandEnv,
): Promise<InviteResult> {
  const { organisationId, role, locale } = invitation
  if (!actor || !can(actor, 'organisation.invite', { organisationId })) throw new ForbiddenError()
  const email = invitation.email.trim().toLowerCase()
  return inTransaction(db, async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), isNull(organisations.mergedIntoId)))
    if (!organisation) throw new NotFoundError('organisation')
    const [member] = await tx
      .select({ userId: users.id })
      .from(users)
      .innerJoin(organisationMemberships, eq(organisationMemberships.userId, users.id))
      .where(
        and(
          eq(users.email, email),
          eq(organisationMemberships.organisationId, organisationId),
          eq(organisationMemberships.status, 'active'),
        ),
      )
    if (member) return { ok: false as const, reason: 'already-member' as const }
    await tx
      .update(invitations)
      .set({ revokedAt: env.now })
      .where(
        and(
          eq(invitations.organisationId, organisationId),
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
        purpose: 'organisation',
        organisationId,
        organisationRole: role,
        invitedBy: actor.id,
        expiresAt: new Date(env.now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS),
        createdAt: env.now,
      })
      .returning({ id: invitations.id })
    await queueTemplatedMail(tx, {
      to: email,
      locale,
      template: organisationInvitationMail,
      data: {
        organisationName: organisation.name,
        inviterName: actor.name,
        role,
        link: pageLink(env, locale, `/invitations/${token}`),
        days: INVITATION_LIFETIME_DAYS,
      },
    })
    await recordAccountsEvent(tx, actor, {
      action: 'invitation.sent',
      subject: { type: 'invitation', id: row!.id },
      organisationId,
      details: { email, purpose: 'organisation', role },
    })
    return { ok: true as const, invitationId: row!.id, token }
  })
}
