import { createRoute, z } from '@hono/zod-openapi'
import { ApiError, createModuleApi } from '../../platform/api/api-app.js'
import { LOCALES } from '../../platform/i18n/catalogue.js'
import { markdownToText } from '../../platform/markdown/markdown.js'
import { parseCallFilter } from './call-filter.js'
import { listCalls } from './queries.js'
import { CALL_STATES, callState } from './state.js'
import { APPLICANT_TYPES, CALL_KINDS } from './tables.js'

const CallJson = z
  .object({
    slug: z.string().openapi({ example: 'call-for-good-practices' }),
    title: z.string(),
    kind: z.enum(CALL_KINDS),
    state: z.enum(CALL_STATES).openapi({ description: 'At the moment of the request' }),
    description: z.string().openapi({ description: 'Plain text of the markdown description' }),
    url: z.url(),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime().openapi({ description: 'Submissions at or after this instant are refused' }),
    timeZone: z.string().openapi({ example: 'Europe/Brussels' }),
    quota: z.number().int().nullable(),
    applicantType: z.enum(APPLICANT_TYPES),
    eligibleCountries: z.array(z.string()).openapi({ description: 'ISO 3166-1 alpha-2; empty: any country' }),
    eligibleOrganisationKinds: z.array(z.string()).openapi({ description: 'Empty: any kind' }),
  })
  .openapi('Call')

const listRoute = createRoute({
  method: 'get',
  path: '/calls',
  tags: ['Calls'],
  summary: 'Calls, filtered by state and kind as on the site',
  request: {
    query: z.object({
      state: z.enum(CALL_STATES).optional(),
      kind: z.enum(CALL_KINDS).optional(),
      lang: z.enum(LOCALES).optional().openapi({ description: 'Language of the page URLs' }),
    }),
  },
  responses: {
    200: {
      description: 'The calls',
      content: { 'application/json': { schema: z.object({ data: z.array(CallJson) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
})

/** GET /api/calls: the JSON twin of /:locale/calls (public facts only, never applications). */
export const callsApi = createModuleApi()

callsApi.openapi(listRoute, async (c) => {
  const { lang } = c.req.valid('query')
  const now = c.var.now()
  const items = await listCalls(c.var.db, parseCallFilter(new URL(c.req.url).searchParams), now)
  const base = `${c.var.config.http.baseUrl}/${lang ?? 'en'}/calls`
  return c.json(
    {
      data: items.map((call) => ({
        slug: call.slug,
        title: call.title,
        kind: call.kind,
        state: callState(call, now),
        description: markdownToText(call.description).trim(),
        url: `${base}/${call.slug}`,
        opensAt: call.opensAt.toISOString(),
        closesAt: call.closesAt.toISOString(),
        timeZone: call.timeZone,
        quota: call.quota,
        applicantType: call.applicantType,
        eligibleCountries: call.eligibleCountries,
        eligibleOrganisationKinds: call.eligibleOrganisationKinds,
      })),
    },
    200,
  )
})
