import type { SearchSource } from '../../platform/module.js'
import { searchSurveys } from './queries.js'

/** Published surveys whose title or description holds the words. */
export const pulseSearch: SearchSource = {
  labelKey: 'pulse.nav',
  async search(db, { query, limit }) {
    const result = await searchSurveys(db, query.trim().slice(0, 200), limit)
    return {
      total: result.total,
      hits: result.hits.map((hit) => ({
        title: hit.title,
        path: `/pulse/${hit.slug}`,
        summary: hit.description.slice(0, 300),
      })),
    }
  },
}
