import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES } from '../../platform/i18n/catalogue.js'
import { markdownToText } from '../../platform/markdown/markdown.js'
import { THEMES } from '../accounts/index.js'
import { LIBRARY_SORTS, PAGE_SIZE, parseLibraryFilter } from './filter.js'
import { FACETS, searchLibrary } from './queries.js'
import { LIBRARY_KINDS, LICENCES } from './tables.js'

const manyOf = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .openapi({ description: `${description}; repeat the parameter for several (any of them matches)` })

const ItemJson = z
  .object({
    slug: z.string(),
    kind: z.enum(LIBRARY_KINDS),
    title: z.string(),
    description: z.string().openapi({ description: 'Plain text of the markdown description' }),
    authors: z.string(),
    organisation: z.string(),
    language: z.string().openapi({ example: 'en' }),
    themes: z.array(z.enum(THEMES)),
    year: z.number().int().nullable(),
    licence: z.enum(LICENCES),
    url: z.url().openapi({ description: 'The item’s page on this site' }),
    link: z.string().nullable().openapi({ description: 'The external link (a MOOC, a video), if any' }),
    file: z
      .object({ url: z.url(), type: z.string(), bytes: z.number().int() })
      .nullable()
      .openapi({ description: 'The downloadable file, if any (byte ranges supported)' }),
    publishedAt: z.iso.datetime().nullable(),
  })
  .openapi('LibraryItem')

const ListQuery = z.object({
  lang: z.enum(LOCALES).default('en').openapi({ description: 'Language of the links' }),
  q: z.string().max(200).optional().openapi({ description: 'Words; "phrases", -excluded', example: 'heritage' }),
  kind: manyOf(LIBRARY_KINDS, 'A kind of item'),
  theme: manyOf(THEMES, 'A theme'),
  language: z
    .union([z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().regex(/^[a-z]{2,3}$/))])
    .optional()
    .openapi({ description: 'The item’s language (BCP 47); repeat for several' }),
  year: z.union([z.string().regex(/^\d{4}$/), z.array(z.string().regex(/^\d{4}$/))]).optional(),
  licence: manyOf(LICENCES, 'A licence'),
  sort: z.enum(LIBRARY_SORTS).optional().openapi({ description: 'Default: relevance with q, else newest' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

const FacetJson = z.array(z.object({ value: z.string(), count: z.number().int() }))

const listRoute = createRoute({
  method: 'get',
  path: '/library',
  tags: ['Library'],
  summary: 'Published library items, searched and filtered as on the site, with facet counts',
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'One page of items',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ItemJson),
            meta: z.object({
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              pageCount: z.number().int(),
              facets: z.object(
                Object.fromEntries(FACETS.map((facet) => [facet, FacetJson])) as Record<
                  (typeof FACETS)[number],
                  typeof FacetJson
                >,
              ),
            }),
          }),
        },
      },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

export const libraryApi = createModuleApi()

libraryApi.openapi(listRoute, async (c) => {
  const { lang } = c.req.valid('query')
  const filter = parseLibraryFilter(new URL(c.req.url).searchParams)
  const result = await searchLibrary(c.var.db, filter)
  const base = `${c.var.config.http.baseUrl}/${lang}/library`
  return c.json(
    {
      data: result.items.map((item) => ({
        slug: item.slug,
        kind: item.kind,
        title: item.title,
        description: markdownToText(item.description).trim(),
        authors: item.authors,
        organisation: item.organisation,
        language: item.language,
        themes: item.themes as (typeof THEMES)[number][],
        year: item.year,
        licence: item.licence,
        url: `${base}/${item.slug}`,
        link: item.url,
        file:
          item.fileType && item.fileSize !== null
            ? { url: `${base}/${item.slug}/file`, type: item.fileType, bytes: item.fileSize }
            : null,
        publishedAt: item.publishedAt?.toISOString() ?? null,
      })),
      meta: {
        total: result.total,
        page: filter.page,
        pageSize: PAGE_SIZE,
        pageCount: Math.ceil(result.total / PAGE_SIZE),
        facets: result.facets!,
      },
    },
    200,
  )
})
