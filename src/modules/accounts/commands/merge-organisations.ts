import { eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import type { Organisation } from '../queries/organisations.js'
import { invitations, organisationMemberships, organisations } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'

/**
 * What another module does when two organisations become one: move its own rows (practices,
 * applications, survey answers) from the merged organisation to the one it was merged into.
 * Runs inside the merge's transaction, so the merge happens whole or not at all.
 */
export interface OrganisationMergeStep {
  /** The module's name; registering the same name again replaces its step. */
  name: string
  run(tx: Db, merge: { fromId: string; intoId: string }): Promise<void>
}

const mergeSteps = new Map<string, OrganisationMergeStep>()

/**
 * Call once at the top level of a module's index.ts. Returns a function removing the step (for tests).
 * @example
 * registerOrganisationMergeStep({
 *   name: 'practices',
 *   run: (tx, { fromId, intoId }) => tx.update(practices).set({ organisationId: intoId }).where(eq(practices.organisationId, fromId)),
 * })
 */
export function registerOrganisationMergeStep(step: OrganisationMergeStep): () => void {
  mergeSteps.set(step.name, step)
  return () => {
    if (mergeSteps.get(step.name) === step) mergeSteps.delete(step.name)
  }
}

export type MergeResult =
  | { ok: true; from: Organisation; into: Organisation; movedMemberships: number }
  | { ok: false; reason: 'same-organisation' | 'already-merged' | 'target-merged' }

/**
 * An editor merges a duplicate into the organisation that stays. Its members move over; someone
 * in both keeps the stronger link (active over requested, organisation admin over member). Its
 * address then redirects to the one that stays, as do those of organisations merged into it before.
 */
export async function mergeOrganisations(
  db: Db,
  actor: Actor | null,
  merge: { fromId: string; intoId: string },
  env: Pick<CommandEnv, 'now'>,
): Promise<MergeResult> {
  if (!can(actor, 'organisation.merge')) throw new ForbiddenError()
  const { fromId, intoId } = merge
  if (fromId === intoId) return { ok: false, reason: 'same-organisation' }
  return inTransaction(db, async (tx) => {
    // Both rows locked, in a fixed order, so two crossed merges (A into B, B into A) cannot both win.
    const locked = await tx
      .select()
      .from(organisations)
      .where(inArray(organisations.id, [fromId, intoId]))
      .orderBy(organisations.id)
      .for('update')
    const from = locked.find((row) => row.id === fromId)
    const into = locked.find((row) => row.id === intoId)
    if (!from || !into) throw new NotFoundError('organisation')
    if (from.mergedIntoId) return { ok: false as const, reason: 'already-merged' as const }
    if (into.mergedIntoId) return { ok: false as const, reason: 'target-merged' as const }

    const moved = await tx
      .select({ userId: organisationMemberships.userId })
      .from(organisationMemberships)
      .where(eq(organisationMemberships.organisationId, fromId))
    await tx.execute(sql`
      insert into organisation_memberships (organisation_id, user_id, role, status, created_at, decided_at, decided_by)
      select ${intoId}::uuid, user_id, role, status, created_at, decided_at, decided_by
      from organisation_memberships where organisation_id = ${fromId}::uuid
      on conflict (organisation_id, user_id) do update set
        status = case when organisation_memberships.status = 'active' or excluded.status = 'active'
          then 'active' else 'requested' end,
        role = case when (organisation_memberships.status = 'active' and organisation_memberships.role = 'admin')
            or (excluded.status = 'active' and excluded.role = 'admin')
          then 'admin' else 'member' end`)
    await tx.delete(organisationMemberships).where(eq(organisationMemberships.organisationId, fromId))
    await tx.update(invitations).set({ organisationId: intoId }).where(eq(invitations.organisationId, fromId))
    await tx
      .update(organisations)
      .set({ mergedIntoId: intoId, updatedAt: env.now })
      .where(eq(organisations.mergedIntoId, fromId))
    const [merged] = await tx
      .update(organisations)
      .set({ mergedIntoId: intoId, updatedAt: env.now })
      .where(eq(organisations.id, fromId))
      .returning()
    for (const step of mergeSteps.values()) await step.run(tx, { fromId, intoId })
    await recordAccountsEvent(tx, actor, {
      action: 'organisation.merged',
      subject: { type: 'organisation', id: fromId },
      organisationId: intoId,
      details: { from: from.name, into: into.name, intoId, movedMemberships: moved.length },
    })
    return { ok: true as const, from: merged!, into, movedMemberships: moved.length }
  })
}
