import { and, desc, eq, ne, or, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../../db/client.js'
import type { PracticeCardData } from '../queries.js'
import { listSimilarFromIndex, similarityQuery } from '../search-index/similar.js'
import { practices, practiceTranslations } from '../tables.js'

export { similarityQuery }

/** How many related practices a practice page shows in each section. */
export const RELATED_LIMIT = 4

const tr = alias(practiceTranslations, 'tr')
const published = eq(practices.publicationStatus, 'published')

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`

/** A card's columns, with the translation into `locale` preferred as on the list. */
function cardColumns() {
  return {
    slug: practices.slug,
    title: sql<string>`coalesce(${tr.title}, ${practices.title})`,
    summary: sql<string>`coalesce(${tr.summary}, ${practices.summary})`,
    language: sql<string>`coalesce(${tr.language}, ${practices.language})`,
    city: practices.city,
    country: practices.country,
    themes: practices.themes,
    transformations: practices.transformations,
    status: practices.status,
    startYear: practices.startYear,
    publishedAt: practices.publishedAt,
  }
}

function translationJoin(locale: string): SQL | undefined {
  return and(eq(tr.practiceId, practices.id), eq(tr.language, locale), ne(practices.language, locale))
}

/**
 * Up to four published practices most like this one, answered by the in-memory search index
 * (`search-index/similar.ts`) in a bounded time whatever the catalogue's size.
 */
export function listSimilarPractices(db: Db, practiceId: string, locale: string): Promise<PracticeCardData[]> {
  return listSimilarFromIndex(db, practiceId, locale, RELATED_LIMIT)
}

/**
 * The reference the index is tested against (O(catalogue): ~130 ms at 5,000 practices): each
 * shared theme counts one, and the likeness of title and summary words (ts_rank, under one)
 * breaks ties and brings in practices without a shared theme.
 */
export async function listSimilarPracticesInDatabase(
  db: Db,
  practiceId: string,
  locale: string,
): Promise<PracticeCardData[]> {
  const [self] = await db
    .select({
      themes: practices.themes,
      lexemes: sql<string[]>`tsvector_to_array(ts_filter(${practices.search}, '{a,b}'))`,
    })
    .from(practices)
    .where(eq(practices.id, practiceId))
  if (!self) return []
  const query = similarityQuery(self.lexemes ?? [])
  const candidates: SQL[] = []
  if (self.themes.length > 0) candidates.push(sql`${practices.themes} && ${textArray(self.themes)}`)
  if (query) candidates.push(sql`${practices.search} @@ ${query}::tsquery`)
  if (candidates.length === 0) return []
  const sharedThemes =
    self.themes.length > 0
      ? sql`cardinality(array(select unnest(${practices.themes}) intersect select unnest(${textArray(self.themes)})))`
      : sql`0`
  const likeness = query ? sql`ts_rank(${practices.search}, ${query}::tsquery)` : sql`0`
  return db
    .select(cardColumns())
    .from(practices)
    .leftJoin(tr, translationJoin(locale))
    .where(and(published, ne(practices.id, practiceId), or(...candidates)))
    .orderBy(sql`${sharedThemes} + least(${likeness}, 0.99) desc`, desc(practices.publishedAt), practices.id)
    .limit(RELATED_LIMIT)
}

/** Up to four other published practices from the same city (and country), newest first. */
export async function listPracticesFromSameCity(
  db: Db,
  practice: { id: string; city: string; country: string },
  locale: string,
): Promise<PracticeCardData[]> {
  return (
    db
      .select(cardColumns())
      .from(practices)
      .leftJoin(tr, translationJoin(locale))
      .where(
        and(
          published,
          eq(practices.country, practice.country),
          eq(practices.city, practice.city),
          ne(practices.id, practice.id),
        ),
      )
      // As practices_same_city_idx is ordered, so that the newest four are read from it.
      .orderBy(sql`${practices.publishedAt} desc nulls last`, practices.id)
      .limit(RELATED_LIMIT)
  )
}
