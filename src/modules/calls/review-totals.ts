import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { criteriaOf, weightedScore } from './scoring.js'
import { type Call, callApplications, callReviews } from './tables.js'

/**
 * Recomputes the kept totals of a call's submitted reviews after its criteria changed, so the
 * dashboard's ranking (which reads the kept totals) follows the weights the editors set.
 */
export async function recomputeReviewTotals(db: Db, call: Pick<Call, 'id' | 'criteria'>) {
  const reviews = await db
    .select({ id: callReviews.id, round: callReviews.round, scores: callReviews.scores, total: callReviews.total })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .where(and(eq(callApplications.callId, call.id), eq(callReviews.status, 'submitted')))
  for (const review of reviews) {
    const total = weightedScore(criteriaOf(call, review.round), review.scores)
    if (total !== review.total) await db.update(callReviews).set({ total }).where(eq(callReviews.id, review.id))
  }
}
