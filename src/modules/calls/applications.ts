import { and, desc, eq, ne, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { findOrganisationById } from '../accounts/index.js'
import {
  type AnswersInput,
  findPublishedVersion,
  findResponse,
  getVersion,
  type QuestionnaireResponse,
  type QuestionnaireVersion,
  reopenResponse,
  saveDraftResponse,
  submitResponse,
} from '../questionnaires/index.js'
import { type IneligibleReason, ineligibility } from './eligibility.js'
import { canApply } from './policy.js'
import { isAcceptingSubmissions } from './state.js'
import { type Call, type CallApplication, callApplications, calls } from './tables.js'

export type ApplicationRefusal =
  | {
      ok: false
      reason: 'not-open' | 'closed' | 'forbidden' | 'no-form' | 'withdrawn' | 'not-found' | 'not-editable'
    }
  | { ok: false; reason: 'ineligible'; why: IneligibleReason }
  | { ok: false; reason: 'stale' | 'submitted'; response: QuestionnaireResponse }

/** Applications of a person, with their calls, newest first; of one call when `callId` is given. */
export async function listApplicationsOf(db: Db, personId: string, callId?: string) {
  return db
    .select({ application: callApplications, call: calls })
    .from(callApplications)
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(
      and(
        eq(callApplications.personId, personId),
        callId ? eq(callApplications.callId, callId) : undefined,
        ne(callApplications.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(callApplications.createdAt))
}

export async function findApplication(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined
  const [row] = await db
    .select({ application: callApplications, call: calls })
    .from(callApplications)
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(eq(callApplications.id, id))
  return row
}

function auditActor(actor: Actor) {
  return { actorId: actor.id, actorLabel: actor.email }
}

/**
 * Starts (or finds) the actor's application to an open call, for an organisation they may act for
 * or on their own, after checking the call's eligibility rules; the answers start as an empty draft.
 */
export async function startApplication(
  db: Db,
  config: Config,
  actor: Actor,
  call: Call,
  organisationId: string | null,
  now: Date,
): Promise<{ ok: true; application: CallApplication } | ApplicationRefusal> {
  if (!canApply(actor, organisationId)) return { ok: false, reason: 'forbidden' }
  if (!isAcceptingSubmissions(call, now)) return { ok: false, reason: now < call.opensAt ? 'not-open' : 'closed' }
  const organisation = organisationId ? await findOrganisationById(db, organisationId) : null
  if (organisationId && !organisation) return { ok: false, reason: 'forbidden' }
  const why = ineligibility(call, organisation ? { country: organisation.country, kind: organisation.kind } : null)
  if (why) return { ok: false, reason: 'ineligible', why }
  const version = call.questionnaireId ? await findPublishedVersion(db, call.questionnaireId) : undefined
  if (!version) return { ok: false, reason: 'no-form' }
  const existing = (await listApplicationsOf(db, actor.id, call.id)).find(
    ({ application }) => application.organisationId === organisationId,
  )
  if (existing) return { ok: true, application: existing.application }
  const saved = await saveDraftResponse(db, config, {
    version,
    respondent: { personId: actor.id, organisationId },
    parsed: { answers: {}, confirmed: [], uploads: [] },
  })
  if (!saved.ok) return { ok: false, reason: 'no-form' }
  return db.transaction(async (tx) => {
    const [application] = await tx
      .insert(callApplications)
      .values({
        callId: call.id,
        responseId: saved.response.id,
        personId: actor.id,
        organisationId,
        country: organisation?.country ?? null,
      })
      .returning()
    await recordAudit(tx, {
      action: 'call_application.started',
      ...auditActor(actor),
      subjectType: 'call_application',
      subjectId: application!.id,
      organisationId,
      details: { callId: call.id },
    })
    return { ok: true as const, application: application! }
  })
}

/** The application's response and the version it answers; undefined when either is gone. */
export async function loadAnswers(db: Db, application: CallApplication) {
  const response = await findResponse(db, application.responseId)
  if (!response) return undefined
  const version = await getVersion(db, response.versionId)
  return { response, version }
}

/** Saves the draft's answers; refused after the deadline (the page keeps the text) or from a stale page. */
export async function saveApplication(
  db: Db,
  config: Config,
  actor: Actor,
  input: {
    call: Call
    application: CallApplication
    version: QuestionnaireVersion
    revision: number
    parsed: AnswersInput
  },
  now: Date,
): Promise<{ ok: true; response: QuestionnaireResponse } | ApplicationRefusal> {
  const { call, application } = input
  if (application.personId !== actor.id) return { ok: false, reason: 'forbidden' }
  if (application.status === 'withdrawn') return { ok: false, reason: 'withdrawn' }
  // A submitted application changes only once reopened (calls that allow it): never by a save.
  if (application.status === 'submitted') return { ok: false, reason: 'not-editable' }
  if (!isAcceptingSubmissions(call, now)) return { ok: false, reason: 'closed' }
  const saved = await saveDraftResponse(db, config, {
    version: input.version,
    respondent: { personId: actor.id, organisationId: application.organisationId },
    responseId: application.responseId,
    revision: input.revision,
    parsed: input.parsed,
  })
  if (saved.ok) return saved
  if (saved.reason === 'not-found') return { ok: false, reason: 'not-found' }
  return { ok: false, reason: saved.reason, response: saved.response }
}

export type SubmitApplicationResult =
  | { ok: true; application: CallApplication; alreadySubmitted: boolean }
  | { ok: false; reason: 'invalid'; errors: { field: string; message: string }[] }
  | ApplicationRefusal

/**
 * Submits the stored draft: refused at or after the deadline (to the second, by the server's
 * clock), checked as a whole, given a reference number under the call's row lock (a reopened
 * application keeps its own). Submitting twice returns the first submission.
 */
export async function submitApplication(
  db: Db,
  config: Config,
  actor: Actor,
  input: { applicationId: string; revision?: number; t: Translate },
  now: Date,
): Promise<SubmitApplicationResult> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(callApplications)
      .where(eq(callApplications.id, input.applicationId))
      .for('update')
    if (!application || application.personId !== actor.id) return { ok: false as const, reason: 'not-found' as const }
    if (application.status === 'submitted') return { ok: true as const, application, alreadySubmitted: true }
    if (application.status === 'withdrawn') return { ok: false as const, reason: 'withdrawn' as const }
    const [call] = await tx.select().from(calls).where(eq(calls.id, application.callId)).for('update')
    if (!call || !isAcceptingSubmissions(call, now)) return { ok: false as const, reason: 'closed' as const }
    const response = await findResponse(tx, application.responseId)
    if (!response) return { ok: false as const, reason: 'not-found' as const }
    const version = await getVersion(tx, response.versionId)
    const submitted = await submitResponse(tx, config, {
      version,
      respondent: { personId: actor.id, organisationId: application.organisationId },
      t: input.t,
      responseId: response.id,
      revision: input.revision,
    })
    if (!submitted.ok) {
      if (submitted.reason === 'invalid')
        return { ok: false as const, reason: 'invalid' as const, errors: submitted.errors }
      if (submitted.reason === 'not-found') return { ok: false as const, reason: 'not-found' as const }
      return { ok: false as const, reason: submitted.reason, response: submitted.response }
    }
    const resubmitted = application.reference !== null
    let reference = application.reference
    if (reference === null) {
      const number = call.lastReference + 1
      await tx.update(calls).set({ lastReference: number }).where(eq(calls.id, call.id))
      reference = `${call.referencePrefix}-${call.closesAt.getUTCFullYear()}-${String(number).padStart(4, '0')}`
    }
    const [updated] = await tx
      .update(callApplications)
      .set({ status: 'submitted', reference, submittedAt: now, updatedAt: sql`now()` })
      .where(eq(callApplications.id, application.id))
      .returning()
    await recordAudit(tx, {
      action: 'call_application.submitted',
      ...auditActor(actor),
      subjectType: 'call_application',
      subjectId: application.id,
      organisationId: application.organisationId,
      details: { callId: call.id, reference, resubmitted },
    })
    return { ok: true as const, application: updated!, alreadySubmitted: false }
  })
}

