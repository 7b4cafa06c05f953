import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { organisations, users } from '../../accounts/tables.js'
import { findLiveRegistration } from '../registration.js'
import { type Activity, activityRegistrations } from '../tables.js'

export interface Fellow {
  name: string
  organisation: string | null
}

/**
 * What a person sees of the other participants: nothing unless their own registration is confirmed;
 * then whether they agreed, and, if they did, the others who agreed (never those who did not).
 */
export type FellowsView = { kind: 'none' } | { kind: 'asked' } | { kind: 'listed'; fellows: Fellow[] }

export async function findFellowsView(db: Db, actor: Actor | null, activity: Activity): Promise<FellowsView> {
  if (!actor) return { kind: 'none' }
  const own = await findLiveRegistration(db, activity.id, actor.id)
  if (own?.status !== 'confirmed') return { kind: 'none' }
  if (!own.listedToParticipants) return { kind: 'asked' }
  const fellows = await db
    .select({ name: users.name, organisation: organisations.name })
    .from(activityRegistrations)
    .innerJoin(users, eq(users.id, activityRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, activityRegistrations.organisationId))
    .where(
      and(
        eq(activityRegistrations.activityId, activity.id),
        eq(activityRegistrations.status, 'confirmed'),
        eq(activityRegistrations.listedToParticipants, true),
      ),
    )
    .orderBy(asc(users.name))
  return { kind: 'listed', fellows }
}

/** A confirmed participant agrees to be listed to the others (or withdraws); anyone else is refused. */
export async function chooseToBeListed(
  db: Db,
  actor: Actor,
  activity: Activity,
  listed: boolean,
): Promise<{ ok: true } | { ok: false; reason: 'not-confirmed' }> {
  const own = await findLiveRegistration(db, activity.id, actor.id)
  if (own?.status !== 'confirmed') return { ok: false, reason: 'not-confirmed' }
  await db
    .update(activityRegistrations)
    .set({ listedToParticipants: listed })
    .where(eq(activityRegistrations.id, own.id))
  return { ok: true }
}
