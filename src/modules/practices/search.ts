import type { SearchSource } from '../../platform/module.js'
import { parsePracticeFilter } from './filter.js'
import { searchPractices } from './queries.js'

/** Published practices in the site search, ranked as on /practices. */
export const practiceSearch: SearchSource = {
  labelKey: 'practices.nav',
  morePath: (query) => `/practices?${new URLSearchParams({ q: query })}`,
  async search(db, { query, locale, limit }) {
    const filter = parsePracticeFilter(new URLSearchParams({ q: query }))
    const result = await searchPractices(db, filter, locale, { limit, facets: false })
    return {
      total: result.total,
      hits: result.items.map((item) => ({
        title: item.title,
        path: `/practices/${item.slug}`,
        summary: item.summary,
        language: item.language,
      })),
    }
  },
}
