import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import { planAssignments } from './assignment.js'
import { ForbiddenCallError } from './commands.js'
import { conflictPairs, listPanelIds, refreshAutomaticConflicts } from './panel.js'
import { canManageCalls, isExpert } from './policy.js'
import { criteriaOf, weightedScore } from './scoring.js'
import {
  type Call,
  callApplications,
  callConflicts,
  callReviews,
  calls,
  type Recommendation,
  type Round,
} from './tables.js'

const DAY = 24 * 3600_000
/** Reviews are due this long after they are assigned. */
export const REVIEW_DAYS = 14

function requireManager(actor: Actor | null): asserts actor is Actor {
  if (!canManageCalls(actor)) throw new ForbiddenCallError()
}

const by = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email })

/** Moves a submitted application to the next round (editors decide who goes on). */
export async function forwardApplication(db: Db, actor: Actor | null, applicationId: string, round: Round) {
  requireManager(actor)
  await db.transaction(async (tx) => {
    await tx
      .update(callApplications)
      .set({ round, updatedAt: sql`now()` })
      .where(and(eq(callApplications.id, applicationId), eq(callApplications.status, 'submitted')))
    await recordAudit(tx, {
      action: 'call_application.forwarded',
      ...by(actor),
      subjectType: 'call_application',
      subjectId: applicationId,
      details: { round },
    })
  })
}

/**
 * Assigns experts of the round's panel to every application in that round, N each, balanced, never
 * a conflicted expert; starts the evaluation if it had not started. Returns how many were assigned.
 */
export async function autoAssign(
  db: Db,
  actor: Actor | null,
  call: Call,
  now: Date,
  round: Round = 'experts',
): Promise<number> {
  requireManager(actor)
  const panel = new Set(await listPanelIds(db, call.id, round))
  const experts = (await refreshAutomaticConflicts(db, call)).filter((expert) => panel.has(expert.id))
  const applications = await db
    .select({
      id: callApplications.id,
      organisationId: callApplications.organisationId,
      country: callApplications.country,
    })
    .from(callApplications)
    .where(
      and(
        eq(callApplications.callId, call.id),
        eq(callApplications.status, 'submitted'),
        eq(callApplications.round, round),
      ),
    )
  const ids = applications.map((application) => application.id)
  const existing =
    ids.length === 0
      ? []
      : await db
          .select({ applicationId: callReviews.applicationId, expertId: callReviews.expertId })
          .from(callReviews)
          .where(and(inArray(callReviews.applicationId, ids), eq(callReviews.round, round)))
  const plan = planAssignments({
    applications,
    experts,
    perApplication: call.reviewsPerSubmission,
    conflicts: await conflictPairs(db, ids),
    existing,
  })
  await db.transaction(async (tx) => {
    if (plan.length > 0)
      await tx
        .insert(callReviews)
        .values(
          plan.map((pair) => ({
            ...pair,
            round,
            dueAt: new Date(now.getTime() + REVIEW_DAYS * DAY),
          })),
        )
        .onConflictDoNothing()
    if (!call.evaluationStartedAt) await tx.update(calls).set({ evaluationStartedAt: now }).where(eq(calls.id, call.id))
    await recordAudit(tx, {
      action: 'call.experts_assigned',
      ...by(actor),
      subjectType: 'call',
      subjectId: call.id,
      details: { round, assigned: plan.length },
    })
  })
  return plan.length
}

export type AssignResult = { ok: true } | { ok: false; reason: 'conflicted' | 'not-on-panel' }

/** Assigns one expert by hand in the application's current round: refused when conflicted or not on that round's panel. */
export async function assignExpert(
  db: Db,
  actor: Actor | null,
  input: { call: Call; applicationId: string; expertId: string },
  now: Date,
): Promise<AssignResult> {
  requireManager(actor)
  const [application] = await db
    .select({ round: callApplications.round })
    .from(callApplications)
    .where(and(eq(callApplications.id, input.applicationId), eq(callApplications.callId, input.call.id)))
  if (!application) return { ok: false, reason: 'not-on-panel' }
  const round = application.round
  await refreshAutomaticConflicts(db, input.call)
  if (!(await listPanelIds(db, input.call.id, round)).includes(input.expertId))
    return { ok: false, reason: 'not-on-panel' }
  if ((await conflictPairs(db, [input.applicationId])).has(`${input.applicationId}:${input.expertId}`))
    return { ok: false, reason: 'conflicted' }
  await db.transaction(async (tx) => {
    await tx
      .insert(callReviews)
      .values({
        applicationId: input.applicationId,
        expertId: input.expertId,
        round,
        dueAt: new Date(now.getTime() + REVIEW_DAYS * DAY),
      })
      .onConflictDoNothing()
    await recordAudit(tx, {
      action: 'call_review.assigned',
      ...by(actor),
      subjectType: 'call_application',
      subjectId: input.applicationId,
      details: { expertId: input.expertId, round },
    })
  })
  return { ok: true }
}

