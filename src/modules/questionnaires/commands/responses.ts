import { and, eq, sql } from 'drizzle-orm'
import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import type { FormError } from '../../../platform/forms/form-state.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { fileStorageFor } from '../../../platform/storage/index.js'
import { checkAnswers, keepShownAnswers } from '../check-answers.js'
import type { ParsedAnswers } from '../parse-answers.js'
import type { QuestionnaireResponse, QuestionnaireVersion } from '../queries.js'
import { type Answers, allQuestions, type FileAnswer } from '../question-types.js'
import { questionnaireResponses, questionnaires } from '../tables.js'

/** Who answers: a person, and the organisation they answer for when they answer for one. */
export interface Respondent {
  personId: string
  organisationId?: string | null
}

/** What a save or a submission takes from parseAnswers (a stored draft needs none of it). */
export type AnswersInput = Pick<ParsedAnswers, 'answers' | 'confirmed' | 'uploads'>

export type Refusal =
  /** Saved meanwhile from another window: the page shows the person's text again and says so. */
  | { ok: false; reason: 'stale'; response: QuestionnaireResponse }
  | { ok: false; reason: 'submitted'; response: QuestionnaireResponse }
  | { ok: false; reason: 'not-found' }

export type SaveDraftResult = { ok: true; response: QuestionnaireResponse } | Refusal

async function withStoredFiles(config: Config, input: AnswersInput): Promise<Answers> {
  const answers: Answers = { ...input.answers }
  for (const upload of input.uploads) {
    const storageKey = await fileStorageFor(config).put('questionnaire-answers', upload.bytes, upload.type)
    const file: FileAnswer = { storageKey, fileName: upload.fileName, type: upload.type, size: upload.bytes.byteLength }
    answers[upload.questionId] = file
  }
  return answers
}

// Answering takes a shared lock on the questionnaire: an editor changing a published version that
// nobody has answered yet (in place) holds it exclusively, so a first answer never lands mid-edit.
async function lockForAnswering(db: Db, questionnaireId: string) {
  await db
    .select({ id: questionnaires.id })
    .from(questionnaires)
    .where(eq(questionnaires.id, questionnaireId))
    .for('share')
}

/**
 * Saves answers as a draft: what was given, without required checks. A new draft answers `version`;
 * an existing one (`responseId`) must name the revision the page was showing, and is refused as
 * stale when it was saved since, so two tabs never overwrite each other silently.
 */
