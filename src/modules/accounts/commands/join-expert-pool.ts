import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { recordAccountsEvent } from '../audit-events.js'
import { users } from '../tables.js'
import { ROLE_CHANGE_LOCK } from './grant-role.js'

/**
 * Gives a person the expert role because an experts call selected them: they join the pool panels
 * are built from. The caller authorises it (the calls module releases outcomes for editors only)
 * and passes its transaction, so the role, the audit and the outcome commit together. Returns
 * whether the role was new.
 */
export async function addToExpertPool(
  db: Db,
  by: Pick<Actor, 'id' | 'email'>,
  input: { personId: string; callId: string },
): Promise<boolean> {
  // The same lock as admins' role changes, so a grant here and a revoke there never overwrite each other.
  await db.execute(sql`select pg_advisory_xact_lock(${ROLE_CHANGE_LOCK})`)
  const granted = await db
    .update(users)
    .set({ roles: sql`array_append(${users.roles}, 'expert')`, updatedAt: sql`now()` })
    .where(sql`${users.id} = ${input.personId} and ${users.deletedAt} is null and not ('expert' = any(${users.roles}))`)
    .returning({ id: users.id })
  if (granted.length === 0) return false
  await recordAccountsEvent(db, by, {
    action: 'role.granted',
    subject: { type: 'user', id: input.personId },
    details: { role: 'expert', through: 'call', callId: input.callId },
  })
  return true
}
