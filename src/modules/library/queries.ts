import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { foldForTrigram, rowLanguageQuery } from '../../platform/search/full-text.js'
import { type LibraryFilter, PAGE_SIZE } from './filter.js'
import { type LibraryItem, type LibraryStatus, libraryItems, type Podcast, podcasts } from './tables.js'

/** What a card and the API show: never the extracted text, the contributor or the review comment. */
export const cardColumns = {
  id: libraryItems.id,
  slug: libraryItems.slug,
  kind: libraryItems.kind,
  title: libraryItems.title,
  description: libraryItems.description,
  authors: libraryItems.authors,
  organisation: libraryItems.organisation,
  language: libraryItems.language,
  themes: libraryItems.themes,
  year: libraryItems.year,
  licence: libraryItems.licence,
  url: libraryItems.url,
  fileType: libraryItems.fileType,
  fileSize: libraryItems.fileSize,
  coverKey: libraryItems.coverKey,
  coverAlt: libraryItems.coverAlt,
  publishedAt: libraryItems.publishedAt,
  updatedAt: libraryItems.updatedAt,
}
export type LibraryCardData = Pick<LibraryItem, keyof typeof cardColumns>

export const FACETS = ['kind', 'theme', 'language', 'year', 'licence'] as const
export type Facet = (typeof FACETS)[number]
export type FacetCounts = Record<Facet, { value: string; count: number }[]>

const published = eq(libraryItems.status, 'published')

function conditions(filter: LibraryFilter, except?: Facet): SQL[] {
  const where: SQL[] = [published]
  if (filter.q) where.push(sql`${libraryItems.search} @@ ${rowLanguageQuery(sql`${libraryItems.language}`, filter.q)}`)
  if (except !== 'kind' && filter.kinds.length > 0) where.push(inArray(libraryItems.kind, filter.kinds))
  if (except !== 'theme' && filter.themes.length > 0)
    where.push(sql`${libraryItems.themes} && ${sql.param(filter.themes)}::text[]`)
  if (except !== 'language' && filter.languages.length > 0) where.push(inArray(libraryItems.language, filter.languages))
  if (except !== 'year' && filter.years.length > 0) where.push(inArray(libraryItems.year, filter.years))
  if (except !== 'licence' && filter.licences.length > 0) where.push(inArray(libraryItems.licence, filter.licences))
  return where
}

function orderBy(filter: LibraryFilter): SQL[] {
  switch (filter.sort) {
    case 'relevance':
      return [
        desc(sql`ts_rank(${libraryItems.search}, ${rowLanguageQuery(sql`${libraryItems.language}`, filter.q)})`),
        desc(libraryItems.publishedAt),
      ]
    case 'title':
      // Accents and case folded, so “Étude” sorts among the e's on every database's collation.
      return [asc(foldForTrigram(sql`${libraryItems.title}`)), asc(libraryItems.title)]
    case 'year':
      return [sql`${libraryItems.year} desc nulls last`, desc(libraryItems.publishedAt)]
    default:
      return [desc(libraryItems.publishedAt), asc(libraryItems.title)]
  }
}

const FACET_COLUMN: Record<Facet, SQL> = {
  kind: sql`${libraryItems.kind}`,
  theme: sql`unnest(${libraryItems.themes})`,
  language: sql`${libraryItems.language}`,
  year: sql`${libraryItems.year}::text`,
  licence: sql`${libraryItems.licence}`,
}

/**
 * Counts for each facet among the items matching the words and every other facet's choices, so a
 * ticked box's siblings still show what ticking them would add.
 */
async function facetCounts(db: Db, filter: LibraryFilter): Promise<FacetCounts> {
  const entries = await Promise.all(
    FACETS.map(async (facet) => {
      const value = FACET_COLUMN[facet]
      const rows = await db.execute<{ value: string | null; count: number }>(
        sql`select value, count(*)::int as count from (select ${value} as value from ${libraryItems} where ${and(...conditions(filter, facet))}) as facet where value is not null group by value order by count desc, value`,
      )
      return [facet, rows.rows.map((row) => ({ value: String(row.value), count: Number(row.count) }))] as const
    }),
  )
  return Object.fromEntries(entries) as FacetCounts
}

