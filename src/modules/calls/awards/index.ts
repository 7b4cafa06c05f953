import type { StoaModule } from '../../../platform/module.js'
import { listAwardEditionSlugs } from './awards.js'
import { awardMessages } from './messages.js'
import { awardRoutes } from './routes.js'

/**
 * The public awards pages of award calls, part of the calls module but mounted at /:locale/awards:
 * one page per edition, published when the call's outcomes are released.
 */
export const awardsModule: StoaModule = {
  name: 'awards',
  messages: awardMessages,
  pages: { segment: 'awards', routes: awardRoutes },
  nav: { labelKey: 'calls.awards.nav', path: '/awards', order: 16 },
  async sitemap(db) {
    const editions = await listAwardEditionSlugs(db)
    return [
      { path: '/awards' },
      ...editions.map((edition) => ({ path: `/awards/${edition.slug}`, lastModified: edition.updatedAt })),
    ]
  },
}
