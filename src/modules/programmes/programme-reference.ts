import { uuid } from 'drizzle-orm/pg-core'
import { programmes } from './tables.js'

/**
 * The column by which a call, an activity, a practice, a library item or a survey belongs to at
 * most one programme. Deleting a programme keeps that content, no longer attached to it.
 * @example
 * export const calls = pgTable('calls', { …, programmeId: programmeReference() }, (table) => [
 *   index('calls_programme_id_idx').on(table.programmeId),
 * ])
 */
export function programmeReference() {
  return uuid().references(() => programmes.id, { onDelete: 'set null' })
}
