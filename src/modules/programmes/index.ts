import type { StoaModule } from '../../platform/module.js'
import { programmesApi } from './api.js'
import { programmesDemo } from './demo.js'
import { programmesMessages } from './messages.js'
import { listProgrammeSlugs } from './queries.js'
import { programmesRoutes } from './routes.js'
import { programmeSearch } from './search.js'
import { programmesHomeSection } from './views/programmes-home-section.js'

export const programmesModule: StoaModule = {
  name: 'programmes',
  messages: programmesMessages,
  pages: { segment: 'programmes', routes: programmesRoutes },
  api: programmesApi,
  nav: { labelKey: 'programmes.nav', path: '/programmes', order: 90 },
  search: programmeSearch,
  homeSection: programmesHomeSection,
  async sitemap(db) {
    const pages = await listProgrammeSlugs(db)
    const newest = pages.reduce<Date | undefined>(
      (latest, page) => (!latest || page.updatedAt > latest ? page.updatedAt : latest),
      undefined,
    )
    return [
      { path: '/programmes', lastModified: newest },
      ...pages.map((page) => ({ path: `/programmes/${page.slug}`, lastModified: page.updatedAt })),
    ]
  },
  // No licence stated: the programmes, not the software, decide the terms of reuse.
  openData: [
    { labelKey: 'programmes.openData.list', href: (locale) => `/api/programmes?lang=${locale}`, format: 'JSON' },
  ],
  demo: programmesDemo,
}

export {
  PROGRAMME_FILTER_PARAM,
  type ProgrammeFilterValue,
  parseProgrammeFilter,
  resolveProgrammeFilter,
} from './filter.js'
export { programmeReference } from './programme-reference.js'
export { type ProgrammeSection, registerProgrammeSection } from './programme-sections.js'
export {
  findProgrammeBySlug,
  findProgrammeIdBySlug,
  listProgrammeOptions,
  type Programme,
  type ProgrammeRef,
  type ProgrammeSummary,
} from './queries.js'
// What other modules may use: attach their content to a programme, filter their lists by it,
// link to it, show its funding acknowledgement, and add a section to its page.
export { euFundingTexts, type Funding, FundingAcknowledgement } from './views/funding-acknowledgement.js'
export { ProgrammeFilter } from './views/programme-filter.js'
export { ProgrammeLink } from './views/programme-link.js'
