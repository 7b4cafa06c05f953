import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { practices } from '../tables.js'

/** A picture of a practice, shown as a figure with its alt text and credit. */
export const practiceImages = pgTable(
  'practice_images',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    /** The key in file storage (platform/storage); the file goes when the row goes. */
    storageKey: text().notNull(),
    /** The type told by the file's content, never by its name. */
    type: text().notNull(),
    /** What the picture shows, for people who cannot see it; required, at most 250 characters. */
    alt: text().notNull(),
    /** Who took or owns the picture, as it must be credited; empty when none is needed. */
    credit: text().notNull().default(''),
    /** The language the alt text is written in (lang attribute on the figure). */
    altLanguage: text().notNull(),
    /** The order on the page, from 1. */
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('practice_images_practice_id_idx').on(table.practiceId, table.position)],
)

/** A related document of a practice (a report, a plan, slides), offered for download. */
export const practiceDocuments = pgTable(
  'practice_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    storageKey: text().notNull(),
    type: text().notNull(),
    title: text().notNull(),
    /** The name the file had on the uploader's computer, offered when saving it; never used to find it. */
    fileName: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    /** The language the document is written in. */
    language: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('practice_documents_practice_id_idx').on(table.practiceId, table.createdAt)],
)
