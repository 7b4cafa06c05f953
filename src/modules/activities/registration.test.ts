import { and, asc, eq, ne } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.js'
import { openPostgres } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { organisationMemberships } from '../accounts/tables.js'
import { createOrganisation } from '../accounts/testing.js'
import { isValidCancelToken } from './notify.js'
import { cancelRegistration, registerForActivity, waitlistPosition } from './registration.js'
import { activityRegistrations } from './tables.js'
import { createParticipants, createTestActivity, TEST_LINKS } from './testing.js'

const database = await createTestDatabase()
const db = database.db
afterAll(() => database.close())

const now = new Date('2026-05-01T10:00:00Z')
const actorFor = (
  person: { id: string; name: string; email: string },
  memberships: Actor['memberships'] = [],
): Actor => ({
  ...person,
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships,
})

async function liveRegistrations(handle: Db, activityId: string) {
  return handle
    .select()
    .from(activityRegistrations)
    .where(and(eq(activityRegistrations.activityId, activityId), ne(activityRegistrations.status, 'cancelled')))
    .orderBy(asc(activityRegistrations.arrival))
}

/** Exactly `capacity` confirmed, the first arrivals; the rest waitlisted 1..n in arrival order. */
async function expectCapacityHeld(handle: Db, activityId: string, capacity: number, total: number) {
  const rows = await liveRegistrations(handle, activityId)
  expect(rows).toHaveLength(total)
  expect(rows.map((row) => row.arrival)).toEqual(Array.from({ length: total }, (_, index) => index + 1))
  expect(rows.filter((row) => row.status === 'confirmed').map((row) => row.arrival)).toEqual(
    Array.from({ length: capacity }, (_, index) => index + 1),
  )
  const waiting = rows.filter((row) => row.status === 'waitlisted')
  const positions = await Promise.all(waiting.map((row) => waitlistPosition(handle, row)))
  expect(positions).toEqual(Array.from({ length: total - capacity }, (_, index) => index + 1))
}

