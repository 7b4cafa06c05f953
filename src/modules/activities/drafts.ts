import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { createActivity } from './commands.js'
import { activitySlug } from './organise/organise-commands.js'
import { canOrganise } from './policy.js'
import { type ActivityDetails, getActivityBySlug } from './queries.js'
import { type Activity, activities } from './tables.js'

/** Whether the actor may see the activity: a draft only by its organisers. */
export function canSeeActivity(
  actor: Actor | null,
  activity: Pick<Activity, 'publicationStatus' | 'hostOrganisationId'>,
) {
  return activity.publicationStatus === 'published' || canOrganise(actor, activity)
}

/** The activity at this address as the actor may see it: a draft is a 404 for anyone but its organisers. */
export async function getVisibleActivityBySlug(db: Db, actor: Actor | null, slug: string): Promise<ActivityDetails> {
  const details = await getActivityBySlug(db, slug)
  if (!canSeeActivity(actor, details.activity)) throw new NotFoundError(`activity ${slug}`)
  return details
}

const DAY = 24 * 3600_000

export interface HostCityVisit {
  organisationId: string
  organisationName: string
  city: string
  /** ISO 3166-1 alpha-2. */
  country: string
  callApplicationId: string
  callTitle: string
  /** Path of the call below the locale, e.g. /calls/host-cities-2027. */
  callUrl: string
}

/**
 * A selected host city's peer-learning visit, as a draft for the organisers (editors and the host
 * organisation's admins) to complete and publish. The dates are placeholders (two days, about three
 * months on) the organisers change. One per application: a second call returns the first.
 */
export async function createDraftActivityForHostCity(
  db: Db,
  input: HostCityVisit,
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  const [existing] = await db
    .select({ id: activities.id, slug: activities.slug })
    .from(activities)
    .where(eq(activities.fromCallApplicationId, input.callApplicationId))
  if (existing) return existing
  const title = `Peer-learning visit to ${input.city}`
  const day = new Date(Math.floor((now.getTime() + 90 * DAY) / DAY) * DAY)
  const slug = activitySlug(title)
  const id = await createActivity(
    db,
    {
      slug,
      kind: 'peer-learning-visit',
      title,
      summary: `A peer-learning visit hosted by ${input.organisationName}, selected in “${input.callTitle}”.`,
      hostCity: input.city,
      hostCountry: input.country,
      hostOrganisationId: input.organisationId,
      startsAt: new Date(day.getTime() + 8 * 3600_000),
      endsAt: new Date(day.getTime() + DAY + 15 * 3600_000),
      registrationMode: 'invitation',
      publicationStatus: 'draft',
      fromCallApplicationId: input.callApplicationId,
      fromCallTitle: input.callTitle,
      fromCallUrl: input.callUrl,
    },
    now,
  )
  return { id, slug }
}

/** The activity made from a call application, if any (the editor's decision page links to it). */
export async function findActivityFromCallApplication(db: Db, callApplicationId: string) {
  const [row] = await db
    .select({ id: activities.id, slug: activities.slug, title: activities.title, status: activities.publicationStatus })
    .from(activities)
    .where(eq(activities.fromCallApplicationId, callApplicationId))
  return row
}

export type PublishResult = { ok: true } | { ok: false; reason: 'not-allowed' }

/** An organiser publishes a draft: it appears in the lists, feeds, calendars and search. */
export async function publishActivity(
  db: Db,
  actor: Actor | null,
  activity: Pick<Activity, 'id' | 'hostOrganisationId'>,
  now: Date,
): Promise<PublishResult> {
  if (!canOrganise(actor, activity)) return { ok: false, reason: 'not-allowed' }
  await db
    .update(activities)
    .set({ publicationStatus: 'published', updatedAt: now })
    .where(and(eq(activities.id, activity.id), eq(activities.publicationStatus, 'draft')))
  return { ok: true }
}
