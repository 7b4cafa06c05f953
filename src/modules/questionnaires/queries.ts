import { and, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { questionnaireResponses, questionnaires, questionnaireVersions } from './tables.js'

export type Questionnaire = typeof questionnaires.$inferSelect
export type QuestionnaireVersion = typeof questionnaireVersions.$inferSelect
export type QuestionnaireResponse = typeof questionnaireResponses.$inferSelect

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)

export async function findQuestionnaire(db: Db, id: string): Promise<Questionnaire | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id))
  return row
}

export async function getQuestionnaire(db: Db, id: string): Promise<Questionnaire> {
  const questionnaire = await findQuestionnaire(db, id)
  if (!questionnaire) throw new NotFoundError('questionnaire')
  return questionnaire
}

/** The questionnaires attached to one thing of another module, oldest first. */
export async function listQuestionnairesOfOwner(
  db: Db,
  owner: { ownerModule: string; ownerId: string },
): Promise<Questionnaire[]> {
  return db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.ownerModule, owner.ownerModule), eq(questionnaires.ownerId, owner.ownerId)))
    .orderBy(questionnaires.createdAt)
}

export async function findVersion(db: Db, versionId: string): Promise<QuestionnaireVersion | undefined> {
  if (!isUuid(versionId)) return undefined
  const [row] = await db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, versionId))
  return row
}

export async function getVersion(db: Db, versionId: string): Promise<QuestionnaireVersion> {
  const version = await findVersion(db, versionId)
  if (!version) throw new NotFoundError('questionnaire version')
  return version
}

/** The version respondents answer now; undefined before the first publication. */
export async function findPublishedVersion(db: Db, questionnaireId: string): Promise<QuestionnaireVersion | undefined> {
  if (!isUuid(questionnaireId)) return undefined
  const [row] = await db
    .select()
    .from(questionnaireVersions)
    .where(
      and(eq(questionnaireVersions.questionnaireId, questionnaireId), eq(questionnaireVersions.status, 'published')),
    )
  return row
}

/** The newest version: the draft being edited, or the published one when there is no draft. */
export async function getLatestVersion(db: Db, questionnaireId: string): Promise<QuestionnaireVersion> {
  const [row] = await db
    .select()
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
    .orderBy(desc(questionnaireVersions.number))
    .limit(1)
  if (!row) throw new NotFoundError('questionnaire version')
  return row
}

export async function listVersions(db: Db, questionnaireId: string): Promise<QuestionnaireVersion[]> {
  return db
    .select()
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
    .orderBy(questionnaireVersions.number)
}

/** Responses given against a version, drafts included: any of them freezes the version. */
export async function countResponsesToVersion(db: Db, versionId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(questionnaireResponses)
    .where(eq(questionnaireResponses.versionId, versionId))
  return row?.total ?? 0
}

export async function findResponse(db: Db, responseId: string): Promise<QuestionnaireResponse | undefined> {
  if (!isUuid(responseId)) return undefined
  const [row] = await db.select().from(questionnaireResponses).where(eq(questionnaireResponses.id, responseId))
  return row
}

/** Submitted responses, each with the version it answered, in the order they were submitted. */
export async function listSubmittedResponses(
  db: Db,
  questionnaireId: string,
): Promise<{ response: QuestionnaireResponse; version: QuestionnaireVersion }[]> {
  const responses = await db
    .select()
    .from(questionnaireResponses)
    .where(
      and(eq(questionnaireResponses.questionnaireId, questionnaireId), eq(questionnaireResponses.status, 'submitted')),
    )
    .orderBy(questionnaireResponses.submittedAt, questionnaireResponses.id)
  const versionIds = [...new Set(responses.map((response) => response.versionId))]
  const versions =
    versionIds.length > 0
      ? await db.select().from(questionnaireVersions).where(inArray(questionnaireVersions.id, versionIds))
      : []
  const byId = new Map(versions.map((version) => [version.id, version]))
  return responses.map((response) => ({ response, version: byId.get(response.versionId)! }))
}

export interface QuestionnaireListItem {
  id: string
  title: string
  ownerModule: string
  ownerId: string
  latestNumber: number
  latestStatus: QuestionnaireVersion['status']
  submitted: number
  updatedAt: Date
}

/** Every questionnaire for the editors' list, newest change first. */
export async function listQuestionnaires(db: Db): Promise<QuestionnaireListItem[]> {
  // The outer table is named in full: Drizzle writes a column in sql`` unqualified, which inside
  // these subqueries would mean the version's or response's own id.
  const rows = await db
    .select({
      id: questionnaires.id,
      title: questionnaires.title,
      ownerModule: questionnaires.ownerModule,
      ownerId: questionnaires.ownerId,
      updatedAt: questionnaires.updatedAt,
      latestNumber: sql<number>`(select max(v.number) from questionnaire_versions v where v.questionnaire_id = "questionnaires"."id")`,
      latestStatus: sql<
        QuestionnaireVersion['status']
      >`(select v.status from questionnaire_versions v where v.questionnaire_id = "questionnaires"."id" order by v.number desc limit 1)`,
      submitted: sql<number>`(select count(*) from questionnaire_responses r where r.questionnaire_id = "questionnaires"."id" and r.status = 'submitted')`,
    })
    .from(questionnaires)
    .orderBy(desc(questionnaires.updatedAt))
  return rows.map((row) => ({ ...row, latestNumber: Number(row.latestNumber), submitted: Number(row.submitted) }))
}
