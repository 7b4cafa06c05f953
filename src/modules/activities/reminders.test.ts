import { eq } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { updateActivity } from './commands.js'
import { registerForActivity } from './registration.js'
import { sendDueReminders } from './reminders.js'
import { createParticipants, createTestActivity, TEST_LINKS } from './testing.js'

const database = await createTestDatabase()
const db = database.db
afterAll(() => database.close())
const now = new Date('2026-05-01T10:00:00Z')
const actorFor = (person: { id: string; name: string; email: string }): Actor => ({
  ...person,
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [],
})
const subjects = async (email: string) =>
  (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email))).map((mail) => mail.subject)

it('reminds a day before, and an hour before when online, never twice, even with runs racing', async () => {
  const startsAt = new Date('2026-05-03T10:00:00Z')
  const activity = await createTestActivity(
    db,
    { online: true, kind: 'webinar', title: 'Webinar soon', startsAt, endsAt: new Date('2026-05-03T11:00:00Z') },
    now,
  )
  const [person] = await createParticipants(db, 1)
  await registerForActivity(db, TEST_LINKS, actorFor(person!), { activityId: activity.id, now })
  expect(await sendDueReminders(db, TEST_LINKS, now)).toBe(0)
  const dayBefore = new Date('2026-05-02T10:30:00Z')
  const counts = await Promise.all([1, 2, 3].map(() => sendDueReminders(db, TEST_LINKS, dayBefore)))
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1)
  expect(await sendDueReminders(db, TEST_LINKS, new Date('2026-05-03T08:00:00Z'))).toBe(0)
  expect(await sendDueReminders(db, TEST_LINKS, new Date('2026-05-03T09:15:00Z'))).toBe(1)
  expect(await sendDueReminders(db, TEST_LINKS, new Date('2026-05-03T09:30:00Z'))).toBe(0)
  expect((await subjects(person!.email)).filter((subject) => subject.includes('Webinar soon'))).toEqual([
    'Your place is confirmed: Webinar soon',
    'Tomorrow: Webinar soon',
    'In an hour: Webinar soon',
  ])
})

it('e-mails everyone registered when the time changes, and bumps the calendar sequence', async () => {
  const activity = await createTestActivity(db, { title: 'Visit moved', capacity: 1 }, now)
  const [first, second] = await createParticipants(db, 2)
  await registerForActivity(db, TEST_LINKS, actorFor(first!), { activityId: activity.id, now })
  await registerForActivity(db, TEST_LINKS, actorFor(second!), { activityId: activity.id, now })
  const moved = await updateActivity(
    db,
    TEST_LINKS,
    activity.id,
    {
      startsAt: new Date(activity.startsAt.getTime() + 3600_000),
      endsAt: new Date(activity.endsAt.getTime() + 3600_000),
    },
    now,
  )
  expect(moved.sequence).toBe(1)
  for (const person of [first!, second!]) expect(await subjects(person.email)).toContain('New time: Visit moved')
  const unchanged = await updateActivity(db, TEST_LINKS, activity.id, { summary: 'Same time.' }, now)
  expect(unchanged.sequence).toBe(1)
})
