import type { Db } from '../../db/client.js'
import { users } from '../accounts/tables.js'
import { type ActivityInput, createActivity } from './commands.js'
import type { MailLinks } from './notify.js'

let sequence = 0

export const TEST_LINKS: MailLinks = { baseUrl: 'http://localhost', secret: 'test-secret-for-activity-links' }

/**
 * An open, on-site activity a week after `now` with sensible defaults; pass what the test is about.
 * @example const full = await createTestActivity(db, { capacity: 1 })
 */
export async function createTestActivity(
  db: Db,
  overrides: Partial<ActivityInput> = {},
  now = new Date(),
): Promise<ActivityInput & { id: string }> {
  sequence += 1
  const startsAt = new Date(now.getTime() + 7 * 24 * 3600_000)
  const input: ActivityInput = {
    slug: `test-activity-${Date.now().toString(36)}-${sequence}`,
    kind: 'peer-learning-visit',
    title: `Test activity ${sequence}`,
    summary: 'An activity made for a test.',
    timeZone: 'Europe/Warsaw',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * 3600_000),
    hostCity: 'Krakow',
    hostCountry: 'PL',
    ...overrides,
  }
  return { ...input, id: await createActivity(db, input, now) }
}

/**
 * Verified people without passwords, written straight to the table: a concurrency test needs
 * hundreds, and signing each up would hash hundreds of passwords.
 */
export async function createParticipants(db: Db, n: number, prefix = 'participant') {
  const batch = `${Date.now().toString(36)}${(sequence++).toString(36)}`
  const rows = Array.from({ length: n }, (_, index) => ({
    id: `${prefix}-${batch}-${index}`,
    name: `Participant ${index + 1}`,
    email: `${prefix}-${batch}-${index}@example.org`,
    emailVerified: true,
  }))
  await db.insert(users).values(rows)
  return rows
}
