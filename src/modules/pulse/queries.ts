import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { organisations, users } from '../accounts/tables.js'
import {
  type Answers,
  findResponse,
  listSubmittedResponses,
  type QuestionnaireVersion,
} from '../questionnaires/index.js'
import { pulseExclusions, pulseMonitors, pulseParticipations, pulseSurveys } from './tables.js'

export type Survey = typeof pulseSurveys.$inferSelect
export type Participation = typeof pulseParticipations.$inferSelect

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function findSurveyBySlug(db: Db, slug: string): Promise<Survey | undefined> {
  const [survey] = await db.select().from(pulseSurveys).where(eq(pulseSurveys.slug, slug))
  return survey
}

export async function getSurveyBySlug(db: Db, slug: string): Promise<Survey> {
  const survey = await findSurveyBySlug(db, slug)
  if (!survey) throw new NotFoundError('survey')
  return survey
}

export async function findSurveyById(db: Db, id: string): Promise<Survey | undefined> {
  if (!UUID.test(id)) return undefined
  const [survey] = await db.select().from(pulseSurveys).where(eq(pulseSurveys.id, id))
  return survey
}

/** Every survey, newest year first: for editors. */
export async function listAllSurveys(db: Db): Promise<Survey[]> {
  return db.select().from(pulseSurveys).orderBy(desc(pulseSurveys.year), desc(pulseSurveys.opensAt))
}

/** Published surveys, newest first; of one year when given. */
export async function listPublishedSurveys(db: Db, year?: number): Promise<Survey[]> {
  return db
    .select()
    .from(pulseSurveys)
    .where(and(isNotNull(pulseSurveys.publishedAt), year === undefined ? undefined : eq(pulseSurveys.year, year)))
    .orderBy(desc(pulseSurveys.year), desc(pulseSurveys.publishedAt))
}

/** Surveys taking answers now (the audience is checked per organisation). */
export async function listOpenSurveys(db: Db, now: Date): Promise<Survey[]> {
  return db
    .select()
    .from(pulseSurveys)
    .where(
      and(
        sql`${pulseSurveys.closedAt} is null`,
        sql`${pulseSurveys.publishedAt} is null`,
        sql`${pulseSurveys.opensAt} <= ${now.toISOString()}`,
        sql`${pulseSurveys.closesAt} > ${now.toISOString()}`,
      ),
    )
    .orderBy(pulseSurveys.closesAt)
}

export async function findParticipation(
  db: Db,
  surveyId: string,
  organisationId: string,
): Promise<Participation | undefined> {
  const [row] = await db
    .select()
    .from(pulseParticipations)
    .where(and(eq(pulseParticipations.surveyId, surveyId), eq(pulseParticipations.organisationId, organisationId)))
  return row
}

/** An organisation as the results see it. */
export interface Place {
  organisationId: string
  slug: string
  name: string
  city: string | null
  country: string
  kind: string
  populationBand: string | null
}

export const placeColumns = {
  organisationId: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  city: organisations.city,
  country: organisations.country,
  kind: organisations.kind,
  populationBand: organisations.populationBand,
}

export async function findPlace(db: Db, organisationId: string): Promise<Place | undefined> {
  if (!UUID.test(organisationId)) return undefined
  const [row] = await db.select(placeColumns).from(organisations).where(eq(organisations.id, organisationId))
  return row
}

/** One submitted response with its organisation, consent and version: the raw material of results. */
export interface SubmittedAnswer extends Place {
  consentToName: boolean
  answers: Answers
  version: QuestionnaireVersion
}

/** Every submitted response of a survey, with its organisation; values excluded by editors removed. */
export async function listSubmittedAnswers(db: Db, survey: Survey): Promise<SubmittedAnswer[]> {
  const [submitted, participations, exclusions] = await Promise.all([
    listSubmittedResponses(db, survey.questionnaireId),
    db
      .select({
        ...placeColumns,
        responseId: pulseParticipations.responseId,
        consentToName: pulseParticipations.consentToName,
      })
      .from(pulseParticipations)
      .innerJoin(organisations, eq(organisations.id, pulseParticipations.organisationId))
      .where(eq(pulseParticipations.surveyId, survey.id)),
    listExclusions(db, survey.id),
  ])
  const byResponse = new Map(participations.map((row) => [row.responseId, row]))
  const result: SubmittedAnswer[] = []
  for (const { response, version } of submitted) {
    const participation = byResponse.get(response.id)
    if (!participation) continue
    const answers = { ...response.answers }
    for (const exclusion of exclusions)
      if (exclusion.organisationId === participation.organisationId) delete answers[exclusion.questionId]
    const { responseId: _, ...place } = participation
    result.push({ ...place, answers, version })
  }
  return result
}

export async function listExclusions(db: Db, surveyId: string) {
  return db.select().from(pulseExclusions).where(eq(pulseExclusions.surveyId, surveyId))
}

/** For the editors' dashboard: every participation, its organisation, who answered and where it stands. */
export async function listParticipations(db: Db, surveyId: string) {
  const rows = await db
    .select({
      ...placeColumns,
      responseId: pulseParticipations.responseId,
      consentToName: pulseParticipations.consentToName,
      answeredBy: users.name,
      reopenNote: pulseParticipations.reopenNote,
    })
    .from(pulseParticipations)
    .innerJoin(organisations, eq(organisations.id, pulseParticipations.organisationId))
    .leftJoin(users, eq(users.id, pulseParticipations.answeredBy))
    .where(eq(pulseParticipations.surveyId, surveyId))
    .orderBy(organisations.name)
  const statuses = await Promise.all(rows.map((row) => findResponse(db, row.responseId)))
  return rows.map((row, index) => ({ ...row, status: statuses[index]?.status ?? 'draft' }))
}

/** The organisations a survey asks (verified or not), for the response rate, with their members' e-mails. */
export async function listAudience(db: Db, survey: Survey) {
  return db
    .select(placeColumns)
    .from(organisations)
    .where(
      and(
        sql`${organisations.mergedIntoId} is null`,
        survey.audienceKinds.length > 0 ? inArray(organisations.kind, survey.audienceKinds as never[]) : undefined,
        survey.audienceCountries.length > 0 ? inArray(organisations.country, survey.audienceCountries) : undefined,
      ),
    )
}

export async function findMonitor(db: Db, year: number) {
  const [row] = await db.select().from(pulseMonitors).where(eq(pulseMonitors.year, year))
  return row
}

/** Years with published surveys, newest first. */
export async function listMonitorYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: pulseSurveys.year })
    .from(pulseSurveys)
    .where(isNotNull(pulseSurveys.publishedAt))
    .orderBy(desc(pulseSurveys.year))
  return rows.map((row) => row.year)
}

/** Published surveys whose title or description holds the words. */
export async function searchSurveys(db: Db, query: string, limit: number) {
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  const rows = await db
    .select({ slug: pulseSurveys.slug, title: pulseSurveys.title, description: pulseSurveys.description })
    .from(pulseSurveys)
    .where(
      and(
        isNotNull(pulseSurveys.publishedAt),
        sql`(${pulseSurveys.title} ilike ${pattern} or ${pulseSurveys.description} ilike ${pattern})`,
      ),
    )
    .orderBy(desc(pulseSurveys.year))
  return { total: rows.length, hits: rows.slice(0, limit) }
}

export async function personName(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId))
  return row?.name ?? null
}
