import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * Security-relevant events, append-only. Actor and subject are plain text, not foreign keys: the
 * log must outlive the accounts and records it mentions, so actor_label keeps who it was.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null for the system itself or an anonymous visitor (e.g. a failed sign-in). */
    actorId: text(),
    actorLabel: text().notNull(),
    /** "<area>.<verb in the past>", e.g. "account.signed_in", "organisation.member_added". */
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    organisationId: text(),
    ip: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index('audit_events_occurred_at_idx').on(table.occurredAt),
    index('audit_events_action_occurred_at_idx').on(table.action, table.occurredAt),
    index('audit_events_actor_id_occurred_at_idx').on(table.actorId, table.occurredAt),
    index('audit_events_subject_idx').on(table.subjectType, table.subjectId, table.occurredAt),
  ],
)

export type AuditEvent = typeof auditEvents.$inferSelect
