import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import { organisations } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'

/** An editor confirms the organisation is real; verifying twice changes nothing. */
export async function verifyOrganisation(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  env: Pick<CommandEnv, 'now'>,
): Promise<{ ok: true; alreadyVerified: boolean }> {
  if (!can(actor, 'organisation.verify', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const [updated] = await tx
      .update(organisations)
      .set({ verifiedAt: env.now, updatedAt: env.now })
      .where(
        and(eq(organisations.id, organisationId), isNull(organisations.verifiedAt), isNull(organisations.mergedIntoId)),
      )
      .returning({ id: organisations.id })
    if (!updated) {
      const [existing] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
      if (!existing) throw new NotFoundError('organisation')
      return { ok: true as const, alreadyVerified: true }
    }
    await recordAccountsEvent(tx, actor, {
      action: 'organisation.verified',
      subject: { type: 'organisation', id: organisationId },
      organisationId,
    })
    return { ok: true as const, alreadyVerified: false }
  })
}
