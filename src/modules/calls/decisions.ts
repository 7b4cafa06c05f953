import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { findMailRecipient } from '../accounts/index.js'
import { createDraftPracticeSelectedInCall, type PracticeFromCall } from '../practices/index.js'
import { findResponse } from '../questionnaires/index.js'
import { carryOutSelection } from './after-decision.js'
import { ForbiddenCallError } from './commands.js'
import { notSelectedMail, reserveMail, selectedMail } from './mail.js'
import { applicationUrl } from './notify.js'
import { canManageCalls } from './policy.js'
import { type Call, type CallApplication, callApplications, calls, type Decision } from './tables.js'

function requireManager(actor: Actor | null): asserts actor is Actor {
  if (!canManageCalls(actor)) throw new ForbiddenCallError()
}

export type DecideResult = { ok: true } | { ok: false; reason: 'quota' | 'not-found' | 'released' }

/**
 * Records the panel's decision on a submitted application. Selections never exceed the quota: they
 * are counted under the call's row lock, so two editors selecting at once cannot both take the last place.
 */
export async function decideApplication(
  db: Db,
  actor: Actor | null,
  input: { applicationId: string; decision: Decision; reason: string },
): Promise<DecideResult> {
  requireManager(actor)
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ callId: callApplications.callId })
      .from(callApplications)
      .where(eq(callApplications.id, input.applicationId))
    if (!found) return { ok: false as const, reason: 'not-found' as const }
    // The call's row lock first, then the application as it is now: selections queue here.
    const [call] = await tx.select().from(calls).where(eq(calls.id, found.callId)).for('update')
    const [application] = await tx.select().from(callApplications).where(eq(callApplications.id, input.applicationId))
    if (!call || application?.status !== 'submitted') return { ok: false as const, reason: 'not-found' as const }
    if (application.outcomeSentAt) return { ok: false as const, reason: 'released' as const }
    if (input.decision === 'selected' && call.quota !== null && application.decision !== 'selected') {
      const [row] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(callApplications)
        .where(and(eq(callApplications.callId, call.id), eq(callApplications.decision, 'selected')))
      if ((row?.count ?? 0) >= call.quota) return { ok: false as const, reason: 'quota' as const }
    }
    await tx
      .update(callApplications)
      .set({ decision: input.decision, decisionReason: input.reason, updatedAt: sql`now()` })
      .where(eq(callApplications.id, application.id))
    await recordAudit(tx, {
      action: 'call_application.decided',
      actorId: actor.id,
      actorLabel: actor.email,
      subjectType: 'call_application',
      subjectId: application.id,
      organisationId: application.organisationId,
      details: { decision: input.decision, reason: input.reason },
    })
    return { ok: true as const }
  })
}

const TEMPLATES = { selected: selectedMail, reserve: reserveMail, 'not-selected': notSelectedMail }

/** The practice a selected good-practice application becomes, through the call's mapping. */
async function practiceFrom(db: Db, call: Call, application: CallApplication): Promise<PracticeFromCall | null> {
  const response = await findResponse(db, application.responseId)
  if (!response) return null
  const fields: Record<string, string> = {}
  for (const [questionId, field] of Object.entries(call.practiceMapping)) {
    const answer = response.answers[questionId]
    if (typeof answer === 'string') fields[field] = answer
  }
  return {
    callId: call.id,
    callTitle: call.title,
    callUrl: `/calls/${call.slug}`,
    organisationId: application.organisationId,
    country: application.country ?? 'XX',
    title: fields.title ?? application.reference ?? call.title,
    city: fields.city ?? '',
    summary: fields.summary ?? '',
    challenge: fields.challenge,
    approach: fields.approach,
    resources: fields.resources,
    results: fields.results,
    transferability: fields.transferability,
    lessons: fields.lessons,
  }
}

/**
 * Releases the outcomes: each decided application's applicant gets the templated e-mail in their
 * language (once), selected good practices become draft practices, and the call is decided.
 */
export async function releaseOutcomes(db: Db, config: Config, actor: Actor | null, call: Call, now: Date) {
  requireManager(actor)
  const decided = await db
    .select()
    .from(callApplications)
    .where(
      and(
        eq(callApplications.callId, call.id),
        eq(callApplications.status, 'submitted'),
        isNotNull(callApplications.decision),
        isNull(callApplications.outcomeSentAt),
      ),
    )
  let sent = 0
  for (const application of decided) {
    await db.transaction(async (tx) => {
      let practiceId = application.practiceId
      if (call.kind === 'good-practices' && application.decision === 'selected' && !practiceId) {
        const practice = await practiceFrom(tx, call, application)
        if (practice) practiceId = (await createDraftPracticeSelectedInCall(tx, practice)).id
      }
      const recipient = await findMailRecipient(tx, application.personId)
      await carryOutSelection(tx, config, actor, {
        call,
        application,
        recipient: recipient ? { ...recipient, locale: isLocale(recipient.locale) ? recipient.locale : 'en' } : null,
        now,
      })
      if (recipient && application.decision) {
        const locale = isLocale(recipient.locale) ? recipient.locale : 'en'
        await queueTemplatedMail(tx, {
          to: recipient.email,
          locale,
          template: TEMPLATES[application.decision],
          data: {
            name: recipient.name,
            title: call.title,
            reference: application.reference ?? '',
            reason: application.decisionReason,
            pageUrl: applicationUrl(config, locale, application.id),
          },
        })
        sent += 1
      }
      await tx
        .update(callApplications)
        .set({ outcomeSentAt: now, practiceId, updatedAt: sql`now()` })
        .where(eq(callApplications.id, application.id))
    })
  }
  await db.transaction(async (tx) => {
    await tx
      .update(calls)
      .set({ decidedAt: now, evaluationStartedAt: call.evaluationStartedAt ?? now })
      .where(eq(calls.id, call.id))
    await recordAudit(tx, {
      action: 'call.outcomes_released',
      actorId: actor.id,
      actorLabel: actor.email,
      subjectType: 'call',
      subjectId: call.id,
      details: { sent },
    })
  })
  return sent
}
