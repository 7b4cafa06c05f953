import { and, asc, count, isNotNull, isNull, sql } from 'drizzle-orm'
import type { SearchSource } from '../../platform/module.js'
import { foldForTrigram } from '../../platform/search/full-text.js'
import { can } from './policy.js'
import { organisations } from './tables.js'

/**
 * Organisations in the site search: by name or city, accents and case folded. The same visibility
 * as the directory: organisations waiting for verification only for verified people.
 */
export const organisationSearch: SearchSource = {
  labelKey: 'organisations.nav',
  async search(db, { query, actor, limit }) {
    const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
    const folded = sql`lower(stoa_unaccent(${pattern}))`
    const conditions = [
      isNull(organisations.mergedIntoId),
      sql`(${foldForTrigram(sql`${organisations.name}`)} like ${folded} or ${foldForTrigram(sql`coalesce(${organisations.city}, '')`)} like ${folded})`,
    ]
    if (!can(actor, 'organisation.read', { verified: false })) conditions.push(isNotNull(organisations.verifiedAt))
    const where = and(...conditions)
    const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(organisations).where(where)
    const rows = await db
      .select({ slug: organisations.slug, name: organisations.name, city: organisations.city })
      .from(organisations)
      .where(where)
      .orderBy(asc(sql`lower(${organisations.name})`))
      .limit(limit)
    return {
      total,
      hits: rows.map((row) => ({
        title: row.name,
        path: `/organisations/${row.slug}`,
        summary: row.city ?? undefined,
      })),
    }
  },
}
