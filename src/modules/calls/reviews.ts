import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { type CallReview, callReviews } from './tables.js'

/** The experts with a review (assigned or submitted) of this application. */
export async function listAssignedExpertIds(db: Db, applicationId: string): Promise<string[]> {
  const rows = await db
    .select({ expertId: callReviews.expertId })
    .from(callReviews)
    .where(eq(callReviews.applicationId, applicationId))
  return rows.map((row) => row.expertId)
}

/** Every review of an application, every round, oldest first. */
export async function listReviewsOfApplication(db: Db, applicationId: string): Promise<CallReview[]> {
  return db
    .select()
    .from(callReviews)
    .where(eq(callReviews.applicationId, applicationId))
    .orderBy(asc(callReviews.createdAt))
}
