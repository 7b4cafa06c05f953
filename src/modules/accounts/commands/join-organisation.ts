import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import { organisationMemberships, organisations } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'

export type AskToJoinResult = { ok: true } | { ok: false; reason: 'already-member' | 'already-requested' }

/**
 * A verified person asks to join; an organisation admin or an editor decides (decideJoinRequest).
 * The request waits as a membership with status "requested", which grants nothing.
 */
export async function askToJoinOrganisation(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  env: Pick<CommandEnv, 'now'>,
): Promise<AskToJoinResult> {
  if (!actor || !can(actor, 'organisation.request-to-join', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), isNull(organisations.mergedIntoId)))
    if (!organisation) throw new NotFoundError('organisation')
    const [existing] = await tx
      .select({ status: organisationMemberships.status })
      .from(organisationMemberships)
      .where(
        and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.userId, actor.id)),
      )
    if (existing) {
      return {
        ok: false as const,
        reason: existing.status === 'active' ? 'already-member' : 'already-requested',
      } as const
    }
    const inserted = await tx
      .insert(organisationMemberships)
      .values({ organisationId, userId: actor.id, role: 'member', status: 'requested', createdAt: env.now })
      .onConflictDoNothing()
      .returning({ userId: organisationMemberships.userId })
    if (inserted.length === 0) return { ok: false as const, reason: 'already-requested' as const }
    await recordAccountsEvent(tx, actor, {
      action: 'membership.requested',
      subject: { type: 'user', id: actor.id },
      organisationId,
    })
    return { ok: true as const }
  })
}
