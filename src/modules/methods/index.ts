import type { StoaModule } from '../../platform/module.js'
import { methodsApi } from './api.js'
import { methodsDemo } from './demo.js'
import { methodsMessages } from './messages.js'
import { listMethodSlugs } from './queries.js'
import { methodRoutes } from './routes.js'
import { methodSearch } from './search.js'

export const methodsModule: StoaModule = {
  name: 'methods',
  messages: methodsMessages,
  pages: { segment: 'methods', routes: methodRoutes },
  api: methodsApi,
  nav: { labelKey: 'methods.nav', path: '/methods', order: 40 },
  async sitemap(db) {
    const methods = await listMethodSlugs(db)
    return [
      { path: '/methods' },
      ...methods.map((method) => ({ path: `/methods/${method.slug}`, lastModified: method.updatedAt })),
    ]
  },
  search: methodSearch,
  demo: methodsDemo,
  openData: [{ labelKey: 'methods.openData.list', href: (locale) => `/api/methods?lang=${locale}`, format: 'JSON' }],
}
