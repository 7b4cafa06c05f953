import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../accounts/tables.js'

/**
 * previewed: uploaded and checked, waiting for the editor's go-ahead · queued: confirmed ·
 * running: writing, in one transaction · succeeded · failed (nothing was written).
 */
export const PRACTICE_IMPORT_STATES = ['previewed', 'queued', 'running', 'succeeded', 'failed'] as const
export type PracticeImportState = (typeof PRACTICE_IMPORT_STATES)[number]

/** Why an import failed, as a message key and its values, shown in the reader's language. */
export interface PracticeImportError {
  key: string
  values?: Record<string, string | number>
}

/** One bulk import of practices by an editor, from upload to report. */
export const practiceImports = pgTable(
  'practice_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    state: text({ enum: PRACTICE_IMPORT_STATES }).notNull().default('previewed'),
    fileName: text().notNull(),
    format: text({ enum: ['csv', 'json'] }).notNull(),
    /** The uploaded file's text, kept only until the import ends (then null). */
    source: text(),
    /** Whether the practices are published at once rather than created as drafts. */
    publish: boolean().notNull().default(false),
    total: integer().notNull().default(0),
    done: integer().notNull().default(0),
    createdPracticeIds: uuid().array().notNull().default([]),
    error: jsonb().$type<PracticeImportError>(),
    createdBy: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('practice_imports_created_at_idx').on(table.createdAt)],
)
