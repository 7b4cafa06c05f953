import { mergeCatalogues } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { practicesApi } from './api.js'
import { practicesDemo } from './demo.js'
import { findingMessages } from './finding/finding-messages.js'
import { failInterruptedImports } from './imports/commands.js'
import { practiceImportMessages } from './imports/messages.js'
import { practiceMediaMessages } from './media/messages.js'
import { practicesMessages } from './messages.js'
import { practiceFieldMessages } from './practice-field-messages.js'
import { listPublishedPracticeSlugs } from './queries.js'
import { practicesRoutes } from './routes.js'
import { practiceSearch } from './search.js'
import { freshPracticeIndex } from './search-index/freshness.js'
import { practicesHomeSection } from './views/practices-home-section.js'
import { workflowMessages } from './workflow/workflow-messages.js'

export const practicesModule: StoaModule = {
  name: 'practices',
  messages: mergeCatalogues(
    practicesMessages,
    practiceFieldMessages,
    practiceMediaMessages,
    findingMessages,
    workflowMessages,
    practiceImportMessages,
  ),
  pages: { segment: 'practices', routes: practicesRoutes },
  api: practicesApi,
  nav: { labelKey: 'practices.nav', path: '/practices', order: 10 },
  homeSection: practicesHomeSection,
  search: practiceSearch,
  async sitemap(db) {
    const pages = await listPublishedPracticeSlugs(db)
    return [
      {
        path: '/practices',
        lastModified: pages.reduce<Date | undefined>(
          (latest, page) => (!latest || page.updatedAt > latest ? page.updatedAt : latest),
          undefined,
        ),
      },
      ...pages.map((page) => ({ path: `/practices/${page.slug}`, lastModified: page.updatedAt })),
    ]
  },
  // No licence stated: the cities that wrote the practices decide the terms of reuse.
  openData: [
    { labelKey: 'practices.openData.list', href: (locale) => `/api/practices?lang=${locale}`, format: 'JSON' },
    { labelKey: 'practices.openData.feed', href: (locale) => `/${locale}/practices/feed.xml`, format: 'Atom' },
  ],
  demo: practicesDemo,
  // Built before the server listens, so the first visitor does not wait for 100,000 practices.
  async start(db) {
    await failInterruptedImports(db)
    await freshPracticeIndex(db)
  },
}

// For calls, which record the practices they select.
export { markPracticeSelectedInCall } from './commands.js'
// For calls: a selected good practice becomes a draft practice linked to its call.
export { createDraftPracticeSelectedInCall, type PracticeFromCall } from './from-call.js'
// For activities, which show the practices they present.
export { findPublishedPracticeIdsBySlugs, listPracticeCardsByIds, type PracticeCardData } from './queries.js'
export { PracticeCard } from './views/practice-card.js'
