import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { type Database, openPglite, openPostgres } from '../src/db/client.js'
import {
  BURST_ACTIVITY_SLUG,
  BURST_CAPACITY,
  BURST_PEOPLE,
  BURST_PERSON_PREFIX,
} from '../src/demo/synthetic/activities.js'
import { registerForActivity } from '../src/modules/activities/registration.js'
import { activities, activityRegistrations } from '../src/modules/activities/tables.js'
import type { Actor } from '../src/platform/http/actor.js'

export interface BurstResult {
  people: number
  capacity: number
  ms: number
  registrationsPerSecond: number
  confirmed: number
  waitlisted: number
}

const LINKS = { baseUrl: 'http://localhost', secret: 'bench-secret-for-activity-links-000000' }

/**
 * The generated 20-seat visit, and its 1,000 people all registering at once, through the same
 * command the page uses (row lock, arrival order, mails queued in the outbox). On PostgreSQL the
 * people are split over two connection pools, as two app instances would be. Throws unless exactly
 * the capacity is confirmed, the rest waitlisted, and arrivals are 1…N with none repeated.
 * Run with the server stopped: the embedded database takes one process at a time.
 */
export async function runRegistrationBurst(serverEnv: Record<string, string>): Promise<BurstResult | undefined> {
  const databases: Database[] = serverEnv.DATABASE_URL
    ? [await openPostgres(serverEnv.DATABASE_URL, 10), await openPostgres(serverEnv.DATABASE_URL, 10)]
    : [await openPglite(path.join(serverEnv.DATA_DIR!, 'pglite'))]
  try {
    const db = databases[0]!.db
    const [activity] = await db.select().from(activities).where(eq(activities.slug, BURST_ACTIVITY_SLUG))
    if (!activity) return undefined
    const now = new Date('2099-01-01T00:00:00Z')
    const actors: Actor[] = Array.from({ length: BURST_PEOPLE }, (_, i) => ({
      id: `${BURST_PERSON_PREFIX}${i + 1}`,
      name: `Burst Person ${i + 1}`,
      email: `${BURST_PERSON_PREFIX}${i + 1}@example.org`,
      emailVerified: true,
      roles: [],
      locale: 'en',
      memberships: [],
    }))
    const started = performance.now()
    const results = await Promise.all(
      actors.map((actor, i) =>
        registerForActivity(databases[i % databases.length]!.db, LINKS, actor, { activityId: activity.id, now }),
      ),
    )
    const ms = performance.now() - started
    const refused = results.filter((result) => !result.ok)
    if (refused.length > 0) throw new Error(`burst: ${refused.length} registrations refused`)
    const rows = await db
      .select({ status: activityRegistrations.status, arrival: activityRegistrations.arrival })
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.activityId, activity.id)))
    const confirmed = rows.filter((row) => row.status === 'confirmed').length
    const waitlisted = rows.filter((row) => row.status === 'waitlisted').length
    const arrivals = new Set(rows.map((row) => row.arrival))
    const expectedWaiting = BURST_PEOPLE - BURST_CAPACITY
    if (confirmed !== BURST_CAPACITY || waitlisted !== expectedWaiting)
      throw new Error(
        `burst: ${confirmed} confirmed and ${waitlisted} waitlisted, expected ${BURST_CAPACITY} and ${expectedWaiting}`,
      )
    if (arrivals.size !== rows.length || Math.min(...arrivals) !== 1 || Math.max(...arrivals) !== rows.length)
      throw new Error('burst: arrival numbers are not 1…N without repeats')
    // The first arrivals hold the seats: the waiting list is served in arrival order.
    const seated = rows.filter((row) => row.status === 'confirmed').map((row) => row.arrival)
    if (Math.max(...seated) !== BURST_CAPACITY) throw new Error('burst: a later arrival took a seat')
    return {
      people: BURST_PEOPLE,
      capacity: BURST_CAPACITY,
      ms: Math.round(ms),
      registrationsPerSecond: (BURST_PEOPLE / ms) * 1000,
      confirmed,
      waitlisted,
    }
  } finally {
    for (const database of databases) await database.close()
  }
}
