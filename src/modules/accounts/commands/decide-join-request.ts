import { and, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { isLocale } from '../../../platform/i18n/negotiate.js'
import { queueTemplatedMail } from '../../../platform/mail/index.js'
import { recordAccountsEvent } from '../audit-events.js'
import { joinApprovedMail, joinDeclinedMail } from '../membership-mail.js'
import { can } from '../policy.js'
import { organisationMemberships, organisations, users } from '../tables.js'
import { type CommandEnv, inTransaction, pageLink } from './command-env.js'

export type JoinDecision = 'approve' | 'decline'

export type DecideJoinRequestResult =
  | { ok: true; decision: JoinDecision; name: string }
  | { ok: false; reason: 'no-request' }

/**
 * An organisation admin or an editor answers a request to join. Approving makes the person a
 * member; declining removes the request, so they may ask again later. Either way they are told by
 * e-mail, in their language, in the same transaction.
 */
export async function decideJoinRequest(
  db: Db,
  actor: Actor | null,
  request: { organisationId: string; userId: string; decision: JoinDecision },
  env: CommandEnv,
): Promise<DecideJoinRequestResult> {
  const { organisationId, userId, decision } = request
  if (!can(actor, 'organisation.decide-join-request', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId))
    if (!organisation || organisation.mergedIntoId) throw new NotFoundError('organisation')
    const where = and(
      eq(organisationMemberships.organisationId, organisationId),
      eq(organisationMemberships.userId, userId),
      eq(organisationMemberships.status, 'requested'),
    )
    // The guarded update (or delete) is the check: of two admins answering at once, one finds nothing left.
    const decided =
      decision === 'approve'
        ? await tx
            .update(organisationMemberships)
            .set({ status: 'active', decidedAt: env.now, decidedBy: actor!.id })
            .where(where)
            .returning({ userId: organisationMemberships.userId })
        : await tx.delete(organisationMemberships).where(where).returning({ userId: organisationMemberships.userId })
    if (decided.length === 0) return { ok: false as const, reason: 'no-request' as const }
    const [person] = await tx
      .select({ name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, userId))
    const locale = isLocale(person!.locale) ? person!.locale : 'en'
    await queueTemplatedMail(tx, {
      to: person!.email,
      locale,
      template: decision === 'approve' ? joinApprovedMail : joinDeclinedMail,
      data: {
        name: person!.name,
        organisationName: organisation.name,
        link: pageLink(env, locale, decision === 'approve' ? `/organisations/${organisation.slug}` : '/organisations'),
      },
    })
    await recordAccountsEvent(tx, actor, {
      action: decision === 'approve' ? 'membership.approved' : 'membership.declined',
      subject: { type: 'user', id: userId },
      organisationId,
    })
    return { ok: true as const, decision, name: person!.name }
  })
}
