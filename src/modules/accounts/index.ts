import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { type Catalogue, mergeCatalogues } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { sessionMiddleware } from './session.js'

/**
 * The module's areas, each with its routes (mounted at the locale's root: /en/sign-in,
 * /en/account, /en/organisations/…) and its messages.
 */
const areas: { routes: Hono<AppEnv>; messages: Catalogue<string> }[] = []

const routes = new Hono<AppEnv>()
for (const area of areas) routes.route('/', area.routes)

export const accountsModule: StoaModule = {
  name: 'accounts',
  middleware: sessionMiddleware(),
  pages: { segment: '', routes },
  messages: mergeCatalogues(...areas.map((area) => area.messages)),
}

export { authFor } from './auth-registry.js'
export { type Action, can } from './policy.js'
