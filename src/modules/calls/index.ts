import { mergeCatalogues } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { afterDecisionMessages } from './after-decision-messages.js'
import { callsApi } from './api.js'
import { callsDemo } from './demo.js'
import { evaluationMessages } from './evaluation-messages.js'
import { callsMessages } from './messages.js'
import { listCallSlugs } from './queries.js'
import { startReviewReminderJob } from './reminders/reminders.js'
import { callRoutes } from './routes.js'
import { callSearch } from './search.js'
import { callsHomeSection } from './views/calls-home-section.js'

export const callsModule: StoaModule = {
  name: 'calls',
  messages: mergeCatalogues(callsMessages, evaluationMessages, afterDecisionMessages),
  pages: { segment: 'calls', routes: callRoutes },
  api: callsApi,
  nav: { labelKey: 'calls.nav', path: '/calls', order: 15 },
  homeSection: callsHomeSection,
  search: callSearch,
  async sitemap(db) {
    const pages = await listCallSlugs(db)
    return [{ path: '/calls' }, ...pages.map((page) => ({ path: `/calls/${page.slug}`, lastModified: page.updatedAt }))]
  },
  demo: callsDemo,
  async start(db, { config, logger }) {
    startReviewReminderJob(db, config, logger)
  },
  openData: [
    { labelKey: 'calls.openData.list', href: (locale) => `/api/calls?lang=${locale}`, format: 'JSON' },
    { labelKey: 'calls.openData.feed', href: (locale) => `/${locale}/calls/feed.xml`, format: 'Atom' },
  ],
}

// The awards pages of award calls: a module of their own only to be mounted at /:locale/awards.
export { awardsModule } from './awards/index.js'
export { createCall } from './commands.js'
// For activities in application mode: their participants call, its applicants and the outcome.
export {
  findParticipantsCall,
  findSubmittedParticipantApplication,
  listParticipantApplicants,
  listParticipantsCalls,
  PARTICIPANT_QUESTIONS,
  PARTICIPANTS_FORM,
  type ParticipantApplicant,
  type ParticipantsCall,
  recordParticipantsSelected,
} from './participants.js'
