import { markdownToText } from '../../platform/markdown/markdown.js'
import type { SearchSource } from '../../platform/module.js'
import { searchCalls } from './queries.js'

/** Calls whose title or description contains the words (calls are public; applications never are). */
export const callSearch: SearchSource = {
  labelKey: 'calls.nav',
  async search(db, { query, limit }) {
    const result = await searchCalls(db, query.trim().slice(0, 200), limit)
    return {
      total: result.total,
      hits: result.items.map((call) => ({
        title: call.title,
        path: `/calls/${call.slug}`,
        summary: markdownToText(call.description).trim().slice(0, 300),
      })),
    }
  },
}
