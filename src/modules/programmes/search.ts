import { count, desc, sql } from 'drizzle-orm'
import type { SearchSource } from '../../platform/module.js'
import { rowLanguageQuery } from '../../platform/search/full-text.js'
import { programmes } from './tables.js'

// A network runs a handful of programmes: the document is built per query, no index needed.
const document = sql`stoa_weighted_tsvector(${programmes.language}, ${programmes.name}, ${programmes.summary}, ${programmes.description})`

/** Programmes in the site search: stemmed in each programme's language, best matches first. */
export const programmeSearch: SearchSource = {
  labelKey: 'programmes.nav',
  async search(db, { query, limit }) {
    const matches = sql`${document} @@ ${rowLanguageQuery(sql`${programmes.language}`, query)}`
    const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(programmes).where(matches)
    const rows = await db
      .select({
        slug: programmes.slug,
        name: programmes.name,
        summary: programmes.summary,
        language: programmes.language,
      })
      .from(programmes)
      .where(matches)
      .orderBy(
        desc(sql`ts_rank(${document}, ${rowLanguageQuery(sql`${programmes.language}`, query)})`),
        programmes.position,
      )
      .limit(limit)
    return {
      total,
      hits: rows.map((row) => ({
        title: row.name,
        path: `/programmes/${row.slug}`,
        summary: row.summary,
        language: row.language,
      })),
    }
  },
}