describe('registering for an activity', () => {
  it('confirms while seats remain, then waitlists, and tells each person by e-mail', async () => {
    const activity = await createTestActivity(db, { capacity: 1 }, now)
    const [first, second] = await createParticipants(db, 2)
    const a = await registerForActivity(db, TEST_LINKS, actorFor(first!), { activityId: activity.id, now })
    const b = await registerForActivity(db, TEST_LINKS, actorFor(second!), { activityId: activity.id, now })
    expect(a).toMatchObject({ ok: true, registration: { status: 'confirmed' }, position: null })
    expect(b).toMatchObject({ ok: true, registration: { status: 'waitlisted' }, position: 1 })
    const mail = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, second!.email))
    expect(mail[0]?.subject).toContain('waiting list')
  })

  it('refuses a second registration, before opening, after closing and in invitation-only mode', async () => {
    const [person] = await createParticipants(db, 1)
    const actor = actorFor(person!)
    const open = await createTestActivity(db, {}, now)
    await registerForActivity(db, TEST_LINKS, actor, { activityId: open.id, now })
    expect(await registerForActivity(db, TEST_LINKS, actor, { activityId: open.id, now })).toEqual({
      ok: false,
      reason: 'already-registered',
    })
    const later = await createTestActivity(db, { registrationOpensAt: new Date('2026-05-02T00:00:00Z') }, now)
    expect(await registerForActivity(db, TEST_LINKS, actor, { activityId: later.id, now })).toMatchObject({
      reason: 'not-open-yet',
    })
    const closed = await createTestActivity(db, { registrationClosesAt: new Date('2026-04-30T00:00:00Z') }, now)
    expect(await registerForActivity(db, TEST_LINKS, actor, { activityId: closed.id, now })).toMatchObject({
      reason: 'closed',
    })
    const invitation = await createTestActivity(db, { registrationMode: 'invitation' }, now)
    expect(await registerForActivity(db, TEST_LINKS, actor, { activityId: invitation.id, now })).toMatchObject({
      reason: 'invitation-only',
    })
    expect(await registerForActivity(db, TEST_LINKS, null, { activityId: open.id, now })).toMatchObject({
      reason: 'not-allowed',
    })
  })

  it('lets an organisation admin register a delegation of its members, up to the organisation limit', async () => {
    const organisation = await createOrganisation(db)
    const [admin, one, two, outsider] = await createParticipants(db, 4)
    await db.insert(organisationMemberships).values([
      { organisationId: organisation.id, userId: admin!.id, role: 'admin' },
      { organisationId: organisation.id, userId: one!.id },
      { organisationId: organisation.id, userId: two!.id },
    ])
    const actor = actorFor(admin!, [{ organisationId: organisation.id, role: 'admin' }])
    const activity = await createTestActivity(db, { perOrganisationLimit: 1 }, now)
    const register = (userId: string) =>
      registerForActivity(db, TEST_LINKS, actor, {
        activityId: activity.id,
        userId,
        organisationId: organisation.id,
        now,
      })
    expect(await register(one!.id)).toMatchObject({ ok: true, registration: { registeredById: admin!.id } })
    expect(await register(two!.id)).toEqual({ ok: false, reason: 'organisation-limit' })
    expect(await register(outsider!.id)).toEqual({ ok: false, reason: 'not-a-member' })
    // A plain member cannot register colleagues.
    const member = actorFor(one!, [{ organisationId: organisation.id, role: 'member' }])
    expect(
      await registerForActivity(db, TEST_LINKS, member, {
        activityId: activity.id,
        userId: two!.id,
        organisationId: organisation.id,
        now,
      }),
    ).toEqual({ ok: false, reason: 'not-allowed' })
  })

  it('gives a cancelled seat to the first on the waiting list and e-mails them a one-click cancel link', async () => {
    const activity = await createTestActivity(db, { capacity: 1 }, now)
    const [first, second, third] = await createParticipants(db, 3)
    const taken = await registerForActivity(db, TEST_LINKS, actorFor(first!), { activityId: activity.id, now })
    const waiting = await registerForActivity(db, TEST_LINKS, actorFor(second!), { activityId: activity.id, now })
    await registerForActivity(db, TEST_LINKS, actorFor(third!), { activityId: activity.id, now })
    if (!taken.ok || !waiting.ok) throw new Error('setup failed')
    expect(
      await cancelRegistration(db, TEST_LINKS, { registrationId: taken.registration.id, by: actorFor(third!), now }),
    ).toEqual({ ok: false, reason: 'not-allowed' })
    const result = await cancelRegistration(db, TEST_LINKS, {
      registrationId: taken.registration.id,
      by: actorFor(first!),
      now,
    })
    expect(result).toMatchObject({ ok: true, promoted: [{ id: waiting.registration.id, status: 'confirmed' }] })
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, second!.email))
      .orderBy(asc(mailOutbox.createdAt))
    const promotion = (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, second!.email))).find((m) =>
      m.subject.startsWith('A place is free'),
    )
    expect(mail).toBeDefined()
    const token = /token=([\w-]+)/.exec(promotion!.textBody)![1]!
    expect(isValidCancelToken(TEST_LINKS.secret, waiting.registration.id, token)).toBe(true)
    // The link works without signing in; a forged token does not.
    expect(
      await cancelRegistration(db, TEST_LINKS, { registrationId: waiting.registration.id, by: { token: 'x' }, now }),
    ).toEqual({ ok: false, reason: 'not-allowed' })
    expect(
      await cancelRegistration(db, TEST_LINKS, { registrationId: waiting.registration.id, by: { token }, now }),
    ).toMatchObject({ ok: true })
    const rows = await liveRegistrations(db, activity.id)
    expect(rows.map((row) => [row.userId, row.status])).toEqual([[third!.id, 'confirmed']])
  })

  it('never exceeds capacity with 300 concurrent registrations on one database', async () => {
    const activity = await createTestActivity(db, { capacity: 20 }, now)
    const people = await createParticipants(db, 300)
    const results = await Promise.all(
      people.map((person) => registerForActivity(db, TEST_LINKS, actorFor(person), { activityId: activity.id, now })),
    )
    expect(results.every((result) => result.ok)).toBe(true)
    await expectCapacityHeld(db, activity.id, 20, 300)
  })
})

describe.runIf(database.kind === 'postgres')('on PostgreSQL with two app instances', () => {
  let second: Awaited<ReturnType<typeof openPostgres>>
  beforeAll(async () => {
    // A separate pool on the same database: what a second server process would hold.
    second = await openPostgres(database.url!, 20)
  })
  afterAll(() => second.close())

  it('never exceeds capacity with 400 concurrent registrations split over two connection pools', async () => {
    const activity = await createTestActivity(db, { capacity: 25 }, now)
    const people = await createParticipants(db, 400)
    const results = await Promise.all(
      people.map((person, index) =>
        registerForActivity(index % 2 === 0 ? db : second.db, TEST_LINKS, actorFor(person), {
          activityId: activity.id,
          now,
        }),
      ),
    )
    expect(results.every((result) => result.ok)).toBe(true)
    await expectCapacityHeld(db, activity.id, 25, 400)
    // Concurrent cancellations promote exactly as many as they free, in arrival order.
    const confirmed = (await liveRegistrations(db, activity.id)).filter((row) => row.status === 'confirmed')
    await Promise.all(
      confirmed.slice(0, 10).map((row, index) =>
        cancelRegistration(index % 2 === 0 ? db : second.db, TEST_LINKS, {
          registrationId: row.id,
          by: actorFor({ id: row.userId, name: '', email: '' }),
          now,
        }),
      ),
    )
    const after = await liveRegistrations(db, activity.id)
    const stillConfirmed = after.filter((row) => row.status === 'confirmed').map((row) => row.arrival)
    expect(stillConfirmed).toEqual([
      ...Array.from({ length: 15 }, (_, i) => i + 11),
      ...Array.from({ length: 10 }, (_, i) => i + 26),
    ])
  })
})
