import type { StoaModule } from '../../platform/module.js'
import { pulseApi } from './api.js'
import { pulseDemo } from './demo.js'
import { pulseMessages } from './messages.js'
import { listMonitorYears, listPublishedSurveys } from './queries.js'
import { pulseRoutes } from './routes.js'
import { pulseSearch } from './search.js'
import { pulseHomeSection } from './views/pulse-home-section.js'

export const pulseModule: StoaModule = {
  name: 'pulse',
  messages: pulseMessages,
  pages: { segment: 'pulse', routes: pulseRoutes },
  api: pulseApi,
  nav: { labelKey: 'pulse.nav', path: '/pulse', order: 40 },
  homeSection: pulseHomeSection,
  search: pulseSearch,
  async sitemap(db) {
    const [surveys, years] = await Promise.all([listPublishedSurveys(db), listMonitorYears(db)])
    return [
      { path: '/pulse' },
      { path: '/pulse/compare' },
      ...surveys.map((survey) => ({ path: `/pulse/${survey.slug}`, lastModified: survey.updatedAt })),
      ...years.map((year) => ({ path: `/pulse/monitor/${year}` })),
    ]
  },
  // Each survey's CSV, JSON and dictionary are listed, with its licence, by this JSON.
  openData: [{ labelKey: 'pulse.openData.list', href: '/api/pulse/surveys', format: 'JSON' }],
  demo: pulseDemo,
}
