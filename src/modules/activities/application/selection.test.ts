import { and, eq, ne } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../../db/client.js'
import { mailOutbox } from '../../../platform/mail/index.js'
import { createTestApp } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson } from '../../accounts/testing.js'
import { PARTICIPANTS_FORM } from '../../calls/index.js'
import { callApplications } from '../../calls/tables.js'
import { actorOf, createTestCall, submitTestApplication } from '../../calls/testing.js'
import { activityRegistrations, activitySelections } from '../tables.js'
import { createTestActivity, TEST_LINKS } from '../testing.js'
import { releaseSelection, selectApplicant, unselectApplicant } from './selection.js'
import { loadLearningNeeds, loadSelectionOverview } from './selection-queries.js'
import { findAcceptedRegistration, saveTravelDetails } from './travel.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
// A real account: selections and registrations name who made them.
const TEST_EDITOR = actorOf(await createPerson(t.db, t.config, { roles: ['editor'] }), [], ['editor'])

const ANSWERS = {
  qrole: 'Urban planner',
  qgender: 'o1',
  qmotivation: 'We are starting pocket parks.',
  qlearning: 'o1',
  qlearningmore: 'How to keep residents involved after the opening',
  qconsent: 'yes',
}

/** An application-mode visit with its participants call, and `n` people who applied, from `countries`. */
async function visitWithApplicants(
  n: number,
  places: { funded: number; selfFunded: number; capacity?: number | null },
  countries = ['PL', 'FR'],
) {
  const call = await createTestCall(
    t.db,
    now,
    { kind: 'participants', applicantType: 'both', referencePrefix: 'PLV' },
    PARTICIPANTS_FORM,
  )
  const activity = await createTestActivity(
    t.db,
    {
      registrationMode: 'application',
      applicationCallId: call.id,
      fundedPlaces: places.funded,
      selfFundedPlaces: places.selfFunded,
      capacity: places.capacity === undefined ? places.funded + places.selfFunded : places.capacity,
    },
    now,
  )
  const applications = []
  for (let index = 0; index < n; index++) {
    const organisation = await createOrganisation(t.db, {
      name: `City ${index}`,
      country: countries[index % countries.length],
    })
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id }] })
    const actor = actorOf(person, [{ organisationId: organisation.id, role: 'member' }])
    applications.push(
      await submitTestApplication(
        t.db,
        t.config,
        actor,
        call,
        organisation.id,
        { ...ANSWERS, qgender: index % 2 ? 'o2' : 'o1' },
        now,
      ),
    )
  }
  return { call, activity, applications }
}

