import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { callReviews } from '../tables.js'

export const REVIEW_REMINDER_KINDS = ['due-soon', 'late'] as const
export type ReviewReminderKind = (typeof REVIEW_REMINDER_KINDS)[number]

/**
 * Review reminders sent: the (review, kind) pair is claimed in the transaction that queues the
 * mail, so no reminder goes twice, whatever the number of app instances running the job.
 */
export const callReviewReminders = pgTable(
  'call_review_reminders',
  {
    reviewId: uuid()
      .notNull()
      .references(() => callReviews.id, { onDelete: 'cascade' }),
    kind: text({ enum: REVIEW_REMINDER_KINDS }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('call_review_reminders_review_kind_idx').on(table.reviewId, table.kind)],
)
