import { and, eq, ne } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { timeChangedMail } from './mail.js'
import { type MailLinks, mailParticipant } from './notify.js'
import { fillFreedSeats } from './registration.js'
import { type Activity, activities, activityRegistrations, activitySeries, activitySessions } from './tables.js'

export type ActivityInput = Omit<
  typeof activities.$inferInsert,
  'id' | 'sequence' | 'createdAt' | 'updatedAt' | 'startsAt' | 'endsAt'
> & {
  startsAt: Date
  endsAt: Date
  sessions?: { title: string; startsAt: Date; endsAt: Date; speakers?: string; room?: string }[]
}

/** Creates an activity with its agenda; returns its id. */
export async function createActivity(db: Db, input: ActivityInput, now = new Date()): Promise<string> {
  const { sessions = [], ...values } = input
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activities)
      .values({ ...values, createdAt: now, updatedAt: now })
      .returning({ id: activities.id })
    if (sessions.length > 0)
      await tx.insert(activitySessions).values(sessions.map((session) => ({ ...session, activityId: row!.id })))
    return row!.id
  })
}

/**
 * Saves an organiser's changes. A new time bumps the iCalendar SEQUENCE and e-mails everyone
 * registered (confirmed and waiting) the new invitation as an .ics attachment (same UID, so
 * calendars replace the old event); more seats go to the waiting list at once.
 */
export async function updateActivity(
  db: Db,
  links: MailLinks,
  activityId: string,
  changes: Partial<ActivityInput>,
  now = new Date(),
): Promise<Activity> {
  const { sessions, ...fields } = changes
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(activities).where(eq(activities.id, activityId)).for('update')
    if (!before) throw new Error(`No activity ${activityId}`)
    const timeChanged =
      (fields.startsAt !== undefined && fields.startsAt.getTime() !== before.startsAt.getTime()) ||
      (fields.endsAt !== undefined && fields.endsAt.getTime() !== before.endsAt.getTime()) ||
      (fields.timeZone !== undefined && fields.timeZone !== before.timeZone)
    const [after] = await tx
      .update(activities)
      .set({ ...fields, sequence: timeChanged ? before.sequence + 1 : before.sequence, updatedAt: now })
      .where(eq(activities.id, activityId))
      .returning()
    if (sessions) {
      // The agenda is replaced as a whole: the form edits it as one text.
      await tx.delete(activitySessions).where(eq(activitySessions.activityId, activityId))
      if (sessions.length > 0)
        await tx.insert(activitySessions).values(sessions.map((session) => ({ ...session, activityId })))
    }
    if (timeChanged) {
      const registered = await tx
        .select()
        .from(activityRegistrations)
        .where(and(eq(activityRegistrations.activityId, activityId), ne(activityRegistrations.status, 'cancelled')))
      for (const registration of registered)
        await mailParticipant(tx, links, {
          activity: after!,
          registration,
          template: timeChangedMail,
          extra: {},
          attachCalendar: true,
        })
    }
    await fillFreedSeats(tx, links, after!, now)
    return after!
  })
}

/** Creates a series (returns its id). */
export async function createSeries(db: Db, input: typeof activitySeries.$inferInsert): Promise<string> {
  const [row] = await db.insert(activitySeries).values(input).returning({ id: activitySeries.id })
  return row!.id
}

/** Organisers mark who came, after the activity; only live registrations can be marked. */
export async function markAttendance(db: Db, activityId: string, attendedIds: Set<string>): Promise<void> {
  await db.transaction(async (tx) => {
    const registered = await tx
      .select({ id: activityRegistrations.id })
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.status, 'confirmed')))
    for (const { id } of registered)
      await tx
        .update(activityRegistrations)
        .set({ attended: attendedIds.has(id) })
        .where(eq(activityRegistrations.id, id))
  })
}
