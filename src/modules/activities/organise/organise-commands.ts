import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { can } from '../../accounts/index.js'
import { organisationMemberships, organisations, users } from '../../accounts/tables.js'
import { createActivity, markAttendance, updateActivity } from '../commands.js'
import type { MailLinks } from '../notify.js'
import { canCreateActivities, canHostFor, canOrganise } from '../policy.js'
import { type Activity, activityRegistrations, activitySeries } from '../tables.js'
import type { ActivityFormData } from './activity-form.js'

export type OrganiseRefusal = 'not-allowed' | 'host-not-allowed'
export type OrganiseResult<T> = { ok: true; value: T } | { ok: false; reason: OrganiseRefusal }

/** "Pocket parks: a visit" → "pocket-parks-a-visit-k3x9", unique enough and readable. */
export function activitySlug(title: string, random = Math.random().toString(36).slice(2, 6)): string {
  const base = title
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${base || 'activity'}-${random}`
}

/** Editors, and organisation admins for an organisation of theirs, create activities. */
export async function createActivityAsOrganiser(
  db: Db,
  actor: Actor | null,
  data: ActivityFormData,
  now: Date,
): Promise<OrganiseResult<{ id: string; slug: string }>> {
  if (!canCreateActivities(actor)) return { ok: false, reason: 'not-allowed' }
  if (data.hostOrganisationId ? !canHostFor(actor, data.hostOrganisationId) : !can(actor, 'content.edit'))
    return { ok: false, reason: 'host-not-allowed' }
  const slug = activitySlug(data.title)
  const id = await createActivity(db, { ...data, slug }, now)
  return { ok: true, value: { id, slug } }
}

/**
 * Saves an organiser's form. A new time bumps SEQUENCE and mails everyone registered; more seats
 * promote the waiting list at once, under the activity's row lock (see updateActivity).
 */
export async function editActivityAsOrganiser(
  db: Db,
  links: MailLinks,
  actor: Actor | null,
  activity: Pick<Activity, 'id' | 'hostOrganisationId'>,
  data: ActivityFormData,
  now: Date,
): Promise<OrganiseResult<Activity>> {
  if (!canOrganise(actor, activity)) return { ok: false, reason: 'not-allowed' }
  const hostChanged = data.hostOrganisationId !== activity.hostOrganisationId
  if (
    hostChanged &&
    (data.hostOrganisationId ? !canHostFor(actor, data.hostOrganisationId) : !can(actor, 'content.edit'))
  )
    return { ok: false, reason: 'host-not-allowed' }
  return { ok: true, value: await updateActivity(db, links, activity.id, data, now) }
}

/** Attendance after the activity has begun; only organisers. */
export async function markAttendanceAsOrganiser(
  db: Db,
  actor: Actor | null,
  activity: Pick<Activity, 'id' | 'hostOrganisationId' | 'startsAt'>,
  attendedIds: Set<string>,
  now: Date,
): Promise<OrganiseResult<null> | { ok: false; reason: 'not-started' }> {
  if (!canOrganise(actor, activity)) return { ok: false, reason: 'not-allowed' }
  if (now < activity.startsAt) return { ok: false, reason: 'not-started' }
  await markAttendance(db, activity.id, attendedIds)
  return { ok: true, value: null }
}

/** Organisations the actor may pick as host: every current one for editors, their own for admins. */
export async function listHostOptions(db: Db, actor: Actor | null): Promise<{ id: string; name: string }[]> {
  if (!actor) return []
  const editor = can(actor, 'content.edit')
  const own = actor.memberships.map((membership) => membership.organisationId).filter((id) => canHostFor(actor, id))
  if (!editor && own.length === 0) return []
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(isNull(organisations.mergedIntoId))
    .orderBy(asc(sql`lower(${organisations.name})`))
  return editor ? rows : rows.filter((row) => own.includes(row.id))
}

export async function listSeriesOptions(db: Db) {
  return db
    .select({ id: activitySeries.id, title: activitySeries.title })
    .from(activitySeries)
    .orderBy(asc(activitySeries.title))
}

/** Active members of an organisation, with whether each already holds a live registration. */
export async function listDelegationCandidates(db: Db, activityId: string, organisationId: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      registered: sql<boolean>`exists (select 1 from ${activityRegistrations} where ${activityRegistrations.activityId} = ${activityId} and ${activityRegistrations.userId} = ${users.id} and ${activityRegistrations.status} <> 'cancelled')`,
    })
    .from(organisationMemberships)
    .innerJoin(users, eq(users.id, organisationMemberships.userId))
    .where(
      and(
        eq(organisationMemberships.organisationId, organisationId),
        eq(organisationMemberships.status, 'active'),
        isNull(users.deletedAt),
      ),
    )
    .orderBy(asc(users.name))
}

/** Live registrations an organisation holds for an activity (what its limit counts). */
export async function countOrganisationSeats(db: Db, activityId: string, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activityRegistrations)
    .where(
      and(
        eq(activityRegistrations.activityId, activityId),
        eq(activityRegistrations.organisationId, organisationId),
        sql`${activityRegistrations.status} <> 'cancelled'`,
      ),
    )
  return row?.n ?? 0
}

export async function findOrganisationName(db: Db, organisationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return row?.name
}
