import type { StoaModule } from '../../platform/module.js'
import { activitiesMessages } from './messages.js'
import { listActivitySlugs } from './queries.js'
import { activityRoutes } from './routes.js'

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
  openData: [
    {
      labelKey: 'activities.openData.calendar',
      href: (locale) => `/${locale}/activities/calendar.ics`,
      format: 'iCal',
    },
  ],
}
