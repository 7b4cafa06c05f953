import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { cors } from 'hono/cors'
import { rateLimiter } from 'hono-rate-limiter'
import { clientIp } from '../http/client-ip.js'
import type { AppEnv } from '../http/env.js'

/** The one shape of every API error, documented in the OpenAPI document. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'No programme with this slug' }),
      requestId: z.string(),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .openapi({ description: 'For code "invalid_request": each rejected parameter and why.' }),
    }),
  })
  .openapi('ApiError')

export type ApiErrorCode = 'invalid_request' | 'not_found' | 'forbidden' | 'rate_limited' | 'internal_error'

export function apiError(
  c: Context<AppEnv>,
  status: 400 | 403 | 404 | 405 | 429 | 500,
  code: ApiErrorCode,
  message: string,
  issues?: { path: string; message: string }[],
) {
  return c.json({ error: { code, message, requestId: c.var.requestId, ...(issues ? { issues } : {}) } }, status)
}

/** A module's API: an OpenAPIHono whose invalid requests answer with the ApiError shape. */
export function createModuleApi() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
        return apiError(c, 400, 'invalid_request', 'The request has invalid parameters', issues)
      }
    },
  })
}

/** The document's header, shared by /api/openapi.json and the readable API page (which renders it in-process). */
export function openApiDocumentConfig(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stoa public API',
      version: '1',
      description:
        'Public data of the programmes run on this Stoa: read-only, JSON, CORS-enabled. Member-only data is never returned.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${baseUrl}/api` }],
  }
}

/**
 * The /api frame: CORS for reads (public data is meant to be reused), a per-address rate limit,
 * JSON errors, and the OpenAPI 3.1 document generated from the modules' Zod schemas.
 */
export function createApiApp(options: { modules: OpenAPIHono<AppEnv>[]; limitPerMinute: number; baseUrl: string }) {
  const api = createModuleApi()
  api.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }))
  api.use(
    '*',
    rateLimiter<AppEnv>({
      windowMs: 60_000,
      limit: options.limitPerMinute,
      standardHeaders: 'draft-7',
      keyGenerator: (c) => clientIp(c),
      handler: (c) => apiError(c, 429, 'rate_limited', 'Too many requests: wait a minute and try again'),
    }),
  )
  for (const moduleApi of options.modules) api.route('/', moduleApi)

  api.doc31('/openapi.json', (c) => openApiDocumentConfig(c.var.config.http.baseUrl))
  api.openAPIRegistry.register('ApiError', ApiError)
  // Listed so that the document describes every path the API answers, itself included.
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags: ['API description'],
    summary: 'This OpenAPI 3.1 document',
    responses: { 200: { description: 'The OpenAPI 3.1 description of this API, as JSON' } },
  })

  api.notFound((c) => apiError(c, 404, 'not_found', 'No such API endpoint; see /api/openapi.json'))
  return api
}
