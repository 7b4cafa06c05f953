import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import {
  type AnswersInput,
  createQuestionnaire,
  findPublishedVersion,
  findResponse,
  type ParsedAnswers,
  reopenResponse,
  saveDraftResponse,
  submitResponse,
  type VersionContent,
} from '../questionnaires/index.js'
import { canAnswerFor, canEditSurveys, isOpen } from './policy.js'
import { findParticipation, type Place, type Survey } from './queries.js'
import { type PulseLicence, pulseExclusions, pulseMonitors, pulseParticipations, pulseSurveys } from './tables.js'

function requireEditor(actor: Actor | null) {
  if (!canEditSurveys(actor)) throw new ForbiddenError('surveys are run by editors')
}

export interface SurveyInput {
  slug: string
  title: string
  year: number
  description: string
  audienceKinds: string[]
  audienceCountries: string[]
  opensAt: Date
  closesAt: Date
  timeZone: string
  licence: PulseLicence
  textAnswersPublic: boolean
  isSample?: boolean
}

/** A new survey edition with its (empty, or given) questionnaire, edited in the questionnaire pages. */
export async function createSurvey(
  db: Db,
  actor: Actor | null,
  input: SurveyInput,
  content?: VersionContent,
): Promise<Survey> {
  requireEditor(actor)
  const id = randomUUID()
  const { questionnaire } = await createQuestionnaire(db, {
    ownerModule: 'pulse',
    ownerId: id,
    title: input.title,
    content,
  })
  const [survey] = await db
    .insert(pulseSurveys)
    .values({ id, ...input, isSample: input.isSample ?? false, questionnaireId: questionnaire.id })
    .returning()
  return survey!
}

/** Changes an edition's settings; its address (slug) and its questionnaire stay as they are. */
export async function updateSurveySettings(
  db: Db,
  actor: Actor | null,
  survey: Survey,
  input: Omit<SurveyInput, 'slug' | 'isSample'>,
): Promise<Survey> {
  requireEditor(actor)
  const [updated] = await db
    .update(pulseSurveys)
    .set({
      title: input.title,
      year: input.year,
      description: input.description,
      audienceKinds: input.audienceKinds,
      audienceCountries: input.audienceCountries,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      timeZone: input.timeZone,
      licence: input.licence,
      textAnswersPublic: input.textAnswersPublic,
    })
    .where(eq(pulseSurveys.id, survey.id))
    .returning()
  return updated!
}

export type AnswerResult =
  | { ok: true; submitted: boolean }
  | { ok: false; reason: 'closed' | 'not-published' | 'stale' | 'submitted' }
  | { ok: false; reason: 'invalid'; errors: ParsedAnswers['errors']; warnings: ParsedAnswers['warnings'] }

/** Open for this organisation: the survey is open, or an editor reopened its response before publication. */
async function mayAnswer(db: Db, actor: Actor | null, survey: Survey, organisation: Place, now: Date) {
  if (canAnswerFor(actor, survey, { id: organisation.organisationId, ...organisation }, now)) return true
  if (survey.publishedAt !== null) return false
  const participation = await findParticipation(db, survey.id, organisation.organisationId)
  if (!participation?.reopenedAt) return false
  const response = await findResponse(db, participation.responseId)
  return (
    response?.status === 'draft' &&
    canAnswerFor(
      actor,
      { ...survey, closedAt: null, closesAt: new Date(now.getTime() + 1) },
      {
        id: organisation.organisationId,
        ...organisation,
      },
      now,
    )
  )
}

/**
 * Saves (or submits) the organisation's one response, answered by a member. The deadline is
 * checked here, on the server; the first save of an organisation takes a lock so that two members
 * starting at once share one response.
 */
