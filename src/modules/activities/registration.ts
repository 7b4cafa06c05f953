import { and, asc, count, eq, lte, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'
import { organisationMemberships } from '../accounts/tables.js'
import { confirmedMail, promotedMail, waitlistedMail } from './mail.js'
import { isValidCancelToken, type MailLinks, mailParticipant } from './notify.js'
import { canOrganise, canRegisterDelegation } from './policy.js'
import { type Activity, activities, activityRegistrations, type Registration } from './tables.js'

export type RegistrationRefusal =
  | 'not-allowed'
  | 'not-a-member'
  | 'invitation-only'
  | 'by-application'
  | 'not-open-yet'
  | 'closed'
  | 'already-registered'
  | 'organisation-limit'

export type RegisterResult =
  | { ok: true; registration: Registration; position: number | null }
  | { ok: false; reason: RegistrationRefusal }

/** Whether registration is open at this moment, and if not, why. */
export function registrationWindow(
  activity: Pick<Activity, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt' | 'registrationMode'>,
  now: Date,
): 'open' | 'invitation-only' | 'by-application' | 'not-open-yet' | 'closed' {
  if (activity.registrationMode === 'invitation') return 'invitation-only'
  // Places of an application-mode activity come only from the editors' selection (selection.ts).
  if (activity.registrationMode === 'application') return 'by-application'
  if (activity.registrationOpensAt && now < activity.registrationOpensAt) return 'not-open-yet'
  const closes = activity.registrationClosesAt ?? activity.startsAt
  if (now >= closes || now >= activity.startsAt) return 'closed'
  return 'open'
}

const queues = new WeakMap<Db, Map<string, Promise<unknown>>>()

/**
 * Runs seat changes of one activity one after another within this app instance. The row lock
 * alone keeps capacity across instances; this keeps a burst of registrations waiting in memory
 * instead of each holding a pooled connection while it waits for the lock, which would starve
 * every other request of connections.
 */
export function inActivityQueue<T>(db: Db, activityId: string, work: () => Promise<T>): Promise<T> {
  const perDb = queues.get(db) ?? new Map<string, Promise<unknown>>()
  queues.set(db, perDb)
  const previous = perDb.get(activityId) ?? Promise.resolve()
  const result = previous.then(work, work)
  const settled = result.then(
    () => {},
    () => {},
  )
  perDb.set(activityId, settled)
  void settled.then(() => {
    if (perDb.get(activityId) === settled) perDb.delete(activityId)
  })
  return result
}

/** Locks the activity's row until the transaction ends: every change to its seats goes through this. */
export async function lockActivity(tx: Db, activityId: string): Promise<Activity | undefined> {
  const [activity] = await tx.select().from(activities).where(eq(activities.id, activityId)).for('update')
  return activity
}

async function countConfirmed(tx: Db, activityId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(activityRegistrations)
    .where(and(eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.status, 'confirmed')))
  return row?.n ?? 0
}

/** 1 for the first waiting, and so on; null when the registration is not waiting. */
export async function waitlistPosition(db: Db, registration: Registration): Promise<number | null> {
  if (registration.status !== 'waitlisted') return null
  const [row] = await db
    .select({ n: count() })
    .from(activityRegistrations)
    .where(
      and(
        eq(activityRegistrations.activityId, registration.activityId),
        eq(activityRegistrations.status, 'waitlisted'),
        lte(activityRegistrations.arrival, registration.arrival),
      ),
    )
  return row?.n ?? null
}

/**
 * Registers a person: a member themself, or, by an organisation admin, a member of that
 * organisation as part of its delegation. Confirmed while seats remain, waitlisted after, in the
 * order registrations reach the activity's row lock, so capacity holds under any concurrency and
 * with several app instances on one PostgreSQL.
 */
