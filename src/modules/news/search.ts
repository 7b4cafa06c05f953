import type { SearchSource } from '../../platform/module.js'
import { searchNews } from './queries.js'

/** Published stories and announcements whose title, lead or text contain the words; never drafts. */
export const newsSearch: SearchSource = {
  labelKey: 'news.nav',
  morePath: () => '/news',
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
