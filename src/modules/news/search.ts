import type { SearchSource } from '../../platform/module.js'
import { searchNews } from './queries.js'

/** Published stories and announcements matching the words, ranked as on /news; never drafts. */
export const newsSearch: SearchSource = {
  labelKey: 'news.nav',
  morePath: (query) => `/news?q=${encodeURIComponent(query)}`,
  async search(db, { query, limit }) {
    const result = await searchNews(db, query.trim().slice(0, 200), new Date(), limit)
    return {
      total: result.total,
      hits: result.items.map((item) => ({
        title: item.title,
        path: `/news/${item.slug}`,
        summary: item.lead,
        language: item.language,
      })),
    }
  },
}
