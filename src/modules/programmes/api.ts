import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES, type Locale, translatorFor } from '../../platform/i18n/catalogue.js'
import { PROGRAMME_SLUG_PATTERN } from './filter.js'
import { calendarDateIn, programmeStatus } from './programme-period.js'
import { findProgrammeBySlug, listProgrammes, type ProgrammeSummary } from './queries.js'
import { euFundingTexts } from './views/funding-acknowledgement.js'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const ProgrammeSummaryJson = z
  .object({
    slug: z.string().openapi({ example: 'cultural-heritage-in-action' }),
    name: z.string().openapi({ example: 'Cultural heritage in action' }),
    summary: z.string(),
    language: z.string().openapi({ description: 'The language the texts are written in', example: 'en' }),
    url: z.url().openapi({ description: 'The programme’s page on this site, in the requested language' }),
    status: z.enum(['upcoming', 'current', 'past']).openapi({
      description: 'Where the programme stands today; "current" also when no dates are known',
    }),
    startsOn: isoDate.nullable().openapi({ description: 'First day of the period; see datesPrecision' }),
    endsOn: isoDate.nullable(),
    datesPrecision: z.enum(['day', 'month', 'year']).openapi({
      description: 'How much of the dates is known: with "month", only year and month are meaningful',
    }),
    euFunded: z.boolean(),
    partnersCount: z.number().int().min(0),
    updatedAt: z.iso.datetime(),
  })
  .openapi('ProgrammeSummary')

const PartnerJson = z
  .object({
    name: z.string(),
    url: z.url().nullable(),
    logoUrl: z.url().nullable(),
    role: z.enum(['lead', 'partner']).openapi({ description: '"lead" is the coordinator' }),
  })
  .openapi('ProgrammePartner')

const ProgrammeJson = ProgrammeSummaryJson.extend({
  description: z.string().openapi({ description: 'Plain text; paragraphs separated by a blank line' }),
  websiteUrl: z.url().nullable(),
  partners: z.array(PartnerJson),
  funding: z.object({
    euFunded: z.boolean(),
    grantingAuthority: z.string().nullable(),
    note: z.string().nullable(),
    acknowledgement: z.string().nullable().openapi({
      description: 'For EU-funded programmes, the words to show beside the EU emblem, in the requested language',
      example: 'Funded by the European Union',
    }),
    disclaimer: z.string().nullable().openapi({ description: 'For EU-funded programmes, the standard disclaimer' }),
  }),
}).openapi('Programme')

const LangQuery = z.object({
  lang: z
    .enum(LOCALES)
    .default('en')
    .openapi({ description: 'Language of the page links and the funding texts', example: 'fr' }),
})

const listRoute = createRoute({
  method: 'get',
  path: '/programmes',
  tags: ['Programmes'],
  summary: 'Every programme, current and past',
  request: { query: LangQuery },
  responses: {
    200: {
      description: 'The programmes in their editors’ order',
      content: { 'application/json': { schema: z.object({ data: z.array(ProgrammeSummaryJson) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/programmes/{slug}',
  tags: ['Programmes'],
  summary: 'One programme with its partners and funding acknowledgement',
  request: {
    params: z.object({
      slug: z
        .string()
        .regex(PROGRAMME_SLUG_PATTERN)
        .openapi({ param: { name: 'slug', in: 'path' }, example: 'european-heritage-hub' }),
    }),
    query: LangQuery,
  },
  responses: {
    200: {
      description: 'The programme',
      content: { 'application/json': { schema: z.object({ data: ProgrammeJson }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
    404: { description: 'No programme has this slug', content: { 'application/json': { schema: ApiError } } },
  },
})

function summaryJson(programme: ProgrammeSummary, baseUrl: string, lang: Locale, today: string) {
  return {
    slug: programme.slug,
    name: programme.name,
    summary: programme.summary,
    language: programme.language,
    url: `${baseUrl}/${lang}/programmes/${programme.slug}`,
    status: programmeStatus(programme, today),
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    datesPrecision: programme.datesPrecision,
    euFunded: programme.euFunded,
    partnersCount: programme.partnersCount,
    updatedAt: programme.updatedAt.toISOString(),
  }
}

export const programmesApi = createModuleApi()

programmesApi.openapi(listRoute, async (c) => {
  const { lang } = c.req.valid('query')
  const today = calendarDateIn(c.var.config.i18n.defaultTimeZone, c.var.now())
  const programmes = await listProgrammes(c.var.db)
  const baseUrl = c.var.config.http.baseUrl
  return c.json({ data: programmes.map((programme) => summaryJson(programme, baseUrl, lang, today)) }, 200)
})

programmesApi.openapi(getRoute, async (c) => {
  const { slug } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const programme = await findProgrammeBySlug(c.var.db, slug)
  if (!programme) {
    // The ApiError shape written out: apiError() returns every error status, which the typed
    // handler refuses because this route declares only 400 and 404.
    const error = { code: 'not_found', message: 'No programme with this slug', requestId: c.var.requestId }
    return c.json({ error }, 404)
  }
  const baseUrl = c.var.config.http.baseUrl
  const today = calendarDateIn(c.var.config.i18n.defaultTimeZone, c.var.now())
  const texts = programme.euFunded ? euFundingTexts(translatorFor(lang), programme.grantingAuthority) : null
  return c.json(
    {
      data: {
        ...summaryJson(programme, baseUrl, lang, today),
        description: programme.description,
        websiteUrl: programme.websiteUrl,
        partners: programme.partners.map((partner) => ({
          name: partner.name,
          url: partner.url,
          logoUrl: partner.logoPath ? `${baseUrl}${partner.logoPath}` : null,
          role: partner.role,
        })),
        funding: {
          euFunded: programme.euFunded,
          grantingAuthority: programme.grantingAuthority,
          note: programme.fundingNote,
          acknowledgement: texts?.fundedBy ?? null,
          disclaimer: texts?.disclaimer ?? null,
        },
      },
    },
    200,
  )
})
