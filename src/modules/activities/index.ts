import type { StoaModule } from '../../platform/module.js'
import { activitiesDemo } from './demo.js'
import { activitiesMessages } from './messages.js'
import { mailLinksFrom } from './notify.js'
import { listActivitySlugs } from './queries.js'
import { startReminderJob } from './reminders.js'
import { activityRoutes } from './routes.js'
import { activitySearch } from './search.js'
import { activitiesHomeSection } from './views/activities-home-section.js'

export const activitiesModule: StoaModule = {
  name: 'activities',
  messages: activitiesMessages,
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
