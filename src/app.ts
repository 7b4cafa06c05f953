import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { trimTrailingSlash } from 'hono/trailing-slash'
import type { Logger } from 'pino'
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import { modules as defaultModules } from './modules/index.js'
import { createApiApp, openApiDocumentConfig } from './platform/api/api-app.js'
import { assetRoutes } from './platform/assets/asset-routes.js'
import { loadAssets } from './platform/assets/assets.js'
import type { AppEnv } from './platform/http/env.js'
import { HttpError } from './platform/http/errors.js'
import { createPageContextFactory } from './platform/http/page-context.js'
import { csrfProtection, securityHeaders } from './platform/http/security.js'
import { registerMessages, translatorFor } from './platform/i18n/catalogue.js'
import { platformMessages } from './platform/i18n/platform-messages.js'
import { createLogger, requestLogging } from './platform/logging.js'
import type { StoaModule } from './platform/module.js'
import { createErrorHandlers } from './platform/pages/error-pages.js'
import { pagesMessages } from './platform/pages/pages-messages.js'
import { platformPages, rootRedirect } from './platform/pages/platform-pages.js'
import { siteFiles } from './platform/pages/site-files.js'
import { uiMessages } from './platform/ui/ui-messages.js'

export interface AppDeps {
  config: Config
  database: Database
  logger?: Logger
  /** The clock; tests pass a fixed one. */
  now?: () => Date
  modules?: StoaModule[]
}

/**
 * Builds the whole app around its dependencies. Middleware runs in the order written here;
 * each module's pages are mounted under every locale, its API under /api.
 */
export async function createApp(deps: AppDeps) {
  const { config, database } = deps
  const modules = deps.modules ?? defaultModules
  const logger = deps.logger ?? createLogger(config)
  const now = deps.now ?? (() => new Date())
  const assets = await loadAssets()

  for (const messages of [platformMessages, uiMessages, pagesMessages]) registerMessages(messages)
  for (const module of modules) if (module.messages) registerMessages(module.messages)

  const pageContext = createPageContextFactory({
    nav: modules.flatMap((module) => (module.nav ? [module.nav] : [])),
    assets,
  })

  const app = new Hono<AppEnv>()
  app.use(requestId())
  app.use(async (c, next) => {
    c.set('config', config)
    c.set('db', database.db)
    c.set('logger', logger)
    c.set('now', now)
    c.set('locale', config.i18n.defaultLocale)
    c.set('t', translatorFor(config.i18n.defaultLocale))
    c.set('actor', null)
    c.set('pageContext', () => pageContext(c))
    await next()
  })
  app.use(requestLogging())
  app.use(securityHeaders(config))
  app.use(compress())
  app.use(trimTrailingSlash())
  app.route('/assets', assetRoutes(assets))
  app.use(csrfProtection())
  for (const module of modules) if (module.middleware) app.use(module.middleware)

  app.get('/healthz', async (c) => {
    try {
      await database.ping()
      return c.json({ status: 'ok', database: database.kind })
    } catch {
      return c.json({ status: 'unavailable', database: database.kind }, 503)
    }
  })
  app.get('/', rootRedirect)
  app.route('/', siteFiles({ modules, assets }))
  const api = createApiApp({
    modules: modules.flatMap((module) => (module.api ? [module.api] : [])),
    limitPerMinute: config.http.apiRateLimitPerMinute,
    baseUrl: config.http.baseUrl,
  })
  app.route('/api', api)

  const localized = new Hono<AppEnv>()
  localized.use(etag())
  localized.route(
    '/',
    platformPages({
      modules,
      pageContext,
      apiDocument: () => api.getOpenAPI31Document(openApiDocumentConfig(config.http.baseUrl)),
    }),
  )
  for (const module of modules) {
    if (module.pages) localized.route(module.pages.segment ? `/${module.pages.segment}` : '/', module.pages.routes)
  }
  for (const locale of ['en', 'fr', 'de'] as const) {
    app.use(`/${locale}/*`, async (c, next) => {
      c.set('locale', locale)
      c.set('t', translatorFor(locale))
      await next()
    })
    app.use(`/${locale}`, async (c, next) => {
      c.set('locale', locale)
      c.set('t', translatorFor(locale))
      await next()
    })
    app.route(`/${locale}`, localized)
  }

  const errors = createErrorHandlers(pageContext)
  app.notFound(errors.notFound)
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 403 && !(error instanceof HttpError)) {
      return errors.render(c, 403, 'csrf')
    }
    if (error instanceof HttpError)
      return errors.render(c, error.status, error.status === 403 ? 'forbidden' : undefined)
    c.var.logger.error({ err: error, requestId: c.var.requestId, path: c.req.path }, 'request failed')
    return errors.render(c, 500)
  })
  return app
}

export type App = Awaited<ReturnType<typeof createApp>>
