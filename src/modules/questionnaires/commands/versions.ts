import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { can } from '../../accounts/index.js'
import type { ContentProblem, EditOutcome } from '../content-edits.js'
import type { Questionnaire, QuestionnaireVersion } from '../queries.js'
import { allQuestions, VersionContent } from '../question-types.js'
import { questionnaireResponses, questionnaires, questionnaireVersions } from '../tables.js'

function requireEditor(actor: Actor | null) {
  if (!can(actor, 'content.edit')) throw new ForbiddenError('questionnaires are edited by editors')
}

/**
 * Creates a questionnaire attached to another module's thing, with an empty draft version 1.
 * Owners call it without an actor (the call's or activity's own rules already allowed it); the
 * editors' pages pass theirs.
 */
export async function createQuestionnaire(
  db: Db,
  input: { ownerModule: string; ownerId: string; title: string; content?: VersionContent },
  actor?: Actor | null,
): Promise<{ questionnaire: Questionnaire; version: QuestionnaireVersion }> {
  if (actor !== undefined) requireEditor(actor)
  const content = VersionContent.parse(input.content ?? { sections: [] })
  return db.transaction(async (tx) => {
    const [questionnaire] = await tx
      .insert(questionnaires)
      .values({ ownerModule: input.ownerModule, ownerId: input.ownerId, title: input.title.trim() })
      .returning()
    const [version] = await tx
      .insert(questionnaireVersions)
      .values({ questionnaireId: questionnaire!.id, number: 1, status: 'draft', content })
      .returning()
    return { questionnaire: questionnaire!, version: version! }
  })
}

export async function renameQuestionnaire(db: Db, actor: Actor | null, questionnaireId: string, title: string) {
  requireEditor(actor)
  await db
    .update(questionnaires)
    .set({ title: title.trim(), updatedAt: sql`now()` })
    .where(eq(questionnaires.id, questionnaireId))
}

export type ChangeResult =
  | { ok: true; version: QuestionnaireVersion; startedNewVersion: boolean }
  | { ok: false; problem: ContentProblem }

/**
 * Applies an edit to the version editors work on: the draft if there is one; else the published
 * version while nobody has answered it; else a new draft copied from it, so that every response
 * stays readable against the questions it answered. One edit at a time per questionnaire.
 */
export async function changeQuestionnaire(
  db: Db,
  actor: Actor | null,
  questionnaireId: string,
  edit: (content: VersionContent) => EditOutcome,
): Promise<ChangeResult> {
  requireEditor(actor)
  return db.transaction(async (tx) => {
    const [questionnaire] = await tx
      .select({ id: questionnaires.id })
      .from(questionnaires)
      .where(eq(questionnaires.id, questionnaireId))
      .for('update')
    if (!questionnaire) throw new NotFoundError('questionnaire')
    const [latest] = await tx
      .select()
      .from(questionnaireVersions)
      .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
      .orderBy(desc(questionnaireVersions.number))
      .limit(1)
    if (!latest) throw new NotFoundError('questionnaire version')
    const outcome = edit(latest.content)
    if (!outcome.ok) return outcome
    const content = VersionContent.parse(outcome.content)

    let version: QuestionnaireVersion
    let startedNewVersion = false
    const [answered] = await tx
      .select({ id: questionnaireResponses.id })
      .from(questionnaireResponses)
      .where(eq(questionnaireResponses.versionId, latest.id))
      .limit(1)
    if (latest.status === 'draft' || !answered) {
      ;[version] = (await tx
        .update(questionnaireVersions)
        .set({ content, updatedAt: sql`now()` })
        .where(eq(questionnaireVersions.id, latest.id))
        .returning()) as [QuestionnaireVersion]
    } else {
      ;[version] = (await tx
        .insert(questionnaireVersions)
        .values({ questionnaireId, number: latest.number + 1, status: 'draft', content })
        .returning()) as [QuestionnaireVersion]
      startedNewVersion = true
    }
    await tx.update(questionnaires).set({ updatedAt: sql`now()` }).where(eq(questionnaires.id, questionnaireId))
    return { ok: true, version, startedNewVersion }
  })
}

export type PublishResult = { ok: true; version: QuestionnaireVersion } | { ok: false; problem: 'empty' | 'published' }

/**
 * Makes the draft the version respondents answer; the version it replaces is retired and keeps
 * its responses. Responses already started stay on the version they began with.
 */
export async function publishQuestionnaire(
  db: Db,
  actor: Actor | null,
  questionnaireId: string,
): Promise<PublishResult> {
  requireEditor(actor)
  return db.transaction(async (tx) => {
    const [questionnaire] = await tx
      .select({ id: questionnaires.id })
      .from(questionnaires)
      .where(eq(questionnaires.id, questionnaireId))
      .for('update')
    if (!questionnaire) throw new NotFoundError('questionnaire')
    const [draft] = await tx
      .select()
      .from(questionnaireVersions)
      .where(and(eq(questionnaireVersions.questionnaireId, questionnaireId), eq(questionnaireVersions.status, 'draft')))
    if (!draft) return { ok: false, problem: 'published' }
    if (allQuestions(draft.content).length === 0) return { ok: false, problem: 'empty' }
    await tx
      .update(questionnaireVersions)
      .set({ status: 'retired', updatedAt: sql`now()` })
      .where(
        and(eq(questionnaireVersions.questionnaireId, questionnaireId), eq(questionnaireVersions.status, 'published')),
      )
    const [published] = await tx
      .update(questionnaireVersions)
      .set({ status: 'published', publishedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(questionnaireVersions.id, draft.id))
      .returning()
    await tx
      .update(questionnaires)
      .set({ currentVersionId: draft.id, updatedAt: sql`now()` })
      .where(eq(questionnaires.id, questionnaireId))
    return { ok: true, version: published! }
  })
}
