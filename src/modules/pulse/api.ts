import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { findPublishedVersion } from '../questionnaires/index.js'
import { surveyJson } from './open-data.js'
import { findSurveyBySlug, listPublishedSurveys, listSubmittedAnswers, type Survey } from './queries.js'
import { PULSE_LICENCES } from './tables.js'

const SurveySummaryJson = z
  .object({
    slug: z.string().openapi({ example: 'pulse-2026-culture-budgets' }),
    title: z.string(),
    year: z.number().int(),
    sampleData: z.boolean().openapi({ description: 'true: made-up figures for the demonstration' }),
    licence: z.enum(PULSE_LICENCES),
    url: z.url().openapi({ description: 'The results page' }),
    csv: z.url().openapi({ description: 'One row per organisation that consented to publication under its name' }),
    json: z.url(),
    dictionary: z.url().openapi({ description: 'Data dictionary (CSV): column, question, type, unit, scale' }),
    publishedAt: z.iso.datetime(),
  })
  .openapi('PulseSurveySummary')

const listRoute = createRoute({
  method: 'get',
  path: '/pulse/surveys',
  tags: ['Pulse'],
  summary: 'Published member surveys, with their open data',
  responses: {
    200: {
      description: 'Every published survey, newest first',
      content: { 'application/json': { schema: z.object({ data: z.array(SurveySummaryJson) }) } },
    },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/pulse/surveys/{slug}',
  tags: ['Pulse'],
  summary:
    'One published survey’s results: named values (with consent only), aggregates (five organisations or more) and data dictionary',
  request: {
    params: z.object({
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .openapi({ param: { name: 'slug', in: 'path' }, example: 'pulse-2026-culture-budgets' }),
    }),
  },
  responses: {
    200: {
      description: 'The survey’s open data',
      content: { 'application/json': { schema: z.object({ data: z.record(z.string(), z.unknown()) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
    404: { description: 'No published survey has this slug', content: { 'application/json': { schema: ApiError } } },
  },
})

function summary(survey: Survey, baseUrl: string) {
  const page = `${baseUrl}/en/pulse/${survey.slug}`
  return {
    slug: survey.slug,
    title: survey.title,
    year: survey.year,
    sampleData: survey.isSample,
    licence: survey.licence,
    url: page,
    csv: `${page}/data.csv`,
    json: `${page}/data.json`,
    dictionary: `${page}/dictionary.csv`,
    publishedAt: (survey.publishedAt ?? survey.updatedAt).toISOString(),
  }
}

export const pulseApi = createModuleApi()

pulseApi.openapi(listRoute, async (c) => {
  const surveys = await listPublishedSurveys(c.var.db)
  return c.json({ data: surveys.map((survey) => summary(survey, c.var.config.http.baseUrl)) }, 200)
})

pulseApi.openapi(getRoute, async (c) => {
  const survey = await findSurveyBySlug(c.var.db, c.req.valid('param').slug)
  if (!survey?.publishedAt) {
    const error = { code: 'not_found', message: 'No published survey has this slug', requestId: c.var.requestId }
    return c.json({ error }, 404)
  }
  const rows = await listSubmittedAnswers(c.var.db, survey)
  const current = await findPublishedVersion(c.var.db, survey.questionnaireId)
  const url = `${c.var.config.http.baseUrl}/en/pulse/${survey.slug}`
  return c.json({ data: surveyJson(survey, rows, { current, url }) as Record<string, unknown> }, 200)
})
