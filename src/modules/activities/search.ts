import type { SearchSource } from '../../platform/module.js'
import { searchActivities } from './queries.js'

/** Activities whose title or summary contains the words, upcoming ones first. */
export const activitySearch: SearchSource = {
  labelKey: 'activities.nav',
  async search(db, { query, limit }) {
    const result = await searchActivities(db, query.trim().slice(0, 200), new Date(), limit)
    return {
      total: result.total,
      hits: result.items.map((item) => ({
        title: item.title,
        path: `/activities/${item.slug}`,
        summary: item.summary,
      })),
    }
  },
}
