import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

export const METHOD_EFFORTS = ['low', 'medium', 'high'] as const
export type MethodEffort = (typeof METHOD_EFFORTS)[number]

export const METHOD_FORMATS = ['online', 'on-site', 'hybrid'] as const
export type MethodFormat = (typeof METHOD_FORMATS)[number]

/** Templates are files; examples may carry a file; contacts are text. All are for members only. */
export const RESOURCE_KINDS = ['template', 'example', 'contact'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/** A knowledge-sharing method: public how-to text written by editors. */
export const methods = pgTable('methods', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  summary: text().notNull(),
  /** The language the texts are written in (BCP 47 primary tag). */
  language: text().notNull().default('en'),
  whatItIs: text().notNull().default(''),
  whenToUse: text().notNull().default(''),
  /** How to run it, in order: one entry per step. */
  steps: text().array().notNull().default(sql`'{}'::text[]`),
  outcomes: text().notNull().default(''),
  pitfalls: text().notNull().default(''),
  effort: text({ enum: METHOD_EFFORTS }).notNull(),
  /** In words ("half a day", "three to six months"). */
  duration: text().notNull().default(''),
  groupMin: integer().notNull(),
  groupMax: integer().notNull(),
  format: text({ enum: METHOD_FORMATS }).notNull(),
  /** Kinds of activity (activities module) that use this method. */
  activityKinds: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** Member-only material of a method: never shown, listed nor served to visitors. */
export const methodResources = pgTable(
  'method_resources',
  {
    id: uuid().primaryKey().defaultRandom(),
    methodId: uuid()
      .notNull()
      .references(() => methods.id, { onDelete: 'cascade' }),
    kind: text({ enum: RESOURCE_KINDS }).notNull(),
    title: text().notNull(),
    /** Plain text: what the resource is, or a contact's details. */
    description: text().notNull().default(''),
    storageKey: text(),
    /** The file's type by content (a FileType of platform/storage). */
    fileType: text(),
    fileName: text(),
    sizeBytes: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('method_resources_method_id_idx').on(table.methodId, table.createdAt)],
)
