import { type SQL, sql } from 'drizzle-orm'
import { boolean, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { weightedSearchVector } from '../../platform/search/full-text.js'
import { users } from '../accounts/tables.js'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const LIBRARY_KINDS = ['document', 'video', 'podcast-episode', 'toolkit', 'course', 'report', 'link'] as const
export type LibraryKind = (typeof LIBRARY_KINDS)[number]

export const LICENCES = [
  'cc-by',
  'cc-by-sa',
  'cc-by-nc',
  'cc-by-nc-sa',
  'cc-by-nd',
  'cc-by-nc-nd',
  'cc0',
  'all-rights-reserved',
] as const
export type Licence = (typeof LICENCES)[number]

/**
 * submitted: waits in the editors' queue; changes-requested: back with the contributor, who edits
 * and resubmits; published: public; rejected: closed with a reason, kept for the contributor.
 */
export const LIBRARY_STATUSES = ['submitted', 'changes-requested', 'published', 'rejected'] as const
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number]

/** A podcast show; its episodes are the library's podcast-episode items pointing at it. */
export const podcasts = pgTable('podcasts', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  description: text().notNull().default(''),
  author: text().notNull(),
  /** BCP 47 primary tag. */
  language: text().notNull().default('en'),
  /** An Apple Podcasts category, e.g. "Society &amp; Culture" (stored unescaped). */
  category: text().notNull().default('Society & Culture'),
  explicit: boolean().notNull().default(false),
  coverKey: text(),
  coverType: text(),
  coverAlt: text().notNull().default(''),
  /** The owner's address podcast directories write to (itunes:owner); empty until an editor sets it. */
  ownerEmail: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const libraryItems = pgTable(
  'library_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text({ enum: LIBRARY_KINDS }).notNull(),
    status: text({ enum: LIBRARY_STATUSES }).notNull().default('submitted'),
    title: text().notNull(),
    /** Markdown, rendered safely. */
    description: text().notNull().default(''),
    authors: text().notNull().default(''),
    organisation: text().notNull().default(''),
    /** BCP 47 primary tag of the item's language. */
    language: text().notNull().default('en'),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    year: integer(),
    licence: text({ enum: LICENCES }).notNull().default('all-rights-reserved'),
    /** A link (a MOOC, a video platform, a web page); an item has a URL, a file or both. */
    url: text(),
    fileKey: text(),
    fileType: text(),
    fileName: text(),
    fileSize: integer(),
    /** Text extracted from a PDF, for search only (never shown). */
    fileText: text().notNull().default(''),
    /** A PNG of a PDF's first page, when pdftoppm was available at upload. */
    previewKey: text(),
    coverKey: text(),
    coverType: text(),
    coverAlt: text().notNull().default(''),
    /** Podcast episodes: the show, number, length and transcript (WebVTT or plain text). */
    podcastId: uuid().references(() => podcasts.id, { onDelete: 'set null' }),
    episodeNumber: integer(),
    durationSeconds: integer(),
    transcript: text().notNull().default(''),
    /** Related practices and activities, owned by their modules (no foreign keys). */
    practiceIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    activityIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    contributorId: text().references(() => users.id, { onDelete: 'set null' }),
    /** The editor's last comment (changes asked) or reason (rejection), shown to the contributor. */
    reviewComment: text().notNull().default(''),
    publishedAt: timestamp({ withTimezone: true }),
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        weightedSearchVector(
          sql`language`,
          sql`title`,
          sql`description`,
          sql`file_text || ' ' || transcript`,
          sql`authors || ' ' || organisation`,
        ),
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('library_items_search_idx').using('gin', table.search),
    index('library_items_status_idx').on(table.status, table.publishedAt),
    index('library_items_themes_idx').using('gin', table.themes),
    index('library_items_podcast_idx').on(table.podcastId, table.episodeNumber),
    index('library_items_contributor_idx').on(table.contributorId),
  ],
)

export type LibraryItem = typeof libraryItems.$inferSelect
export type Podcast = typeof podcasts.$inferSelect
