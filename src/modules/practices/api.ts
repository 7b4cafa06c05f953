import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES } from '../../platform/i18n/catalogue.js'
import { ORGANISATION_KINDS, POPULATION_BANDS, THEMES } from '../accounts/index.js'
import { EARLIEST_YEAR, LATEST_YEAR, PAGE_SIZE, PRACTICE_SORTS, parsePracticeFilter } from './filter.js'
import { listPracticeMedia } from './media/queries.js'
import { practiceImagePath } from './media/views/practice-media-sections.js'
import { findPractice, type PracticeCardData, searchPractices } from './queries.js'
import { PRACTICE_STATUSES, TRANSFORMATIONS } from './tables.js'

const manyOf = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .openapi({ description: `${description}; repeat the parameter for several (any of them matches)` })

const PracticeSummaryJson = z
  .object({
    slug: z.string().openapi({ example: 'pocket-parks' }),
    title: z.string().openapi({ description: 'In the requested language when translated, else the original' }),
    summary: z.string(),
    language: z.string().openapi({ description: 'The language title and summary are written in', example: 'en' }),
    url: z.url().openapi({ description: 'The practice’s page on this site, in the requested language' }),
    city: z.string(),
    country: z.string().openapi({ description: 'ISO 3166-1 alpha-2', example: 'PL' }),
    themes: z.array(z.enum(THEMES)),
    transformations: z.array(z.enum(TRANSFORMATIONS)),
    status: z.enum(PRACTICE_STATUSES).nullable().openapi({ description: 'null when the source does not say' }),
    startYear: z.number().int().nullable(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .openapi('PracticeSummary')

const PracticeJson = PracticeSummaryJson.extend({
  originalLanguage: z.string().openapi({ description: 'The language the practice was written in' }),
  challenge: z.string(),
  approach: z.string(),
  resources: z.string(),
  results: z.string(),
  transferability: z.string(),
  lessons: z.string(),
  organisation: z.object({ slug: z.string(), name: z.string() }).nullable(),
  programme: z.object({ slug: z.string(), name: z.string() }).nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  images: z
    .array(
      z.object({
        url: z.url(),
        alt: z.string().openapi({ description: 'What the image shows, for people who cannot see it' }),
        altLanguage: z.string().openapi({ description: 'The language the alt text is written in' }),
        credit: z.string().openapi({ description: 'Empty when no credit is needed' }),
      }),
    )
    .openapi({ description: 'In page order' }),
  translations: z.array(z.string()).openapi({ description: 'Languages the practice is translated into' }),
  updatedAt: z.iso.datetime(),
}).openapi('Practice')

const LangQuery = z.object({
  lang: z.enum(LOCALES).default('en').openapi({ description: 'Language of the texts (when translated) and links' }),
})

const ListQuery = LangQuery.extend({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words in any language; "phrases", -excluded', example: 'parks' }),
  country: z
    .union([z.string().regex(/^[A-Za-z]{2}$/), z.array(z.string().regex(/^[A-Za-z]{2}$/))])
    .optional()
    .openapi({ description: 'ISO 3166-1 alpha-2; repeat the parameter for several' }),
  theme: manyOf(THEMES, 'A theme'),
  transformation: manyOf(TRANSFORMATIONS, 'A transformation'),
  status: manyOf(PRACTICE_STATUSES, 'Ongoing or finished'),
  kind: manyOf(ORGANISATION_KINDS, 'The kind of the practice’s organisation'),
  population: manyOf(POPULATION_BANDS, 'The population band of the practice’s city'),
  from: z.coerce.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR).optional().openapi({
    description: 'Started in or after this year; practices without a start year are left out',
    example: 2015,
  }),
  to: z.coerce.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR).optional().openapi({
    description: 'Started in or before this year; practices without a start year are left out',
    example: 2022,
  }),
  selected: z
    .enum(['yes', 'no'])
    .optional()
    .openapi({ description: 'yes: only practices selected in a call; no: only the others' }),
  sort: z
    .enum(PRACTICE_SORTS)
    .optional()
    .openapi({ description: 'Default: relevance (newest first when there is no q)' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

const listRoute = createRoute({
  method: 'get',
  path: '/practices',
  tags: ['Practices'],
  summary: 'Published good practices, searched and filtered as on the site',
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'One page of practices',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(PracticeSummaryJson),
            meta: z.object({
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              pageCount: z.number().int(),
            }),
          }),
        },
      },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/practices/{slug}',
  tags: ['Practices'],
  summary: 'One published good practice',
  request: {
    params: z.object({
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .openapi({ param: { name: 'slug', in: 'path' }, example: 'pocket-parks' }),
    }),
    query: LangQuery,
  },
  responses: {
    200: { description: 'The practice', content: { 'application/json': { schema: z.object({ data: PracticeJson }) } } },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
    404: { description: 'No published practice has this slug', content: { 'application/json': { schema: ApiError } } },
  },
})

function summaryJson(item: PracticeCardData, baseUrl: string, lang: string) {
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    language: item.language,
    url: `${baseUrl}/${lang}/practices/${item.slug}`,
    city: item.city,
    country: item.country,
    themes: item.themes as (typeof THEMES)[number][],
    transformations: item.transformations as (typeof TRANSFORMATIONS)[number][],
    status: item.status,
    startYear: item.startYear,
    publishedAt: item.publishedAt?.toISOString() ?? null,
  }
}

export const practicesApi = createModuleApi()

practicesApi.openapi(listRoute, async (c) => {
  const { lang } = c.req.valid('query')
  // The same reading of the query string as the page, so a page's URL and the API agree.
  const filter = parsePracticeFilter(new URL(c.req.url).searchParams)
  const result = await searchPractices(c.var.db, filter, lang, { facets: false })
  const baseUrl = c.var.config.http.baseUrl
  return c.json(
    {
      data: result.items.map((item) => summaryJson(item, baseUrl, lang)),
      meta: {
        total: result.total,
        page: filter.page,
        pageSize: PAGE_SIZE,
        pageCount: Math.ceil(result.total / PAGE_SIZE),
      },
    },
    200,
  )
})

practicesApi.openapi(getRoute, async (c) => {
  const { slug } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const found = await findPractice(c.var.db, slug, { locale: lang })
  if (found.kind !== 'found') {
    const error = { code: 'not_found', message: 'No published practice with this slug', requestId: c.var.requestId }
    return c.json({ error }, 404)
  }
  const { practice } = found
  const texts = found.translation ?? practice
  const baseUrl = c.var.config.http.baseUrl
  const { images } = await listPracticeMedia(c.var.db, practice.id)
  // Listed field by field: the contact columns must never reach the API.
  return c.json(
    {
      data: {
        ...summaryJson(
          { ...practice, title: texts.title, summary: texts.summary, language: texts.language },
          baseUrl,
          lang,
        ),
        originalLanguage: practice.language,
        challenge: texts.challenge,
        approach: texts.approach,
        resources: practice.resources,
        results: texts.results,
        transferability: texts.transferability,
        lessons: texts.lessons,
        organisation: practice.organisation,
        programme: practice.programme ? { slug: practice.programme.slug, name: practice.programme.name } : null,
        links: practice.links,
        images: images.map((image) => ({
          url: `${baseUrl}/${lang}${practiceImagePath(practice.slug, image.id)}`,
          alt: image.alt,
          altLanguage: image.altLanguage,
          credit: image.credit,
        })),
        translations: practice.translationLanguages,
        updatedAt: practice.updatedAt.toISOString(),
      },
    },
    200,
  )
})
