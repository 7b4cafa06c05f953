import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { allQuestions } from './question-types.js'
import { questionnaireResponses, questionnaires, questionnaireVersions } from './tables.js'

/**
 * A person's responses for their data download: each with its questionnaire's title, and every
 * answer under the wording of the question it answered (their own words, nobody else's).
 */
export async function exportResponsesOf(db: Db, personId: string) {
  const rows = await db
    .select({ response: questionnaireResponses, title: questionnaires.title, version: questionnaireVersions })
    .from(questionnaireResponses)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireResponses.questionnaireId))
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, questionnaireResponses.versionId))
    .where(eq(questionnaireResponses.respondentPersonId, personId))
    .orderBy(questionnaireResponses.createdAt)
  return rows.map(({ response, title, version }) => ({
    questionnaire: title,
    version: version.number,
    status: response.status,
    startedAt: response.createdAt.toISOString(),
    submittedAt: response.submittedAt?.toISOString() ?? null,
    answers: allQuestions(version.content)
      .filter((question) => response.answers[question.id] !== undefined)
      .map((question) => ({ question: question.label, answer: response.answers[question.id] })),
  }))
}

/**
 * On account deletion, drafts go (nobody else ever saw them); submitted responses stay under the
 * person's id, since the call, activity or survey they answered must keep what it decided on.
 */
export async function eraseDraftResponsesOf(db: Db, personId: string): Promise<void> {
  const drafts = await db
    .select({ id: questionnaireResponses.id })
    .from(questionnaireResponses)
    .where(and(eq(questionnaireResponses.respondentPersonId, personId), eq(questionnaireResponses.status, 'draft')))
  if (drafts.length === 0) return
  await db.delete(questionnaireResponses).where(
    inArray(
      questionnaireResponses.id,
      drafts.map((draft) => draft.id),
    ),
  )
}