export interface LibraryListResult {
  items: LibraryCardData[]
  total: number
  facets: FacetCounts | null
}

/** Published items matching the filter, one page, with facet counts unless told not to. */
export async function searchLibrary(
  db: Db,
  filter: LibraryFilter,
  options: { facets?: boolean; pageSize?: number } = {},
): Promise<LibraryListResult> {
  const pageSize = options.pageSize ?? PAGE_SIZE
  const where = and(...conditions(filter))
  const [items, [count], facets] = await Promise.all([
    db
      .select(cardColumns)
      .from(libraryItems)
      .where(where)
      .orderBy(...orderBy(filter))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(libraryItems).where(where),
    options.facets === false ? Promise.resolve(null) : facetCounts(db, filter),
  ])
  return { items, total: Number(count?.total ?? 0), facets }
}

export async function listLatestItems(db: Db, limit: number): Promise<LibraryCardData[]> {
  return db.select(cardColumns).from(libraryItems).where(published).orderBy(desc(libraryItems.publishedAt)).limit(limit)
}

export async function findItemBySlug(db: Db, slug: string): Promise<LibraryItem | undefined> {
  const [item] = await db.select().from(libraryItems).where(eq(libraryItems.slug, slug))
  return item
}

/** The editors' queue: waiting contributions first, oldest first. */
export async function listQueue(db: Db, statuses: readonly LibraryStatus[] = ['submitted']) {
  return db
    .select({
      ...cardColumns,
      status: libraryItems.status,
      contributorId: libraryItems.contributorId,
      createdAt: libraryItems.createdAt,
    })
    .from(libraryItems)
    .where(inArray(libraryItems.status, [...statuses]))
    .orderBy(asc(libraryItems.updatedAt))
}

export async function listContributions(db: Db, userId: string) {
  return db
    .select({ ...cardColumns, status: libraryItems.status, reviewComment: libraryItems.reviewComment })
    .from(libraryItems)
    .where(eq(libraryItems.contributorId, userId))
    .orderBy(desc(libraryItems.updatedAt))
}

export async function listPublishedSlugs(db: Db) {
  return db.select({ slug: libraryItems.slug, updatedAt: libraryItems.updatedAt }).from(libraryItems).where(published)
}

export async function listPodcasts(db: Db): Promise<Podcast[]> {
  return db.select().from(podcasts).orderBy(asc(podcasts.title))
}

export async function findPodcastBySlug(db: Db, slug: string): Promise<Podcast | undefined> {
  const [row] = await db.select().from(podcasts).where(eq(podcasts.slug, slug))
  return row
}

export async function findPodcastById(db: Db, id: string): Promise<Podcast | undefined> {
  const [row] = await db.select().from(podcasts).where(eq(podcasts.id, id))
  return row
}

/** A show's published episodes, newest episode number first. */
export async function listEpisodes(db: Db, podcastId: string): Promise<LibraryItem[]> {
  return db
    .select()
    .from(libraryItems)
    .where(
      and(
        published,
        eq(libraryItems.podcastId, podcastId),
        eq(libraryItems.kind, 'podcast-episode'),
        isNotNull(libraryItems.fileKey),
      ),
    )
    .orderBy(sql`${libraryItems.episodeNumber} desc nulls last`, desc(libraryItems.publishedAt))
}

/**
 * The approved audio items an editor may put in a show: published podcast episodes with their
 * file, already in this show (by number) or in none.
 */
export async function listEpisodeCandidates(db: Db, podcastId: string) {
  return db
    .select({
      id: libraryItems.id,
      slug: libraryItems.slug,
      title: libraryItems.title,
      language: libraryItems.language,
      podcastId: libraryItems.podcastId,
      episodeNumber: libraryItems.episodeNumber,
    })
    .from(libraryItems)
    .where(
      and(
        published,
        eq(libraryItems.kind, 'podcast-episode'),
        isNotNull(libraryItems.fileKey),
        sql`(${libraryItems.podcastId} is null or ${libraryItems.podcastId} = ${podcastId})`,
      ),
    )
    .orderBy(
      sql`${libraryItems.podcastId} is null`,
      sql`${libraryItems.episodeNumber} asc nulls last`,
      desc(libraryItems.publishedAt),
    )
}