export async function registerForActivity(
  db: Db,
  links: MailLinks,
  actor: Actor | null,
  input: { activityId: string; userId?: string; organisationId?: string | null; needs?: string; now: Date },
): Promise<RegisterResult> {
  if (!actor || !can(actor, 'member.act')) return { ok: false, reason: 'not-allowed' }
  const userId = input.userId ?? actor.id
  const organisationId = input.organisationId ?? null
  if (userId !== actor.id && (!organisationId || !canRegisterDelegation(actor, organisationId)))
    return { ok: false, reason: 'not-allowed' }
  return inActivityQueue(db, input.activityId, () =>
    db.transaction(async (tx) => {
      if (organisationId) {
        const [membership] = await tx
          .select({ userId: organisationMemberships.userId })
          .from(organisationMemberships)
          .where(
            and(
              eq(organisationMemberships.organisationId, organisationId),
              eq(organisationMemberships.userId, userId),
              eq(organisationMemberships.status, 'active'),
            ),
          )
        if (!membership) return { ok: false as const, reason: 'not-a-member' as const }
      }
      const activity = await lockActivity(tx, input.activityId)
      // A draft takes no registrations: only its organisers can see it.
      if (!activity || activity.publicationStatus === 'draft') return { ok: false as const, reason: 'closed' as const }
      const window = registrationWindow(activity, input.now)
      if (window !== 'open') return { ok: false as const, reason: window }
      // One read for every rule, so the activity's lock is held for as few round trips as possible.
      const [seats] = await tx
        .select({
          confirmed: sql<number>`count(*) filter (where ${activityRegistrations.status} = 'confirmed')::int`,
          waiting: sql<number>`count(*) filter (where ${activityRegistrations.status} = 'waitlisted')::int`,
          mine: sql<number>`count(*) filter (where ${activityRegistrations.status} <> 'cancelled' and ${activityRegistrations.userId} = ${userId})::int`,
          ofOrganisation: sql<number>`count(*) filter (where ${activityRegistrations.status} <> 'cancelled' and ${activityRegistrations.organisationId} = ${organisationId})::int`,
          lastArrival: sql<number>`coalesce(max(${activityRegistrations.arrival}), 0)::int`,
        })
        .from(activityRegistrations)
        .where(eq(activityRegistrations.activityId, activity.id))
      if (seats!.mine > 0) return { ok: false as const, reason: 'already-registered' as const }
      if (
        organisationId &&
        activity.perOrganisationLimit !== null &&
        seats!.ofOrganisation >= activity.perOrganisationLimit
      )
        return { ok: false as const, reason: 'organisation-limit' as const }
      const status = activity.capacity === null || seats!.confirmed < activity.capacity ? 'confirmed' : 'waitlisted'
      const [registration] = await tx
        .insert(activityRegistrations)
        .values({
          activityId: activity.id,
          userId,
          organisationId,
          registeredById: actor.id,
          status,
          arrival: seats!.lastArrival + 1,
          needs: input.needs?.trim() ?? '',
          createdAt: input.now,
        })
        .returning()
      const position = status === 'waitlisted' ? seats!.waiting + 1 : null
      if (status === 'confirmed')
        await mailParticipant(tx, links, { activity, registration: registration!, template: confirmedMail, extra: {} })
      else
        await mailParticipant(tx, links, {
          activity,
          registration: registration!,
          template: waitlistedMail,
          extra: { position: position ?? 1 },
        })
      return { ok: true as const, registration: registration!, position }
    }),
  )
}

/**
 * Gives free seats to the waiting list in arrival order and e-mails each person promoted.
 * Call inside a transaction holding the activity's lock (after a cancellation or a larger capacity).
 */
export async function fillFreedSeats(tx: Db, links: MailLinks, activity: Activity, now: Date): Promise<Registration[]> {
  if (now >= activity.startsAt) return []
  const free = activity.capacity === null ? null : activity.capacity - (await countConfirmed(tx, activity.id))
  if (free !== null && free <= 0) return []
  const waiting = tx
    .select({ id: activityRegistrations.id })
    .from(activityRegistrations)
    .where(and(eq(activityRegistrations.activityId, activity.id), eq(activityRegistrations.status, 'waitlisted')))
    .orderBy(asc(activityRegistrations.arrival))
  const next = await (free === null ? waiting : waiting.limit(free))
  const promoted: Registration[] = []
  for (const { id } of next) {
    const [registration] = await tx
      .update(activityRegistrations)
      .set({ status: 'confirmed', promotedAt: now })
      .where(eq(activityRegistrations.id, id))
      .returning()
    promoted.push(registration!)
    await mailParticipant(tx, links, { activity, registration: registration!, template: promotedMail, extra: {} })
  }
  return promoted
}

export type CancelResult =
  | { ok: true; registration: Registration; promoted: Registration[] }
  | { ok: false; reason: 'not-found' | 'not-allowed' | 'already-cancelled' | 'started' }

/**
 * Cancels a registration: by the person, whoever registered them, an organiser, or anyone holding
 * the signed link from the person's e-mail. A confirmed seat goes at once to the first waiting.
 */
export async function cancelRegistration(
  db: Db,
  links: MailLinks,
  input: { registrationId: string; by: Actor | { token: string } | null; now: Date },
): Promise<CancelResult> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ activityId: activityRegistrations.activityId })
      .from(activityRegistrations)
      .where(eq(activityRegistrations.id, input.registrationId))
    if (!found) return { ok: false as const, reason: 'not-found' as const }
    const activity = (await lockActivity(tx, found.activityId))!
    const [registration] = await tx
      .select()
      .from(activityRegistrations)
      .where(eq(activityRegistrations.id, input.registrationId))
    if (!registration) return { ok: false as const, reason: 'not-found' as const }
    const by = input.by
    const allowed =
      by !== null &&
      ('token' in by
        ? isValidCancelToken(links.secret, registration.id, by.token)
        : by.id === registration.userId || by.id === registration.registeredById || canOrganise(by, activity))
    if (!allowed) return { ok: false as const, reason: 'not-allowed' as const }
    if (registration.status === 'cancelled') return { ok: false as const, reason: 'already-cancelled' as const }
    if (input.now >= activity.startsAt) return { ok: false as const, reason: 'started' as const }
    const [cancelled] = await tx
      .update(activityRegistrations)
      .set({ status: 'cancelled', cancelledAt: input.now })
      .where(eq(activityRegistrations.id, registration.id))
      .returning()
    const promoted = registration.status === 'confirmed' ? await fillFreedSeats(tx, links, activity, input.now) : []
    return { ok: true as const, registration: cancelled!, promoted }
  })
}

/** The live registration of a person for an activity, if any. */
export async function findLiveRegistration(db: Db, activityId: string, userId: string) {
  const [registration] = await db
    .select()
    .from(activityRegistrations)
    .where(
      and(
        eq(activityRegistrations.activityId, activityId),
        eq(activityRegistrations.userId, userId),
        sql`${activityRegistrations.status} <> 'cancelled'`,
      ),
    )
  return registration
}
