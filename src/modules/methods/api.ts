import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES, type Locale } from '../../platform/i18n/catalogue.js'
import { ACTIVITY_KINDS } from '../activities/index.js'
import { parseMethodFilter } from './filter.js'
import { countResources, findMethodBySlug, listMethods, type Method, type ResourceCounts } from './queries.js'
import { METHOD_EFFORTS, METHOD_FORMATS } from './tables.js'

const MethodSummaryJson = z
  .object({
    slug: z.string().openapi({ example: 'peer-learning-visit' }),
    name: z.string().openapi({ example: 'Peer-learning visit' }),
    summary: z.string(),
    language: z.string().openapi({ description: 'The language the texts are written in', example: 'en' }),
    url: z.url().openapi({ description: 'The method’s page on this site, in the requested language' }),
    effort: z.enum(METHOD_EFFORTS),
    duration: z.string(),
    groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
    format: z.enum(METHOD_FORMATS),
    activityKinds: z.array(z.enum(ACTIVITY_KINDS)),
    memberResources: z
      .object({ templates: z.number().int(), examples: z.number().int(), contacts: z.number().int() })
      .openapi({ description: 'How many resources members find on the page; the resources themselves are never here' }),
    updatedAt: z.iso.datetime(),
  })
  .openapi('MethodSummary')

const MethodJson = MethodSummaryJson.extend({
  whatItIs: z.string().openapi({ description: 'Plain text; paragraphs separated by a blank line' }),
  whenToUse: z.string(),
  steps: z.array(z.string()).openapi({ description: 'How to run it, in order' }),
  outcomes: z.string(),
  pitfalls: z.string(),
}).openapi('Method')

const LangQuery = z.object({
  lang: z.enum(LOCALES).default('en').openapi({ description: 'Language of the page links' }),
})

const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .openapi({ description: 'Repeat the parameter for several (any of them matches)' })

const listRoute = createRoute({
  method: 'get',
  path: '/methods',
  tags: ['Methods'],
  summary: 'The knowledge-sharing methods, by name',
  request: {
    query: LangQuery.extend({
      q: z.string().max(200).optional().openapi({ description: 'Words the method’s texts contain', example: 'visit' }),
      format: manyOf(METHOD_FORMATS),
      effort: manyOf(METHOD_EFFORTS),
      group: z.coerce.number().int().min(1).max(10_000).optional().openapi({
        description: 'Only methods that work for a group of this many people',
        example: 12,
      }),
    }),
  },
  responses: {
    200: {
      description: 'The methods',
      content: { 'application/json': { schema: z.object({ data: z.array(MethodSummaryJson) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/methods/{slug}',
  tags: ['Methods'],
  summary: 'One method: what it is, when to use it, its steps, outcomes and pitfalls',
  request: {
    params: z.object({
      slug: z
        .string()
        .max(80)
        .openapi({ param: { name: 'slug', in: 'path' }, example: 'peer-learning-visit' }),
    }),
    query: LangQuery,
  },
  responses: {
    200: { description: 'The method', content: { 'application/json': { schema: z.object({ data: MethodJson }) } } },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
    404: { description: 'No method has this slug', content: { 'application/json': { schema: ApiError } } },
  },
})

function summaryJson(method: Method, counts: ResourceCounts | undefined, baseUrl: string, lang: Locale) {
  return {
    slug: method.slug,
    name: method.name,
    summary: method.summary,
    language: method.language,
    url: `${baseUrl}/${lang}/methods/${method.slug}`,
    effort: method.effort,
    duration: method.duration,
    groupSize: { min: method.groupMin, max: method.groupMax },
    format: method.format,
    activityKinds: method.activityKinds.filter((kind): kind is (typeof ACTIVITY_KINDS)[number] =>
      (ACTIVITY_KINDS as readonly string[]).includes(kind),
    ),
    memberResources: {
      templates: counts?.template ?? 0,
      examples: counts?.example ?? 0,
      contacts: counts?.contact ?? 0,
    },
    updatedAt: method.updatedAt.toISOString(),
  }
}

export const methodsApi = createModuleApi()

methodsApi.openapi(listRoute, async (c) => {
  const { lang } = c.req.valid('query')
  const filter = parseMethodFilter(new URL(c.req.url).searchParams)
  const methods = await listMethods(c.var.db, filter)
  const counts = await countResources(
    c.var.db,
    methods.map((method) => method.id),
  )
  const baseUrl = c.var.config.http.baseUrl
  return c.json({ data: methods.map((method) => summaryJson(method, counts.get(method.id), baseUrl, lang)) }, 200)
})

methodsApi.openapi(getRoute, async (c) => {
  const { slug } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const method = await findMethodBySlug(c.var.db, slug)
  if (!method) {
    const error = { code: 'not_found', message: 'No method with this slug', requestId: c.var.requestId }
    return c.json({ error }, 404)
  }
  const counts = await countResources(c.var.db, [method.id])
  return c.json(
    {
      data: {
        ...summaryJson(method, counts.get(method.id), c.var.config.http.baseUrl, lang),
        whatItIs: method.whatItIs,
        whenToUse: method.whenToUse,
        steps: method.steps,
        outcomes: method.outcomes,
        pitfalls: method.pitfalls,
      },
    },
    200,
  )
})
