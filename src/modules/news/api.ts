import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES, type Locale } from '../../platform/i18n/catalogue.js'
import { findNewsBySlug, isPublic, listPublishedNews, type NewsItem, PAGE_SIZE } from './queries.js'
import { NEWS_KINDS } from './tables.js'

const NewsSummaryJson = z
  .object({
    slug: z.string().openapi({ example: 'cultural-tourism-in-post-covid-cities' }),
    kind: z.enum(NEWS_KINDS),
    title: z.string(),
    lead: z.string(),
    language: z.string().openapi({ description: 'The language the texts are written in', example: 'en' }),
    url: z.url().openapi({ description: 'The page on this site, in the requested language' }),
    imageUrl: z.url().nullable(),
    imageAlt: z.string().openapi({ description: 'What the picture shows; empty without a picture' }),
    themes: z.array(z.string()),
    publishedAt: z.iso.datetime(),
  })
  .openapi('NewsSummary')

const NewsJson = NewsSummaryJson.extend({
  body: z.string().openapi({ description: 'Markdown' }),
  related: z.array(z.object({ label: z.string(), url: z.url() })),
}).openapi('News')

const LangQuery = z.object({ lang: z.enum(LOCALES).default('en').openapi({ description: 'Language of the links' }) })

const listRoute = createRoute({
  method: 'get',
  path: '/news',
  tags: ['News'],
  summary: 'Published stories and announcements, newest first',
  request: {
    query: LangQuery.extend({ page: z.coerce.number().int().min(1).max(10_000).default(1) }),
  },
  responses: {
    200: {
      description: 'One page of news',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(NewsSummaryJson),
            meta: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
          }),
        },
      },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/news/{slug}',
  tags: ['News'],
  summary: 'One published story or announcement with its text',
  request: {
    params: z.object({
      slug: z
        .string()
        .max(80)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
    query: LangQuery,
  },
  responses: {
    200: { description: 'The news', content: { 'application/json': { schema: z.object({ data: NewsJson }) } } },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
    404: { description: 'No published news has this slug', content: { 'application/json': { schema: ApiError } } },
  },
})

function summaryJson(item: NewsItem, baseUrl: string, lang: Locale) {
  const url = `${baseUrl}/${lang}/news/${item.slug}`
  return {
    slug: item.slug,
    kind: item.kind,
    title: item.title,
    lead: item.lead,
    language: item.language,
    url,
    imageUrl: item.imageKey ? `${url}/image` : null,
    imageAlt: item.imageKey ? item.imageAlt : '',
    themes: item.themes,
    publishedAt: (item.publishedAt ?? item.createdAt).toISOString(),
  }
}

export const newsApi = createModuleApi()

newsApi.openapi(listRoute, async (c) => {
  const { lang, page } = c.req.valid('query')
  const { total, items } = await listPublishedNews(c.var.db, c.var.now(), page)
  const baseUrl = c.var.config.http.baseUrl
  return c.json(
    { data: items.map((item) => summaryJson(item, baseUrl, lang)), meta: { total, page, pageSize: PAGE_SIZE } },
    200,
  )
})

newsApi.openapi(getRoute, async (c) => {
  const { slug } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const item = await findNewsBySlug(c.var.db, slug)
  if (!item || !isPublic(item, c.var.now())) {
    const error = { code: 'not_found', message: 'No published news with this slug', requestId: c.var.requestId }
    return c.json({ error }, 404)
  }
  const baseUrl = c.var.config.http.baseUrl
  return c.json(
    {
      data: {
        ...summaryJson(item, baseUrl, lang),
        body: item.body,
        related: item.related.map((link) => ({ label: link.label, url: `${baseUrl}/${lang}${link.path}` })),
      },
    },
    200,
  )
})