export async function saveDraftResponse(
  db: Db,
  config: Config,
  input: {
    version: QuestionnaireVersion
    respondent: Respondent
    responseId?: string
    revision?: number
    parsed: AnswersInput
  },
): Promise<SaveDraftResult> {
  const answers = keepShownAnswers(input.version.content, await withStoredFiles(config, input.parsed))
  const confirmed = input.parsed.confirmed.filter((id) => id in answers)
  if (!input.responseId) {
    return db.transaction(async (tx) => {
      await lockForAnswering(tx, input.version.questionnaireId)
      const [response] = await tx
        .insert(questionnaireResponses)
        .values({
          questionnaireId: input.version.questionnaireId,
          versionId: input.version.id,
          respondentPersonId: input.respondent.personId,
          respondentOrganisationId: input.respondent.organisationId ?? null,
          answers,
          confirmed,
        })
        .returning()
      return { ok: true, response: response! }
    })
  }
  const [saved] = await db
    .update(questionnaireResponses)
    .set({ answers, confirmed, revision: sql`${questionnaireResponses.revision} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(questionnaireResponses.id, input.responseId),
        eq(questionnaireResponses.versionId, input.version.id),
        eq(questionnaireResponses.status, 'draft'),
        eq(questionnaireResponses.revision, input.revision ?? -1),
      ),
    )
    .returning()
  if (saved) return { ok: true, response: saved }
  return refusalFor(db, input.responseId)
}

async function refusalFor(db: Db, responseId: string): Promise<Refusal> {
  const [current] = await db.select().from(questionnaireResponses).where(eq(questionnaireResponses.id, responseId))
  if (!current) return { ok: false, reason: 'not-found' }
  if (current.status === 'submitted') return { ok: false, reason: 'submitted', response: current }
  return { ok: false, reason: 'stale', response: current }
}

export type SubmitResult =
  /** `alreadySubmitted`: the same submission arrived again (a double click): nothing changed. */
  | { ok: true; response: QuestionnaireResponse; alreadySubmitted: boolean }
  | { ok: false; reason: 'invalid'; errors: FormError[]; warnings: FormError[] }
  | Refusal

/**
 * Submits a response: the answers posted (`parsed`) or, without them, the stored draft's, checked
 * as a whole against the version they answer (every problem at once). Idempotent: submitting a
 * submitted response, or the same `submissionKey` twice, returns the first submission unchanged.
 */
export async function submitResponse(
  db: Db,
  config: Config,
  input: {
    version: QuestionnaireVersion
    respondent: Respondent
    t: Translate
    responseId?: string
    revision?: number
    /** A one-time key the form carried, for a response submitted without a saved draft. */
    submissionKey?: string
    parsed?: AnswersInput & Partial<Pick<ParsedAnswers, 'errors' | 'warnings'>>
  },
): Promise<SubmitResult> {
  const { version } = input
  let existing: QuestionnaireResponse | undefined
  if (input.responseId) {
    ;[existing] = await db.select().from(questionnaireResponses).where(eq(questionnaireResponses.id, input.responseId))
    if (!existing || existing.versionId !== version.id) return { ok: false, reason: 'not-found' }
    if (existing.status === 'submitted') return { ok: true, response: existing, alreadySubmitted: true }
    if (input.revision !== undefined && existing.revision !== input.revision)
      return { ok: false, reason: 'stale', response: existing }
  } else if (input.submissionKey) {
    const [earlier] = await db
      .select()
      .from(questionnaireResponses)
      .where(
        and(
          eq(questionnaireResponses.questionnaireId, version.questionnaireId),
          eq(questionnaireResponses.submissionKey, input.submissionKey),
        ),
      )
    if (earlier) return { ok: true, response: earlier, alreadySubmitted: true }
  }

  const formErrors = input.parsed?.errors ?? []
  const formWarnings = input.parsed?.warnings ?? []
  const rawAnswers = input.parsed ? { ...input.parsed.answers } : (existing?.answers ?? {})
  const confirmed = input.parsed?.confirmed ?? existing?.confirmed ?? []
  // Checked before any file is stored: a refused submission leaves nothing behind.
  const checked = checkAnswers(version.content, withPendingFiles(rawAnswers, input.parsed), confirmed, input.t)
  const errors = mergeErrors(version, formErrors, checked.errors)
  const warnings = mergeErrors(version, formWarnings, checked.warnings).filter(
    (warning) => !errors.some((error) => error.field === warning.field),
  )
  if (errors.length > 0 || warnings.length > 0) return { ok: false, reason: 'invalid', errors, warnings }

  const answers = keepShownAnswers(
    version.content,
    input.parsed ? await withStoredFiles(config, input.parsed) : rawAnswers,
  )
  const values = {
    answers,
    confirmed: confirmed.filter((id) => id in answers),
    status: 'submitted' as const,
    submittedAt: sql`now()`,
    updatedAt: sql`now()`,
  }

  if (existing) {
    const [submitted] = await db
      .update(questionnaireResponses)
      .set({ ...values, revision: sql`${questionnaireResponses.revision} + 1` })
      .where(
        and(
          eq(questionnaireResponses.id, existing.id),
          eq(questionnaireResponses.status, 'draft'),
          eq(questionnaireResponses.revision, existing.revision),
        ),
      )
      .returning()
    if (submitted) return { ok: true, response: submitted, alreadySubmitted: false }
    const refusal = await refusalFor(db, existing.id)
    // Submitted meanwhile by the same click arriving twice: the first submission stands.
    if (refusal.ok === false && refusal.reason === 'submitted')
      return { ok: true, response: refusal.response, alreadySubmitted: true }
    return refusal
  }

  return db.transaction(async (tx) => {
    await lockForAnswering(tx, version.questionnaireId)
    const [inserted] = await tx
      .insert(questionnaireResponses)
      .values({
        questionnaireId: version.questionnaireId,
        versionId: version.id,
        respondentPersonId: input.respondent.personId,
        respondentOrganisationId: input.respondent.organisationId ?? null,
        submissionKey: input.submissionKey ?? null,
        ...values,
      })
      .onConflictDoNothing()
      .returning()
    if (inserted) return { ok: true, response: inserted, alreadySubmitted: false }
    const [earlier] = await tx
      .select()
      .from(questionnaireResponses)
      .where(
        and(
          eq(questionnaireResponses.questionnaireId, version.questionnaireId),
          eq(questionnaireResponses.submissionKey, input.submissionKey ?? ''),
        ),
      )
    return { ok: true, response: earlier!, alreadySubmitted: true }
  })
}

// A file sent with this submission counts as an answer before it is stored.
function withPendingFiles(answers: Answers, parsed: AnswersInput | undefined): Answers {
  const merged = { ...answers }
  for (const upload of parsed?.uploads ?? [])
    merged[upload.questionId] = {
      storageKey: '',
      fileName: upload.fileName,
      type: upload.type,
      size: upload.bytes.byteLength,
    }
  return merged
}

/** One message per question, in the order the questions are asked. */
function mergeErrors(version: QuestionnaireVersion, first: FormError[], second: FormError[]): FormError[] {
  const merged = [...first]
  for (const error of second) if (!merged.some((existing) => existing.field === error.field)) merged.push(error)
  const order = allQuestions(version.content).map((question) => question.id)
  return merged.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
}

/**
 * Opens a submitted response again as a draft, for its respondent to correct (an owner's editor
 * decides when; the owner keeps the note). Its answers stay; the revision moves on.
 */
export async function reopenResponse(db: Db, responseId: string): Promise<QuestionnaireResponse | undefined> {
  const [reopened] = await db
    .update(questionnaireResponses)
    .set({
      status: 'draft',
      submittedAt: null,
      revision: sql`${questionnaireResponses.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(questionnaireResponses.id, responseId), eq(questionnaireResponses.status, 'submitted')))
    .returning()
  return reopened
}
