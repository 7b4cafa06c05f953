import { and, asc, eq, gt, isNotNull, isNull, lte, notExists, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { isLocale } from '../../../platform/i18n/negotiate.js'
import { queueTemplatedMail } from '../../../platform/mail/index.js'
import { findMailRecipient } from '../../accounts/index.js'
import { callApplications, callReviews, calls } from '../tables.js'
import { reviewsDueSoonMail, reviewsLateMail } from './mail.js'
import { callReviewReminders, type ReviewReminderKind } from './tables.js'

const DAY = 24 * 3600_000
/** Experts hear this many days before their reviews are due. */
export const DUE_SOON_DAYS = 3
const BATCH = 500

const templates = { 'due-soon': reviewsDueSoonMail, late: reviewsLateMail }

/**
 * E-mails experts about their unfinished reviews: once when the due date is DUE_SOON_DAYS away, once
 * when it has passed. One e-mail per expert, call and kind, counting the reviews it claims. Each
 * review is claimed by inserting its (review, kind) row in the transaction that queues the mail:
 * the unique key makes another instance, or a later run, skip it, and a crash before commit leaves
 * it for the next run. Calls whose outcomes are released are left alone. Returns the e-mails queued.
 */
export async function sendReviewReminders(db: Db, config: Config, now: Date): Promise<number> {
  let sent = 0
  for (const kind of ['late', 'due-soon'] as ReviewReminderKind[]) {
    const window =
      kind === 'late'
        ? lte(callReviews.dueAt, now)
        : and(gt(callReviews.dueAt, now), lte(callReviews.dueAt, new Date(now.getTime() + DUE_SOON_DAYS * DAY)))
    const due = await db
      .select({ reviewId: callReviews.id, expertId: callReviews.expertId, dueAt: callReviews.dueAt, call: calls })
      .from(callReviews)
      .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
      .innerJoin(calls, eq(calls.id, callApplications.callId))
      .where(
        and(
          eq(callReviews.status, 'assigned'),
          isNotNull(callReviews.dueAt),
          window,
          eq(callApplications.status, 'submitted'),
          isNull(calls.decidedAt),
          notExists(
            db
              .select({ one: sql`1` })
              .from(callReviewReminders)
              .where(and(eq(callReviewReminders.reviewId, callReviews.id), eq(callReviewReminders.kind, kind))),
          ),
        ),
      )
      .orderBy(asc(callReviews.dueAt))
      .limit(BATCH)
    const groups = new Map<string, typeof due>()
    for (const row of due) {
      const key = `${row.expertId}:${row.call.id}`
      groups.set(key, [...(groups.get(key) ?? []), row])
    }
    for (const rows of groups.values()) {
      const { expertId, call } = rows[0]!
      const queued = await db.transaction(async (tx) => {
        const claimed = await tx
          .insert(callReviewReminders)
          .values(rows.map((row) => ({ reviewId: row.reviewId, kind, sentAt: now })))
          .onConflictDoNothing()
          .returning({ reviewId: callReviewReminders.reviewId })
        if (claimed.length === 0) return false
        // Only what this run claimed: a review claimed by another instance is in its e-mail.
        const mine = new Set(claimed.map((row) => row.reviewId))
        const earliest = rows.find((row) => mine.has(row.reviewId))!.dueAt!
        const recipient = await findMailRecipient(tx, expertId)
        if (!recipient) return false
        const locale = isLocale(recipient.locale) ? recipient.locale : 'en'
        await queueTemplatedMail(tx, {
          to: recipient.email,
          locale,
          template: templates[kind],
          data: {
            name: recipient.name,
            title: call.title,
            count: claimed.length,
            due: formatDateTime(locale, earliest, call.timeZone),
            pageUrl: `${config.http.baseUrl}/${locale}/calls/reviews`,
          },
        })
        return true
      })
      if (queued) sent += 1
    }
  }
  return sent
}

/** Runs the reminders now and then every minute; the state is in the database, so restarts lose nothing. */
export function startReviewReminderJob(db: Db, config: Config, logger: Logger, intervalMs = 60_000) {
  const run = async () => {
    try {
      const sent = await sendReviewReminders(db, config, new Date())
      if (sent > 0) logger.info({ sent }, 'review reminders queued')
    } catch (error) {
      logger.error({ err: error }, 'review reminders failed')
    }
  }
  void run()
  const timer = setInterval(run, intervalMs)
  // The job never keeps the process alive on its own.
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