export async function answerSurvey(
  db: Db,
  config: Config,
  actor: Actor | null,
  input: {
    survey: Survey
    organisation: Place
    parsed: AnswersInput & Pick<ParsedAnswers, 'errors' | 'warnings'>
    consentToName: boolean
    revision?: number
    submit: boolean
    t: Translate
    now: Date
  },
): Promise<AnswerResult> {
  const { survey, organisation } = input
  if (!actor || !(await mayAnswer(db, actor, survey, organisation, input.now))) return { ok: false, reason: 'closed' }
  const version = await findPublishedVersion(db, survey.questionnaireId)
  if (!version) return { ok: false, reason: 'not-published' }
  const respondent = { personId: actor.id, organisationId: organisation.organisationId }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`pulse:${survey.id}:${organisation.organisationId}`}))`,
    )
    const participation = await findParticipation(tx, survey.id, organisation.organisationId)
    const responseId = participation?.responseId
    const result = input.submit
      ? await submitResponse(tx, config, {
          version,
          respondent,
          t: input.t,
          responseId,
          revision: input.revision,
          parsed: input.parsed,
        })
      : await saveDraftResponse(tx, config, {
          version,
          respondent,
          responseId,
          revision: input.revision,
          parsed: input.parsed,
        })
    if (!result.ok) {
      if (result.reason === 'invalid')
        return { ok: false, reason: 'invalid', errors: result.errors, warnings: result.warnings }
      if (result.reason === 'not-found') return { ok: false, reason: 'stale' }
      return { ok: false, reason: result.reason }
    }
    if (participation) {
      await tx
        .update(pulseParticipations)
        .set({ consentToName: input.consentToName, answeredBy: actor.id })
        .where(
          and(
            eq(pulseParticipations.surveyId, survey.id),
            eq(pulseParticipations.organisationId, organisation.organisationId),
          ),
        )
    } else {
      await tx.insert(pulseParticipations).values({
        surveyId: survey.id,
        organisationId: organisation.organisationId,
        responseId: result.response.id,
        answeredBy: actor.id,
        consentToName: input.consentToName,
      })
    }
    return { ok: true, submitted: result.response.status === 'submitted' }
  })
}

/** An editor opens a submitted response again for its organisation to correct, saying why. */
export async function reopenForCorrection(
  db: Db,
  actor: Actor | null,
  survey: Survey,
  organisationId: string,
  note: string,
): Promise<boolean> {
  requireEditor(actor)
  if (survey.publishedAt !== null) return false
  const participation = await findParticipation(db, survey.id, organisationId)
  if (!participation) return false
  const reopened = await reopenResponse(db, participation.responseId)
  if (!reopened) return false
  await db
    .update(pulseParticipations)
    .set({ reopenNote: note, reopenedAt: sql`now()` })
    .where(and(eq(pulseParticipations.surveyId, survey.id), eq(pulseParticipations.organisationId, organisationId)))
  return true
}

/** Closes the survey now: no more answers (a reopened response can still be corrected). */
export async function closeSurvey(db: Db, actor: Actor | null, survey: Survey, now: Date) {
  requireEditor(actor)
  await db
    .update(pulseSurveys)
    .set({ closedAt: now, updatedAt: sql`now()` })
    .where(and(eq(pulseSurveys.id, survey.id), sql`${pulseSurveys.closedAt} is null`))
}

/** Publishes the results; a survey still open is closed at the same moment. */
export async function publishSurvey(db: Db, actor: Actor | null, survey: Survey, now: Date) {
  requireEditor(actor)
  await db
    .update(pulseSurveys)
    .set({
      publishedAt: now,
      closedAt: isOpen(survey, now) || survey.closedAt === null ? now : survey.closedAt,
      updatedAt: sql`now()`,
    })
    .where(eq(pulseSurveys.id, survey.id))
}

/** Leaves one organisation's value of one question out of the results, with the editor's note. */
export async function excludeValue(
  db: Db,
  actor: Actor | null,
  input: { surveyId: string; organisationId: string; questionId: string; note: string },
) {
  requireEditor(actor)
  await db
    .insert(pulseExclusions)
    .values({ ...input, excludedBy: actor!.id })
    .onConflictDoUpdate({
      target: [pulseExclusions.surveyId, pulseExclusions.organisationId, pulseExclusions.questionId],
      set: { note: input.note },
    })
}

export async function includeValue(
  db: Db,
  actor: Actor | null,
  input: { surveyId: string; organisationId: string; questionId: string },
) {
  requireEditor(actor)
  await db
    .delete(pulseExclusions)
    .where(
      and(
        eq(pulseExclusions.surveyId, input.surveyId),
        eq(pulseExclusions.organisationId, input.organisationId),
        eq(pulseExclusions.questionId, input.questionId),
      ),
    )
}

export async function saveMonitor(db: Db, actor: Actor | null, year: number, analysis: string) {
  requireEditor(actor)
  await db
    .insert(pulseMonitors)
    .values({ year, analysis })
    .onConflictDoUpdate({ target: pulseMonitors.year, set: { analysis, updatedAt: sql`now()` } })
}
