import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { organisations, profiles, users } from '../accounts/tables.js'
import { type ActivityFilter, PAGE_SIZE } from './filter.js'
import {
  type Activity,
  type ActivitySeries,
  type ActivitySession,
  activities,
  activityRegistrations,
  activitySeries,
  activitySessions,
  activityTravelDetails,
  type TravelDetails,
} from './tables.js'

/** What a list shows of an activity. */
export interface ActivityCardData {
  id: string
  slug: string
  title: string
  summary: string
  kind: Activity['kind']
  startsAt: Date
  endsAt: Date
  timeZone: string
  online: boolean
  hostCity: string | null
  hostCountry: string | null
  themes: string[]
  episodeNumber: number | null
  seriesTitle: string | null
  seriesSlug: string | null
  sequence: number
  venueName: string | null
  address: string | null
  updatedAt: Date
}

const cardColumns = {
  id: activities.id,
  slug: activities.slug,
  title: activities.title,
  summary: activities.summary,
  kind: activities.kind,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
  timeZone: activities.timeZone,
  online: activities.online,
  hostCity: activities.hostCity,
  hostCountry: activities.hostCountry,
  themes: activities.themes,
  episodeNumber: activities.episodeNumber,
  seriesTitle: activitySeries.title,
  seriesSlug: activitySeries.slug,
  sequence: activities.sequence,
  venueName: activities.venueName,
  address: activities.address,
  updatedAt: activities.updatedAt,
}

/** Drafts are for their organisers: every public list, feed, map and search leaves them out. */
const published = eq(activities.publicationStatus, 'published')

function conditions(filter: ActivityFilter, now: Date): SQL[] {
  // An activity under way is still "upcoming": people look for how to join it.
  const where: SQL[] = [published, filter.when === 'past' ? lte(activities.endsAt, now) : gt(activities.endsAt, now)]
  if (filter.kinds.length > 0) where.push(inArray(activities.kind, filter.kinds))
  if (filter.countries.length > 0) where.push(inArray(activities.hostCountry, filter.countries))
  if (filter.themes.length > 0)
    where.push(
      sql`${activities.themes} && array[${sql.join(
        filter.themes.map((theme) => sql`${theme}`),
        sql`, `,
      )}]::text[]`,
    )
  if (filter.format) where.push(eq(activities.online, filter.format === 'online'))
  if (filter.series) where.push(eq(activitySeries.slug, filter.series))
  if (filter.open)
    where.push(
      and(
        eq(activities.registrationMode, 'open'),
        or(isNull(activities.registrationOpensAt), lte(activities.registrationOpensAt, now)),
        gt(sql`coalesce(${activities.registrationClosesAt}, ${activities.startsAt})`, now),
        gt(activities.startsAt, now),
      )!,
    )
  return where
}

export interface ActivityListResult {
  total: number
  items: ActivityCardData[]
}

/** Upcoming ones soonest first, past ones latest first, PAGE_SIZE a page. */
export async function listActivities(
  db: Db,
  filter: ActivityFilter,
  now: Date,
  options: { limit?: number } = {},
): Promise<ActivityListResult> {
  const where = and(...conditions(filter, now))
  const limit = options.limit ?? PAGE_SIZE
  const [items, [total]] = await Promise.all([
    db
      .select(cardColumns)
      .from(activities)
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(where)
      .orderBy(filter.when === 'past' ? desc(activities.startsAt) : asc(activities.startsAt), asc(activities.id))
      .limit(limit)
      .offset((filter.page - 1) * limit),
    db
      .select({ n: count() })
      .from(activities)
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(where),
  ])
  return { total: total?.n ?? 0, items }
}

/** Activities overlapping [from, to), for the month calendar. */
export async function listActivitiesBetween(db: Db, from: Date, to: Date): Promise<ActivityCardData[]> {
  return db
    .select(cardColumns)
    .from(activities)
    .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
    .where(and(published, lt(activities.startsAt, to), gt(activities.endsAt, from)))
    .orderBy(asc(activities.startsAt), asc(activities.id))
}

/** The values the filters offer: host countries and series that have activities. */
export async function listFilterOptions(db: Db) {
  const [countries, series] = await Promise.all([
    db
      .selectDistinct({ country: activities.hostCountry })
      .from(activities)
      .where(and(published, sql`${activities.hostCountry} is not null`)),
    db
      .select({ slug: activitySeries.slug, title: activitySeries.title })
      .from(activitySeries)
      .orderBy(activitySeries.title),
  ])
  return { countries: countries.map((row) => row.country!), series }
}

export interface ActivityDetails {
  activity: Activity
  series: ActivitySeries | null
  host: { name: string; slug: string } | null
  sessions: ActivitySession[]
  confirmed: number
  waiting: number
}

export async function findActivityBySlug(db: Db, slug: string): Promise<ActivityDetails | undefined> {
  const [row] = await db
    .select({
      activity: activities,
      series: activitySeries,
      hostName: organisations.name,
      hostSlug: organisations.slug,
    })
    .from(activities)
    .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
    .leftJoin(organisations, eq(organisations.id, activities.hostOrganisationId))
    .where(eq(activities.slug, slug))
  if (!row) return undefined
  const [sessions, [seats]] = await Promise.all([
    db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.activityId, row.activity.id))
      .orderBy(asc(activitySessions.startsAt)),
    db
      .select({
        confirmed: sql<number>`count(*) filter (where ${activityRegistrations.status} = 'confirmed')::int`,
        waiting: sql<number>`count(*) filter (where ${activityRegistrations.status} = 'waitlisted')::int`,
      })
      .from(activityRegistrations)
      .where(eq(activityRegistrations.activityId, row.activity.id)),
  ])
  return {
    activity: row.activity,
    series: row.series,
    host: row.hostName && row.hostSlug ? { name: row.hostName, slug: row.hostSlug } : null,
    sessions,
    confirmed: seats?.confirmed ?? 0,
    waiting: seats?.waiting ?? 0,
  }
}

