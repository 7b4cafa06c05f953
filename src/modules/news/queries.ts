import { and, count, desc, eq, isNotNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { rowLanguageQuery } from '../../platform/search/full-text.js'
import { newsItems } from './tables.js'

export type NewsItem = typeof newsItems.$inferSelect

export const PAGE_SIZE = 10

const published = (now: Date) =>
  and(eq(newsItems.status, 'published'), isNotNull(newsItems.publishedAt), lte(newsItems.publishedAt, now))

/** Published news, newest first, one page at a time. */
export async function listPublishedNews(db: Db, now: Date, page: number, pageSize = PAGE_SIZE) {
  const [total] = await db.select({ count: count() }).from(newsItems).where(published(now))
  const items = await db
    .select()
    .from(newsItems)
    .where(published(now))
    .orderBy(desc(newsItems.publishedAt), desc(newsItems.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { total: Number(total?.count ?? 0), items }
}

/** Drafts (and news scheduled for later), for editors. */
export async function listUnpublishedNews(db: Db, now: Date) {
  return db
    .select()
    .from(newsItems)
    .where(sql`not (${published(now)})`)
    .orderBy(desc(newsItems.updatedAt))
}

export async function findNewsBySlug(db: Db, slug: string): Promise<NewsItem | undefined> {
  const [item] = await db.select().from(newsItems).where(eq(newsItems.slug, slug))
  return item
}

/** Whether everyone may read it now (published, and its date has come). */
export const isPublic = (item: NewsItem, now: Date) =>
  item.status === 'published' && item.publishedAt !== null && item.publishedAt <= now

/** Published news matching the words (web-search syntax), best match first, one page at a time. */
export async function searchNews(db: Db, query: string, now: Date, limit: number, page = 1) {
  const q = query.trim().slice(0, 200)
  if (!q) return { total: 0, items: [] as NewsItem[] }
  const tsquery = rowLanguageQuery(sql`${newsItems.language}`, q)
  const where = and(published(now), sql`${newsItems.search} @@ ${tsquery}`)
  const [total] = await db.select({ count: count() }).from(newsItems).where(where)
  const items = await db
    .select()
    .from(newsItems)
    .where(where)
    .orderBy(desc(sql`ts_rank(${newsItems.search}, ${tsquery})`), desc(newsItems.publishedAt))
    .limit(limit)
    .offset((page - 1) * limit)
  return { total: Number(total?.count ?? 0), items }
}

export async function listNewsSlugs(db: Db, now: Date) {
  return db
    .select({ slug: newsItems.slug, updatedAt: newsItems.updatedAt })
    .from(newsItems)
    .where(published(now))
    .orderBy(desc(newsItems.publishedAt))
}
