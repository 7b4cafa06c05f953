import type { SearchSource } from '../../platform/module.js'
import { parseLibraryFilter } from './filter.js'
import { searchLibrary } from './queries.js'
import { summaryOf } from './views/item-card.js'

/**
 * The library's part of the site search: published items only, whoever asks (contributions waiting
 * for the editors are never public, not even to their contributor here).
 */
export const librarySearch: SearchSource = {
  labelKey: 'library.nav',
  morePath: (query) => `/library?q=${encodeURIComponent(query)}`,
  async search(db, { query, limit }) {
    const filter = parseLibraryFilter(new URLSearchParams({ q: query }))
    if (!filter.q) return { total: 0, hits: [] }
    const result = await searchLibrary(db, filter, { facets: false, pageSize: limit })
    return {
      total: result.total,
      hits: result.items.map((item) => ({
        title: item.title,
        path: `/library/${item.slug}`,
        summary: summaryOf(item.description, 200),
        language: item.language,
      })),
    }
  },
}
