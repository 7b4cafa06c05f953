import type { SearchSource } from '../../platform/module.js'
import { searchMethods } from './queries.js'

/**
 * Methods whose public texts contain the words. Member resources are never searched nor shown
 * here, whoever asks: their titles are member content, and the method page lists them for members.
 */
export const methodSearch: SearchSource = {
  labelKey: 'methods.nav',
  morePath: (query) => `/methods?${new URLSearchParams({ q: query })}`,
  async search(db, { query, limit }) {
    const result = await searchMethods(db, query.trim().slice(0, 200), limit)
    return {
      total: result.total,
      hits: result.items.map((method) => ({
        title: method.name,
        path: `/methods/${method.slug}`,
        summary: method.summary,
        language: method.language,
      })),
    }
  },
}
