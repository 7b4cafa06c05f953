import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { findOrganisationById } from '../accounts/index.js'
import { DISAGREEMENT_POINTS } from './scoring.js'
import {
  type Call,
  type CallApplication,
  type CallReview,
  callApplications,
  callReviews,
  calls,
  ROUNDS,
  type Round,
} from './tables.js'

/** Applications on one page of the dashboard. */
export const DASHBOARD_PAGE_SIZE = 50

export interface DashboardRow {
  application: CallApplication
  organisationName: string | null
  /** This round's reviews of the application. */
  reviews: (CallReview & { late: boolean })[]
  done: number
  due: number
  late: number
  mean: number | null
  spread: number | null
  disagreement: boolean
}

export interface DashboardPage {
  round: Round
  rows: DashboardRow[]
  /** Applications that reached the round (every page). */
  total: number
  page: number
  pageCount: number
}

/** The rounds from this one on: an application that reached a later round went through this one. */
export function roundsFrom(round: Round): Round[] {
  return ROUNDS.slice(ROUNDS.indexOf(round))
}

function reachedRound(callId: string, round: Round) {
  return and(
    eq(callApplications.callId, callId),
    ne(callApplications.status, 'draft'),
    inArray(callApplications.round, roundsFrom(round)),
  )
}

/**
 * One page of the applications that reached a round, best mean of that round's kept review totals
 * first (then by reference). The ranking is computed in SQL over this call's applications only (an
 * index on call and round), and only the page's rows are read in full: the cost follows the call and
 * the page size, never every submission. `pageSize` null reads every row (exports).
 */
export async function loadDashboard(
  db: Db,
  call: Call,
  now: Date,
  options: { round?: Round; page?: number; pageSize?: number | null; applicationId?: string } = {},
): Promise<DashboardPage> {
  const round = options.round ?? 'eligibility'
  const pageSize = options.pageSize === undefined ? DASHBOARD_PAGE_SIZE : options.pageSize
  const where = and(
    reachedRound(call.id, round),
    options.applicationId ? eq(callApplications.id, options.applicationId) : undefined,
  )
  const [counted] = await db.select({ count: sql<number>`count(*)::int` }).from(callApplications).where(where)
  const total = counted?.count ?? 0
  const pageCount = pageSize === null ? 1 : Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount)
  const mean = sql<number | null>`round(avg(${callReviews.total})::numeric, 1)::float8`
  const spread = sql<number | null>`round((max(${callReviews.total}) - min(${callReviews.total}))::numeric, 1)::float8`
  const at = now.toISOString()
  let query = db
    .select({
      application: callApplications,
      done: sql<number>`count(${callReviews.id}) filter (where ${callReviews.status} = 'submitted')::int`,
      due: sql<number>`count(${callReviews.id}) filter (where ${callReviews.status} = 'assigned')::int`,
      late: sql<number>`count(${callReviews.id}) filter (where ${callReviews.status} = 'assigned' and ${callReviews.dueAt} < ${at}::timestamptz)::int`,
      mean,
      spread,
    })
    .from(callApplications)
    .leftJoin(callReviews, and(eq(callReviews.applicationId, callApplications.id), eq(callReviews.round, round)))
    .where(where)
    .groupBy(callApplications.id)
    .orderBy(sql`${mean} desc nulls last`, asc(callApplications.reference), asc(callApplications.id))
    .$dynamic()
  if (pageSize !== null) query = query.limit(pageSize).offset((page - 1) * pageSize)
  const ranked = await query
  const ids = ranked.map((row) => row.application.id)
  const reviews =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(callReviews)
          .where(and(inArray(callReviews.applicationId, ids), eq(callReviews.round, round)))
          .orderBy(asc(callReviews.createdAt))
  const names = new Map<string, string>()
  for (const { application } of ranked)
    if (application.organisationId && !names.has(application.organisationId))
      names.set(application.organisationId, (await findOrganisationById(db, application.organisationId))?.name ?? '')
  const rows = ranked.map(({ application, done, due, late, mean, spread }) => ({
    application,
    organisationName: application.organisationId ? (names.get(application.organisationId) ?? null) : null,
    reviews: reviews
      .filter((review) => review.applicationId === application.id)
      .map((review) => ({
        ...review,
        late: review.status !== 'submitted' && review.dueAt !== null && review.dueAt < now,
      })),
    done,
    due,
    late,
    mean,
    spread,
    disagreement: spread !== null && spread >= DISAGREEMENT_POINTS,
  }))
  return { round, rows, total, page, pageCount }
}

