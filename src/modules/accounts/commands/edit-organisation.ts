import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import type { Organisation } from '../queries/organisations.js'
import { organisations } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'
import type { OrganisationDetails } from './propose-organisation.js'

/**
 * Changes an organisation's details; its address (slug) stays, so links to it keep working.
 * `logoPath` undefined keeps the logo, null removes it. Returns the logo it replaced, for the
 * caller to delete once the change is committed.
 */
export async function editOrganisation(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  details: OrganisationDetails & { logoPath?: string | null },
  env: Pick<CommandEnv, 'now'>,
): Promise<{ ok: true; organisation: Organisation; replacedLogo: string | null }> {
  if (!can(actor, 'organisation.edit', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), isNull(organisations.mergedIntoId)))
      .for('update')
    if (!before) throw new NotFoundError('organisation')
    const [organisation] = await tx
      .update(organisations)
      .set({
        ...details,
        populationBand: details.kind === 'city' ? details.populationBand : null,
        updatedAt: env.now,
      })
      .where(eq(organisations.id, organisationId))
      .returning()
    await recordAccountsEvent(tx, actor, {
      action: 'organisation.updated',
      subject: { type: 'organisation', id: organisationId },
      organisationId,
      details: before.name === organisation!.name ? {} : { previousName: before.name, name: organisation!.name },
    })
    const replacedLogo = details.logoPath !== undefined && before.logoPath !== details.logoPath ? before.logoPath : null
    return { ok: true as const, organisation: organisation!, replacedLogo }
  })
}