export async function getActivityBySlug(db: Db, slug: string): Promise<ActivityDetails> {
  const found = await findActivityBySlug(db, slug)
  if (!found) throw new NotFoundError(`activity ${slug}`)
  return found
}

export async function getSeriesBySlug(db: Db, slug: string) {
  const [series] = await db.select().from(activitySeries).where(eq(activitySeries.slug, slug))
  if (!series) throw new NotFoundError(`series ${slug}`)
  const episodes = await db
    .select(cardColumns)
    .from(activities)
    .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
    .where(and(published, eq(activities.seriesId, series.id)))
    .orderBy(asc(activities.startsAt), asc(activities.id))
  return { series, episodes }
}

export interface Participant {
  registrationId: string
  name: string
  email: string
  organisation: string | null
  country: string | null
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  needs: string
  attended: boolean | null
  arrival: number
  /** Application mode: the place the selection gave, and the follow-up form's answers once sent. */
  funding: 'funded' | 'self-funded' | null
  travel: Omit<TravelDetails, 'registrationId' | 'updatedAt'> | null
}

/** Everyone registered and waiting, in arrival order: for organisers only. */
export async function listParticipants(db: Db, activityId: string): Promise<Participant[]> {
  const rows = await db
    .select({
      registrationId: activityRegistrations.id,
      name: users.name,
      email: users.email,
      organisation: organisations.name,
      country: sql<string | null>`coalesce(${organisations.country}, ${profiles.country})`,
      status: activityRegistrations.status,
      needs: activityRegistrations.needs,
      attended: activityRegistrations.attended,
      arrival: activityRegistrations.arrival,
      funding: activityRegistrations.funding,
      travel: activityTravelDetails,
    })
    .from(activityRegistrations)
    .innerJoin(users, eq(users.id, activityRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, activityRegistrations.organisationId))
    .leftJoin(profiles, eq(profiles.userId, activityRegistrations.userId))
    .leftJoin(activityTravelDetails, eq(activityTravelDetails.registrationId, activityRegistrations.id))
    .where(and(eq(activityRegistrations.activityId, activityId), sql`${activityRegistrations.status} <> 'cancelled'`))
    .orderBy(asc(activityRegistrations.arrival))
  return rows.map(({ travel, ...row }) => {
    if (!travel) return { ...row, travel: null }
    const { registrationId: _id, updatedAt: _at, ...details } = travel
    return { ...row, travel: details }
  })
}

/** For the sitemap. */
export async function listActivitySlugs(db: Db) {
  const [pages, series] = await Promise.all([
    db
      .select({ slug: activities.slug, updatedAt: activities.updatedAt })
      .from(activities)
      .where(published)
      .orderBy(desc(activities.startsAt)),
    db.select({ slug: activitySeries.slug }).from(activitySeries),
  ])
  return { pages, series }
}

/** Titles and summaries matching the words, for the site search; upcoming first. */
export async function searchActivities(db: Db, query: string, now: Date, limit: number) {
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  const where = and(
    published,
    or(sql`${activities.title} ilike ${pattern}`, sql`${activities.summary} ilike ${pattern}`),
  )
  const [items, [total]] = await Promise.all([
    db
      .select({ slug: activities.slug, title: activities.title, summary: activities.summary })
      .from(activities)
      .where(where)
      .orderBy(sql`${activities.endsAt} < ${now}`, asc(activities.startsAt))
      .limit(limit),
    db.select({ n: count() }).from(activities).where(where),
  ])
  return { total: total?.n ?? 0, items }
}

/** Upcoming activities, soonest first (home page, feeds). */
export async function listUpcoming(db: Db, now: Date, limit: number): Promise<ActivityCardData[]> {
  return db
    .select(cardColumns)
    .from(activities)
    .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
    .where(and(published, gte(activities.endsAt, now)))
    .orderBy(asc(activities.startsAt), asc(activities.id))
    .limit(limit)
}

/** What a practice page links back to: the activities where the practice was presented. */
export interface PresentingActivity {
  slug: string
  title: string
  startsAt: Date
  timeZone: string
}

/** Activities presenting this practice, latest first (for the practices module, via index.ts). */
export async function listActivitiesPresentingPractice(db: Db, practiceId: string): Promise<PresentingActivity[]> {
  return db
    .select({
      slug: activities.slug,
      title: activities.title,
      startsAt: activities.startsAt,
      timeZone: activities.timeZone,
    })
    .from(activities)
    .where(and(published, sql`${activities.practiceIds} @> array[${practiceId}::uuid]`))
    .orderBy(desc(activities.startsAt), asc(activities.id))
    .limit(20)
}

/** These activities as cards, in the order given (library items link to them). */
export async function listActivityCardsByIds(db: Db, ids: string[]): Promise<ActivityCardData[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select(cardColumns)
    .from(activities)
    .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
    .where(and(published, inArray(activities.id, ids)))
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The activities with these slugs, as id and slug. */
export async function findActivityIdsBySlugs(db: Db, slugs: string[]): Promise<{ id: string; slug: string }[]> {
  if (slugs.length === 0) return []
  return db.select({ id: activities.id, slug: activities.slug }).from(activities).where(inArray(activities.slug, slugs))
}
