import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { callApplications, calls } from '../tables.js'

/** The categories of an award call (e.g. "Green transition"), in the order the awards page shows them. */
export const callAwardCategories = pgTable(
  'call_award_categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
  },
  (table) => [uniqueIndex('call_award_categories_call_name_idx').on(table.callId, table.name)],
)

export const AWARD_RANKS = ['winner', 'honourable-mention'] as const
export type AwardRank = (typeof AWARD_RANKS)[number]

/**
 * A winner or an honourable mention in one category, recorded by the jury's editors. What the
 * public page shows is copied here when it is recorded (the awards page never reads answers).
 * `applicationId` is null for editions recorded without applications (earlier years).
 */
export const callAwards = pgTable(
  'call_awards',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    categoryId: uuid()
      .notNull()
      .references(() => callAwardCategories.id, { onDelete: 'cascade' }),
    applicationId: uuid().references(() => callApplications.id, { onDelete: 'cascade' }),
    rank: text({ enum: AWARD_RANKS }).notNull(),
    entryTitle: text().notNull(),
    /** The organisation (accounts module) or, for an individual, the person's name, as shown. */
    organisationId: uuid(),
    awardeeName: text().notNull(),
    city: text(),
    /** ISO 3166-1 alpha-2. */
    country: text(),
    /** A practice of the catalogue the entry is about, linked from the awards page when published. */
    practiceId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('call_awards_call_idx').on(table.callId),
    uniqueIndex('call_awards_application_idx').on(table.applicationId),
    // One winner per category; honourable mentions as many as the jury wants.
    uniqueIndex('call_awards_one_winner_idx').on(table.categoryId).where(sql`rank = 'winner'`),
  ],
)

export type CallAwardCategory = typeof callAwardCategories.$inferSelect
export type CallAward = typeof callAwards.$inferSelect
