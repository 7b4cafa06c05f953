import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

export interface MailAttachment {
  /** The name the recipient sees, without a path. */
  filename: string
  /** With its parameters, e.g. "text/calendar; charset=utf-8; method=PUBLISH". */
  contentType: string
  content: string
  /** 'base64' when `content` is base64-encoded bytes; absent for text. */
  encoding?: 'base64'
}

/**
 * Every e-mail Stoa sends, written in the same transaction as the action that caused it and
 * delivered later by the mail worker. No foreign keys: a mail outlives the rows it was about
 * (a deleted account's last message stays readable for admins until it is purged).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    locale: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    /**
     * Files sent with the mail (an invitation's .ics…): small, so they live in the row, and go
     * with it whatever instance delivers. Text content as is; binary content base64-encoded.
     */
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    /** Extra headers (List-Unsubscribe…), name → value. */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    kind: text({ enum: ['transactional', 'notification'] })
      .notNull()
      .default('transactional'),
    /** 'kept': no SMTP server is configured, so the mail stays here for admins to read. */
    status: text({ enum: ['queued', 'sending', 'sent', 'failed', 'kept'] })
      .notNull()
      .default('queued'),
    attempts: integer().notNull().default(0),
    /**
     * When a queued mail is due; while 'sending' it is the end of the sender's lease, after which
     * another instance may take the mail over (its sender crashed).
     */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('mail_outbox_status_next_attempt_at_idx').on(table.status, table.nextAttemptAt),
    index('mail_outbox_created_at_idx').on(table.createdAt),
  ],
)

export type OutboxMessage = typeof mailOutbox.$inferSelect
export type MailStatus = OutboxMessage['status']
export type MailKind = OutboxMessage['kind']