export interface DashboardSummary {
  /** Submitted applications (withdrawn ones left out) per round they are in now. */
  inRound: Record<Round, number>
  submitted: number
  selected: number
  /** This round's reviews. */
  done: number
  due: number
  late: number
}

/** The counts above the ranking: two aggregate queries on the call's rows. */
export async function loadDashboardSummary(db: Db, call: Call, round: Round, now: Date): Promise<DashboardSummary> {
  const byRound = await db
    .select({
      round: callApplications.round,
      count: sql<number>`count(*)::int`,
      selected: sql<number>`count(*) filter (where ${callApplications.decision} = 'selected')::int`,
    })
    .from(callApplications)
    .where(and(eq(callApplications.callId, call.id), eq(callApplications.status, 'submitted')))
    .groupBy(callApplications.round)
  const [progress] = await db
    .select({
      done: sql<number>`count(*) filter (where ${callReviews.status} = 'submitted')::int`,
      due: sql<number>`count(*) filter (where ${callReviews.status} = 'assigned')::int`,
      late: sql<number>`count(*) filter (where ${callReviews.status} = 'assigned' and ${callReviews.dueAt} < ${now.toISOString()}::timestamptz)::int`,
    })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .where(
      and(eq(callApplications.callId, call.id), eq(callApplications.status, 'submitted'), eq(callReviews.round, round)),
    )
  const inRound = { eligibility: 0, experts: 0, panel: 0 } as Record<Round, number>
  for (const row of byRound) inRound[row.round] = row.count
  return {
    inRound,
    submitted: byRound.reduce((sum, row) => sum + row.count, 0),
    selected: byRound.reduce((sum, row) => sum + row.selected, 0),
    done: progress?.done ?? 0,
    due: progress?.due ?? 0,
    late: progress?.late ?? 0,
  }
}

/** The reviews still to be done in a call, for reminders. */
export async function listPendingReviews(db: Db, callId: string) {
  return db
    .select({ expertId: callReviews.expertId, dueAt: callReviews.dueAt })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .where(
      and(
        eq(callApplications.callId, callId),
        eq(callApplications.status, 'submitted'),
        eq(callReviews.status, 'assigned'),
      ),
    )
}

/** The round an application of this call is in now; undefined when it is not this call's. */
export async function findApplicationRound(db: Db, callId: string, applicationId: string): Promise<Round | undefined> {
  const [row] = await db
    .select({ round: callApplications.round })
    .from(callApplications)
    .where(and(eq(callApplications.id, applicationId), eq(callApplications.callId, callId)))
  return row?.round
}

/** The submitted applications now in a round, for forwarding them all. */
export async function listApplicationIdsInRound(db: Db, callId: string, round: Round): Promise<string[]> {
  const rows = await db
    .select({ id: callApplications.id })
    .from(callApplications)
    .where(
      and(
        eq(callApplications.callId, callId),
        eq(callApplications.status, 'submitted'),
        eq(callApplications.round, round),
      ),
    )
  return rows.map((row) => row.id)
}

/** An expert's assignments with their calls, open ones first. */
export async function listAssignmentsOf(db: Db, expertId: string) {
  return db
    .select({ review: callReviews, application: callApplications, call: calls })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(eq(callReviews.expertId, expertId))
    .orderBy(asc(callReviews.status), asc(callReviews.dueAt))
}

export async function findReview(db: Db, reviewId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(reviewId)) return undefined
  const [review] = await db.select().from(callReviews).where(eq(callReviews.id, reviewId))
  return review
}