describe('selecting participants for an application-mode activity', () => {
  it('refuses open registration: places come only from the selection', async () => {
    const { activity } = await visitWithApplicants(0, { funded: 1, selfFunded: 0 })
    const { registerForActivity } = await import('../registration.js')
    const person = await createPerson(t.db, t.config)
    expect(await registerForActivity(t.db, TEST_LINKS, actorOf(person), { activityId: activity.id, now })).toEqual({
      ok: false,
      reason: 'by-application',
    })
  })

  it('lets only editors select, and keeps each kind of place within its quota', async () => {
    const { activity, applications } = await visitWithApplicants(4, { funded: 2, selfFunded: 1 })
    const [a, b, c, d] = applications.map((application) => application.id)
    const member = actorOf(await createPerson(t.db, t.config))
    const select = (applicationId: string, funding: 'funded' | 'self-funded', actor = TEST_EDITOR) =>
      selectApplicant(t.db, actor, { activityId: activity.id, applicationId, funding, now })
    expect(await select(a!, 'funded', member)).toEqual({ ok: false, reason: 'not-allowed' })
    expect((await select(a!, 'funded')).ok).toBe(true)
    expect((await select(b!, 'funded')).ok).toBe(true)
    expect(await select(c!, 'funded')).toEqual({ ok: false, reason: 'quota' })
    expect((await select(c!, 'self-funded')).ok).toBe(true)
    expect(await select(d!, 'self-funded')).toEqual({ ok: false, reason: 'quota' })
    // Moving someone to the other kind counts against that kind's quota.
    expect(await select(c!, 'funded')).toEqual({ ok: false, reason: 'quota' })
    expect(await unselectApplicant(t.db, TEST_EDITOR, { activityId: activity.id, applicationId: b! })).toEqual({
      ok: true,
    })
    expect((await select(c!, 'funded')).ok).toBe(true)
    expect((await select(d!, 'self-funded')).ok).toBe(true)
  })

  it('refuses an application of another call', async () => {
    const first = await visitWithApplicants(0, { funded: 2, selfFunded: 0 })
    const other = await visitWithApplicants(1, { funded: 2, selfFunded: 0 })
    expect(
      await selectApplicant(t.db, TEST_EDITOR, {
        activityId: first.activity.id,
        applicationId: other.applications[0]!.id,
        funding: 'funded',
        now,
      }),
    ).toEqual({ ok: false, reason: 'not-found' })
  })

  it('never selects more than the capacity, whatever the quotas say', async () => {
    const { activity, applications } = await visitWithApplicants(3, { funded: 3, selfFunded: 0, capacity: 2 })
    const results = []
    for (const application of applications)
      results.push(
        await selectApplicant(t.db, TEST_EDITOR, {
          activityId: activity.id,
          applicationId: application.id,
          funding: 'funded',
          now,
        }),
      )
    expect(results.map((result) => (result.ok ? 'ok' : result.reason))).toEqual(['ok', 'ok', 'capacity'])
  })

  it('shows the balance by country, kind of organisation and gender', async () => {
    const { activity, applications } = await visitWithApplicants(3, { funded: 3, selfFunded: 0 }, ['PL', 'FR', 'PL'])
    for (const application of applications)
      await selectApplicant(t.db, TEST_EDITOR, {
        activityId: activity.id,
        applicationId: application.id,
        funding: 'funded',
        now,
      })
    const row = await t.db.query.activities.findFirst({ where: (table, { eq }) => eq(table.id, activity.id) })
    const overview = await loadSelectionOverview(t.db, row!, { unknown: '?' })
    expect(overview.places.funded).toEqual({ taken: 3, places: 3 })
    expect(overview.byCountry).toEqual([
      { key: 'PL', count: 2 },
      { key: 'FR', count: 1 },
    ])
    expect(overview.byGender).toEqual([
      { key: 'Woman', count: 2 },
      { key: 'Man', count: 1 },
    ])
    expect(overview.applicants[0]).toMatchObject({
      learningTopics: ['Involving residents'],
      learningNeeds: 'How to keep residents involved after the opening',
    })
    const needs = await loadLearningNeeds(t.db, row!, 'en')
    expect(needs.topics).toEqual([{ key: 'Involving residents', count: 3 }])
    expect(needs.needs).toHaveLength(3)
  })

  it('on release, confirms each selected applicant with their kind of place, e-mails them and opens the travel form', async () => {
    const { activity, applications } = await visitWithApplicants(2, { funded: 1, selfFunded: 1 })
    const [funded, selfFunded] = applications
    await selectApplicant(t.db, TEST_EDITOR, {
      activityId: activity.id,
      applicationId: funded!.id,
      funding: 'funded',
      now,
    })
    const row = (await t.db.query.activities.findFirst({ where: (table, { eq }) => eq(table.id, activity.id) }))!
    // Before release: selected, not accepted, no travel form.
    expect(await findAcceptedRegistration(t.db, activity.id, funded!.personId)).toBeUndefined()
    await selectApplicant(t.db, TEST_EDITOR, {
      activityId: activity.id,
      applicationId: selfFunded!.id,
      funding: 'self-funded',
      now,
    })
    expect(await releaseSelection(t.db, TEST_LINKS, TEST_EDITOR, { activityId: activity.id, now })).toEqual({
      ok: true,
      released: 2,
      full: 0,
    })
    const registrations = await t.db
      .select()
      .from(activityRegistrations)
      .where(eq(activityRegistrations.activityId, activity.id))
    expect(
      registrations.map((registration) => [registration.userId, registration.status, registration.funding]),
    ).toEqual(
      expect.arrayContaining([
        [funded!.personId, 'confirmed', 'funded'],
        [selfFunded!.personId, 'confirmed', 'self-funded'],
      ]),
    )
    const [person] = await t.db.query.users.findMany({ where: (table, { eq }) => eq(table.id, funded!.personId) })
    const mail = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person!.email))
    const accepted = mail.find((message) => message.subject.startsWith('You are selected'))
    expect(accepted?.textBody).toContain(`/en/activities/${activity.slug}/travel`)
    expect(accepted?.textBody).toContain('a funded place')
    const [decided] = await t.db.select().from(callApplications).where(eq(callApplications.id, funded!.id))
    expect(decided?.decision).toBe('selected')
    // Released selections are final here; cancelling goes through the participant list.
    expect(await unselectApplicant(t.db, TEST_EDITOR, { activityId: activity.id, applicationId: funded!.id })).toEqual({
      ok: false,
      reason: 'released',
    })
    const travel = {
      travelFrom: 'Lyon',
      travelMode: 'train' as const,
      arrivalDate: '2026-05-08',
      departureDate: '2026-05-09',
      accommodationNeeded: 'yes' as const,
      dietary: 'Vegetarian',
      accessibility: '',
    }
    const outsider = actorOf(await createPerson(t.db, t.config))
    expect(await saveTravelDetails(t.db, outsider, { activity: row, data: travel, now })).toEqual({
      ok: false,
      reason: 'not-accepted',
    })
    expect(
      await saveTravelDetails(t.db, actorOf({ id: funded!.personId, name: '', email: '' }), {
        activity: row,
        data: travel,
        now,
      }),
    ).toEqual({ ok: true })
    // Releasing again tells nobody twice.
    expect(await releaseSelection(t.db, TEST_LINKS, TEST_EDITOR, { activityId: activity.id, now })).toEqual({
      ok: true,
      released: 0,
      full: 0,
    })
  })
})

