import { and, asc, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { findOrganisationById } from '../accounts/index.js'
import { summariseScores, weightedScore } from './scoring.js'
import { type Call, type CallApplication, type CallReview, callApplications, callReviews, calls } from './tables.js'

export interface DashboardRow {
  application: CallApplication
  organisationName: string | null
  reviews: (CallReview & { total: number | null; late: boolean })[]
  done: number
  due: number
  late: number
  mean: number | null
  spread: number | null
  disagreement: boolean
}

/** Every submitted application of the call with its reviews and scores, best mean score first. */
export async function loadDashboard(db: Db, call: Call, now: Date): Promise<DashboardRow[]> {
  const applications = await db
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.callId, call.id), ne(callApplications.status, 'draft')))
    .orderBy(asc(callApplications.reference))
  const ids = applications.map((application) => application.id)
  const reviews =
    ids.length === 0 ? [] : await db.select().from(callReviews).where(inArray(callReviews.applicationId, ids))
  const names = new Map<string, string>()
  for (const application of applications)
    if (application.organisationId && !names.has(application.organisationId))
      names.set(application.organisationId, (await findOrganisationById(db, application.organisationId))?.name ?? '')
  const rows = applications.map((application) => {
    const own = reviews
      .filter((review) => review.applicationId === application.id)
      .map((review) => ({
        ...review,
        total: review.status === 'submitted' ? weightedScore(call.criteria, review.scores) : null,
        late: review.status !== 'submitted' && review.dueAt !== null && review.dueAt < now,
      }))
    const totals = own.flatMap((review) => (review.total === null ? [] : [review.total]))
    return {
      application,
      organisationName: application.organisationId ? (names.get(application.organisationId) ?? null) : null,
      reviews: own,
      done: own.filter((review) => review.status === 'submitted').length,
      due: own.filter((review) => review.status !== 'submitted').length,
      late: own.filter((review) => review.late).length,
      ...summariseScores(totals),
    }
  })
  return rows.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1))
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
