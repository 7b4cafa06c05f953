import { and, eq, gt, lte, notExists, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Db } from '../../db/client.js'
import { reminderMail } from './mail.js'
import { type MailLinks, mailParticipant } from './notify.js'
import { activities, activityRegistrations, activityReminders, type ReminderKind } from './tables.js'

const HOUR = 3600_000
const BATCH = 500

/**
 * When each reminder is due, relative to the start: the day-before one from 24 hours to 1 hour
 * before (someone registering later gets no "tomorrow" mail), the hour-before one (online only)
 * in the last hour.
 */
const windows: Record<ReminderKind, { from: number; to: number; onlineOnly: boolean }> = {
  'day-before': { from: 24 * HOUR, to: HOUR, onlineOnly: false },
  'hour-before': { from: HOUR, to: 0, onlineOnly: true },
}

/**
 * Sends the reminders due at `now` to confirmed participants. Each is claimed by inserting its
 * (registration, kind) row in the transaction that queues the mail: the unique key makes a second
 * instance, or a second run, skip it, and a crash before commit leaves it to send next time.
 * Returns how many were sent.
 */
export async function sendDueReminders(db: Db, links: MailLinks, now: Date): Promise<number> {
  let sent = 0
  for (const [kind, window] of Object.entries(windows) as [ReminderKind, (typeof windows)[ReminderKind]][]) {
    const due = await db
      .select({ registration: activityRegistrations, activity: activities })
      .from(activityRegistrations)
      .innerJoin(activities, eq(activities.id, activityRegistrations.activityId))
      .where(
        and(
          eq(activityRegistrations.status, 'confirmed'),
          lte(activities.startsAt, new Date(now.getTime() + window.from)),
          gt(activities.startsAt, new Date(now.getTime() + window.to)),
          window.onlineOnly ? eq(activities.online, true) : undefined,
          notExists(
            db
              .select({ one: sql`1` })
              .from(activityReminders)
              .where(
                and(eq(activityReminders.registrationId, activityRegistrations.id), eq(activityReminders.kind, kind)),
              ),
          ),
        ),
      )
      .limit(BATCH)
    for (const { registration, activity } of due) {
      const claimed = await db.transaction(async (tx) => {
        const [claim] = await tx
          .insert(activityReminders)
          .values({ registrationId: registration.id, kind, sentAt: now })
          .onConflictDoNothing()
          .returning()
        if (!claim) return false
        await mailParticipant(tx, links, {
          activity,
          registration,
          template: reminderMail,
          extra: { soon: kind === 'day-before' ? ('day' as const) : ('hour' as const) },
        })
        return true
      })
      if (claimed) sent += 1
    }
  }
  return sent
}

/** Runs the reminders now and then every 15 seconds (one indexed query); the state is in the database, so restarts lose nothing. */
export function startReminderJob(db: Db, links: MailLinks, logger: Logger, intervalMs = 15_000) {
  const run = async () => {
    try {
      const sent = await sendDueReminders(db, links, new Date())
      if (sent > 0) logger.info({ sent }, 'activity reminders queued')
    } catch (error) {
      logger.error({ err: error }, 'activity reminders failed')
    }
  }
  void run()
  const timer = setInterval(run, intervalMs)
  // The job never keeps the process alive on its own.
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