describe('two editors racing for the last funded place', () => {
  it('gives it to exactly one of them', async () => {
    const { activity, applications } = await visitWithApplicants(2, { funded: 1, selfFunded: 0 })
    const results = await Promise.all(
      applications.map((application) =>
        selectApplicant(t.db, TEST_EDITOR, {
          activityId: activity.id,
          applicationId: application.id,
          funding: 'funded',
          now,
        }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'quota' }])
  })
})

describe.runIf(t.database.kind === 'postgres')('on PostgreSQL with two app instances', () => {
  let second: Awaited<ReturnType<typeof openPostgres>>
  beforeAll(async () => {
    // A separate pool on the same database: what a second server process would hold.
    second = await openPostgres(t.database.url!, 10)
  })
  afterAll(() => second.close())

  it('selects exactly the funded quota when many selections race over two connection pools', async () => {
    const { activity, applications } = await visitWithApplicants(12, { funded: 3, selfFunded: 0, capacity: 20 })
    const results = await Promise.all(
      applications.map((application, index) =>
        selectApplicant(index % 2 === 0 ? t.db : second.db, TEST_EDITOR, {
          activityId: activity.id,
          applicationId: application.id,
          funding: 'funded',
          now,
        }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(3)
    const rows = await t.db
      .select()
      .from(activitySelections)
      .where(and(eq(activitySelections.activityId, activity.id), ne(activitySelections.funding, 'self-funded')))
    expect(rows).toHaveLength(3)
  })

  it('gives the last funded place to one of two editors on two instances', async () => {
    const { activity, applications } = await visitWithApplicants(2, { funded: 1, selfFunded: 0 })
    const results = await Promise.all(
      applications.map((application, index) =>
        selectApplicant(index === 0 ? t.db : second.db, TEST_EDITOR, {
          activityId: activity.id,
          applicationId: application.id,
          funding: 'funded',
          now,
        }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
  })
})
