import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Which parts of the demo programme were already written: each module's part runs once per
 * database, so a restart never seeds twice and never brings back what an editor deleted,
 * while a module added later still adds its part to an existing demo.
 */
export const demoParts = pgTable('demo_parts', {
  name: text().primaryKey(),
  seededAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