/** Takes an assignment back (not a submitted review). */
export async function unassignExpert(db: Db, actor: Actor | null, reviewId: string) {
  requireManager(actor)
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(callReviews)
      .where(and(eq(callReviews.id, reviewId), eq(callReviews.status, 'assigned')))
      .returning()
    if (removed)
      await recordAudit(tx, {
        action: 'call_review.unassigned',
        ...by(actor),
        subjectType: 'call_application',
        subjectId: removed.applicationId,
        details: { expertId: removed.expertId },
      })
  })
}

/** An expert declares a conflict with an application: their assignment is withdrawn, never given again. */
export async function declareConflict(db: Db, actor: Actor, reviewId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(callReviews).where(eq(callReviews.id, reviewId)).for('update')
    if (!review || review.expertId !== actor.id || review.status === 'submitted') return false
    await tx
      .insert(callConflicts)
      .values({ applicationId: review.applicationId, expertId: actor.id, reason: 'declared' })
      .onConflictDoNothing()
    await tx.delete(callReviews).where(eq(callReviews.id, reviewId))
    await recordAudit(tx, {
      action: 'call_review.conflict_declared',
      ...by(actor),
      subjectType: 'call_application',
      subjectId: review.applicationId,
    })
    return true
  })
}

export type ReviewInput = { scores: Record<string, number>; comment: string; recommendation: Recommendation | null }
export type SaveReviewResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' | 'submitted' }
  | { ok: false; reason: 'invalid'; errors: { field: string; message: string }[] }

/**
 * Saves an expert's scores and comment against the criteria of the review's round; `submit` also
 * requires every criterion and a recommendation, keeps the weighted total, and the review is final.
 * Only the assigned expert may.
 */
export async function saveReview(
  db: Db,
  actor: Actor,
  input: {
    reviewId: string
    review: ReviewInput
    submit: boolean
    call: Call
    messages: { score: string; recommendation: string }
  },
  now: Date,
): Promise<SaveReviewResult> {
  if (!isExpert(actor)) return { ok: false, reason: 'not-found' }
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(callReviews).where(eq(callReviews.id, input.reviewId)).for('update')
    if (!review || review.expertId !== actor.id) return { ok: false as const, reason: 'not-found' as const }
    if (review.status === 'submitted') return { ok: false as const, reason: 'submitted' as const }
    const errors: { field: string; message: string }[] = []
    const scores: Record<string, number> = {}
    const criteria = criteriaOf(input.call, review.round)
    for (const criterion of criteria) {
      const score = input.review.scores[criterion.id]
      if (score === undefined || Number.isNaN(score)) {
        if (input.submit)
          errors.push({
            field: `score-${criterion.id}`,
            message: input.messages.score.replace('{name}', criterion.name),
          })
        continue
      }
      if (!Number.isInteger(score) || score < 0 || score > criterion.scaleMax)
        errors.push({ field: `score-${criterion.id}`, message: input.messages.score.replace('{name}', criterion.name) })
      else scores[criterion.id] = score
    }
    if (input.submit && !input.review.recommendation)
      errors.push({ field: 'recommendation', message: input.messages.recommendation })
    if (errors.length > 0) return { ok: false as const, reason: 'invalid' as const, errors }
    await tx
      .update(callReviews)
      .set({
        scores,
        comment: input.review.comment,
        recommendation: input.review.recommendation,
        updatedAt: sql`now()`,
        ...(input.submit
          ? { status: 'submitted' as const, submittedAt: now, total: weightedScore(criteria, scores) }
          : {}),
      })
      .where(eq(callReviews.id, review.id))
    if (input.submit)
      await recordAudit(tx, {
        action: 'call_review.submitted',
        ...by(actor),
        subjectType: 'call_application',
        subjectId: review.applicationId,
      })
    return { ok: true as const }
  })
}
