import { type SQL, sql } from 'drizzle-orm'
import { customType, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { weightedSearchVector } from '../../platform/search/full-text.js'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const NEWS_KINDS = ['story', 'announcement'] as const
export type NewsKind = (typeof NEWS_KINDS)[number]

export const NEWS_STATUSES = ['draft', 'published'] as const
export type NewsStatus = (typeof NEWS_STATUSES)[number]

/**
 * A link to related content of another module (a practice, an activity, a call…), stored as the
 * editor wrote it: a label and a path below the locale. No foreign key: other modules own those.
 */
export interface RelatedLink {
  label: string
  path: string
}

/** Stories and announcements written by editors; only published ones are shown to others. */
export const newsItems = pgTable(
  'news_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text({ enum: NEWS_KINDS }).notNull(),
    title: text().notNull(),
    lead: text().notNull(),
    /** Markdown, rendered safely (platform/markdown). */
    body: text().notNull().default(''),
    language: text().notNull().default('en'),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    related: jsonb().$type<RelatedLink[]>().notNull().default([]),
    imageKey: text(),
    imageType: text(),
    imageAlt: text().notNull().default(''),
    status: text({ enum: NEWS_STATUSES }).notNull().default('draft'),
    /** Set when published; the date shown and the order of the list. */
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Title A, lead B, body C, stemmed in the item's language (the library's approach). */
    search: tsvector().generatedAlwaysAs(
      (): SQL => weightedSearchVector(sql`language`, sql`title`, sql`lead`, sql`body`),
    ),
  },
  (table) => [
    index('news_items_published_idx').on(table.status, table.publishedAt),
    index('news_items_search_idx').using('gin', table.search),
  ],
)
