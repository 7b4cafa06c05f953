import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import { createQuestionnaire, type VersionContent } from '../questionnaires/index.js'
import type { CallFormData } from './call-form.js'
import { canManageCalls } from './policy.js'
import { recomputeReviewTotals } from './review-totals.js'
import { type Call, calls } from './tables.js'

export type CallInput = Omit<typeof calls.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'questionnaireId'>

export class ForbiddenCallError extends Error {
  constructor() {
    super('Only editors manage calls')
  }
}

function requireManager(actor: Actor | null): asserts actor is Actor {
  if (!canManageCalls(actor)) throw new ForbiddenCallError()
}

function actorLabel(actor: Actor | null) {
  return actor ? { actorId: actor.id, actorLabel: actor.email } : { actorId: null, actorLabel: 'system' }
}

/** "Call for good practices 2027" → "call-for-good-practices-2027". */
export function slugOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'call'
  )
}

export type SaveCallResult = { ok: true; call: Call } | { ok: false; reason: 'slug-taken' }

async function freeSlug(db: Db, wanted: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: calls.id }).from(calls).where(eq(calls.slug, wanted))
  return !row || row.id === exceptId
}

/**
 * Creates a call and its (empty) questionnaire, which editors build with the questionnaire pages.
 * `actor` null is the system (the demo); anyone else must be an editor.
 */
export async function createCall(
  db: Db,
  actor: Actor | null,
  input: CallInput,
  form?: VersionContent,
): Promise<SaveCallResult> {
  if (actor !== null) requireManager(actor)
  const slug = input.slug || slugOf(input.title)
  if (!(await freeSlug(db, slug))) return { ok: false, reason: 'slug-taken' }
  return db.transaction(async (tx) => {
    const [call] = await tx
      .insert(calls)
      .values({ ...input, slug })
      .returning()
    const { questionnaire } = await createQuestionnaire(tx, {
      ownerModule: 'calls',
      ownerId: call!.id,
      title: call!.title,
      content: form,
    })
    const [linked] = await tx
      .update(calls)
      .set({ questionnaireId: questionnaire.id })
      .where(eq(calls.id, call!.id))
      .returning()
    await recordAudit(tx, {
      action: 'call.created',
      ...actorLabel(actor),
      subjectType: 'call',
      subjectId: call!.id,
      details: { title: call!.title, kind: call!.kind },
    })
    return { ok: true, call: linked! }
  })
}

export async function updateCall(
  db: Db,
  actor: Actor | null,
  callId: string,
  input: Partial<CallInput>,
): Promise<SaveCallResult> {
  requireManager(actor)
  if (input.slug !== undefined && !(await freeSlug(db, input.slug, callId))) return { ok: false, reason: 'slug-taken' }
  return db.transaction(async (tx) => {
    const [call] = await tx
      .update(calls)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(calls.id, callId))
      .returning()
    if (input.criteria !== undefined) await recomputeReviewTotals(tx, call!)
    await recordAudit(tx, {
      action: 'call.updated',
      ...actorLabel(actor),
      subjectType: 'call',
      subjectId: callId,
      details: { fields: Object.keys(input) },
    })
    return { ok: true, call: call! }
  })
}

/** The form's data as a call's columns. */
export function callInputFrom(data: CallFormData): CallInput {
  return {
    slug: data.slug,
    kind: data.kind,
    title: data.title,
    description: data.description,
    guidance: data.guidance,
    eligibleCountries: data.eligibleCountries,
    eligibleOrganisationKinds: data.eligibleOrganisationKinds,
    applicantType: data.applicantType,
    timeZone: data.timeZone,
    opensAt: data.opensAt,
    closesAt: data.closesAt,
    quota: data.quota,
    reviewsPerSubmission: data.reviewsPerSubmission,
    criteria: data.criteria,
    practiceMapping: data.practiceMapping,
    referencePrefix: data.referencePrefix,
    blind: data.blind,
    editAfterSubmit: data.editAfterSubmit,
    sameCountryConflict: data.sameCountryConflict,
  }
}