/** Withdraws an application before the deadline; after it, the evaluation has its submissions. */
export async function withdrawApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  now: Date,
): Promise<{ ok: true } | ApplicationRefusal> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ application: callApplications, call: calls })
      .from(callApplications)
      .innerJoin(calls, eq(calls.id, callApplications.callId))
      .where(eq(callApplications.id, applicationId))
      .for('update')
    if (!row || row.application.personId !== actor.id) return { ok: false as const, reason: 'not-found' as const }
    if (row.application.status === 'withdrawn') return { ok: true as const }
    if (!isAcceptingSubmissions(row.call, now)) return { ok: false as const, reason: 'closed' as const }
    await tx
      .update(callApplications)
      .set({ status: 'withdrawn', withdrawnAt: now, updatedAt: sql`now()` })
      .where(eq(callApplications.id, applicationId))
    await recordAudit(tx, {
      action: 'call_application.withdrawn',
      ...auditActor(actor),
      subjectType: 'call_application',
      subjectId: applicationId,
      organisationId: row.application.organisationId,
      details: { callId: row.call.id },
    })
    return { ok: true as const }
  })
}

/** Whether the applicant may reopen this submitted application now: the call allows it, before the deadline. */
export function canReopen(call: Call, application: CallApplication, now: Date): boolean {
  return (
    call.editAfterSubmit &&
    application.status === 'submitted' &&
    application.decision === null &&
    call.evaluationStartedAt === null &&
    isAcceptingSubmissions(call, now)
  )
}

/**
 * Reopens a submitted application as a draft on calls that allow changes after submitting, until
 * the deadline (to the second). It keeps its reference; it counts again only once submitted again,
 * which checks every answer anew and sends a new receipt.
 */
export async function reopenApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  now: Date,
): Promise<{ ok: true; application: CallApplication } | ApplicationRefusal> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(callApplications)
      .where(eq(callApplications.id, applicationId))
      .for('update')
    if (!application || application.personId !== actor.id) return { ok: false as const, reason: 'not-found' as const }
    if (application.status === 'draft') return { ok: true as const, application }
    if (application.status === 'withdrawn') return { ok: false as const, reason: 'withdrawn' as const }
    // The call's row lock orders this against evaluation starting and against submissions.
    const [call] = await tx.select().from(calls).where(eq(calls.id, application.callId)).for('update')
    if (!call) return { ok: false as const, reason: 'not-found' as const }
    if (!call.editAfterSubmit) return { ok: false as const, reason: 'not-editable' as const }
    if (!canReopen(call, application, now)) return { ok: false as const, reason: 'closed' as const }
    await reopenResponse(tx, application.responseId)
    const [reopened] = await tx
      .update(callApplications)
      .set({ status: 'draft', submittedAt: null, updatedAt: sql`now()` })
      .where(eq(callApplications.id, application.id))
      .returning()
    await recordAudit(tx, {
      action: 'call_application.reopened',
      ...auditActor(actor),
      subjectType: 'call_application',
      subjectId: application.id,
      organisationId: application.organisationId,
      details: { callId: call.id, reference: application.reference },
    })
    return { ok: true as const, application: reopened! }
  })
}
