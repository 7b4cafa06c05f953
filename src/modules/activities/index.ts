import { mergeCatalogues } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { applicationMessages } from './application/messages.js'
import { certificateMessages } from './certificate/messages.js'
import { activitiesDemo } from './demo.js'
import { draftMessages } from './draft-messages.js'
import { fellowsMessages } from './fellows/messages.js'
import { followUpMessages } from './follow-up/messages.js'
import { activitiesMessages } from './messages.js'
import { mailLinksFrom } from './notify.js'
import { organiseMessages } from './organise/messages.js'
import { listActivitySlugs } from './queries.js'
import { startReminderJob } from './reminders.js'
import { activityRoutes } from './routes.js'
import { activitySearch } from './search.js'
import { activitiesHomeSection } from './views/activities-home-section.js'

export const activitiesModule: StoaModule = {
  name: 'activities',
  messages: mergeCatalogues(
    activitiesMessages,
    organiseMessages,
    certificateMessages,
    applicationMessages,
    followUpMessages,
    fellowsMessages,
    draftMessages,
  ),
  pages: { segment: 'activities', routes: activityRoutes },
  nav: { labelKey: 'activities.nav', path: '/activities', order: 20 },
  async sitemap(db) {
    const { pages, series } = await listActivitySlugs(db)
    return [
      { path: '/activities' },
      ...series.map((entry) => ({ path: `/activities/series/${entry.slug}` })),
      ...pages.map((page) => ({ path: `/activities/${page.slug}`, lastModified: page.updatedAt })),
    ]
  },
  homeSection: activitiesHomeSection,
  search: activitySearch,
  demo: activitiesDemo,
  async start(db, { config, logger }) {
    startReminderJob(db, mailLinksFrom(config), logger)
  },
  openData: [
    {
      labelKey: 'activities.openData.calendar',
      href: (locale) => `/${locale}/activities/calendar.ics`,
      format: 'iCal',
    },
  ],
}

// For the calls module: a selected host city's visit starts as a draft the organisers complete.
export { createDraftActivityForHostCity, findActivityFromCallApplication, type HostCityVisit } from './drafts.js'
// For practices, whose page links back to the activities that presented them, and the library,
// whose items link to the activities they came from.
export {
  type ActivityCardData,
  findActivityIdsBySlugs,
  listActivitiesPresentingPractice,
  listActivityCardsByIds,
  type PresentingActivity,
} from './queries.js'
// What other modules may use: the kinds of activity (methods name the kinds that use them).
export { ACTIVITY_KINDS, type ActivityKind } from './tables.js'
export { ActivityCard } from './views/activity-card.js'
