import { and, eq, ne } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import { organisationMemberships, organisations } from '../tables.js'
import { inTransaction } from './command-env.js'

export type LeaveResult =
  | { ok: true }
  | { ok: false; reason: 'not-a-member' | 'successor-needed' | 'successor-invalid' }

/**
 * A person leaves an organisation. An organisation with members always keeps an organisation
 * admin: the last one names a member to take over before leaving (the only member may just leave;
 * editors look after an organisation nobody belongs to).
 */
export async function leaveOrganisation(
  db: Db,
  actor: Actor | null,
  leave: { organisationId: string; successorId?: string },
): Promise<LeaveResult> {
  const { organisationId, successorId } = leave
  if (!actor || !can(actor, 'organisation.leave', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    // Locking the organisation serialises its admins leaving at the same moment: the second sees the first gone.
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .for('update')
    const others = await tx
      .select({ userId: organisationMemberships.userId, role: organisationMemberships.role })
      .from(organisationMemberships)
      .where(
        and(
          eq(organisationMemberships.organisationId, organisationId),
          eq(organisationMemberships.status, 'active'),
          ne(organisationMemberships.userId, actor.id),
        ),
      )
    const [own] = await tx
      .select({ role: organisationMemberships.role })
      .from(organisationMemberships)
      .where(
        and(
          eq(organisationMemberships.organisationId, organisationId),
          eq(organisationMemberships.userId, actor.id),
          eq(organisationMemberships.status, 'active'),
        ),
      )
    if (!own) return { ok: false as const, reason: 'not-a-member' as const }
    const lastAdmin = own.role === 'admin' && others.length > 0 && !others.some((other) => other.role === 'admin')
    if (lastAdmin) {
      if (!successorId) return { ok: false as const, reason: 'successor-needed' as const }
      if (!others.some((other) => other.userId === successorId)) {
        return { ok: false as const, reason: 'successor-invalid' as const }
      }
      await tx
        .update(organisationMemberships)
        .set({ role: 'admin' })
        .where(
          and(
            eq(organisationMemberships.organisationId, organisationId),
            eq(organisationMemberships.userId, successorId),
          ),
        )
    }
    await tx
      .delete(organisationMemberships)
      .where(
        and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.userId, actor.id)),
      )
    await recordAccountsEvent(tx, actor, {
      action: 'membership.left',
      subject: { type: 'user', id: actor.id },
      organisationId,
      details: lastAdmin ? { role: own.role, successorId } : { role: own.role },
    })
    return { ok: true as const }
  })
}
