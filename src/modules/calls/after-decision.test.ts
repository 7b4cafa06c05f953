import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { listAuditEvents } from '../../platform/audit/index.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { listExperts } from '../accounts/index.js'
import { users } from '../accounts/tables.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { activities } from '../activities/tables.js'
import { decideApplication, releaseOutcomes } from './decisions.js'
import { getCallById } from './queries.js'
import { actorOf, createTestCall, submitTestApplication, TEST_EDITOR } from './testing.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

const mailsTo = async (email: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email))).map((mail) => mail.subject)

describe('an experts call', () => {
  it('adds the selected applicants to the expert pool on release, audited and welcomed in their language', async () => {
    const call = await createTestCall(t.db, now, {
      kind: 'experts',
      applicantType: 'individuals',
      referencePrefix: 'EX',
      closesAt: new Date(now.getTime() + 3600_000),
    })
    const chosen = await createPerson(t.db, t.config, { locale: 'fr' })
    const other = await createPerson(t.db, t.config, { locale: 'de' })
    const applications = []
    for (const person of [chosen, other])
      applications.push(
        await submitTestApplication(t.db, t.config, actorOf(person), call, null, { qtitle: 'Heritage economics' }, now),
      )
    await decideApplication(t.db, TEST_EDITOR, { applicationId: applications[0]!.id, decision: 'selected', reason: '' })
    await decideApplication(t.db, TEST_EDITOR, {
      applicationId: applications[1]!.id,
      decision: 'not-selected',
      reason: '',
    })
    const roles = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.roles
    // Deciding is not releasing: nobody joins the pool before the applicants are told.
    expect(await roles(chosen.id)).not.toContain('expert')
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)).toBe(2)
    expect(await roles(chosen.id)).toContain('expert')
    expect(await roles(other.id)).not.toContain('expert')
    const pool = await listExperts(t.db, TEST_EDITOR, now)
    expect(pool.experts.map((expert) => expert.id)).toContain(chosen.id)
    expect(await mailsTo(chosen.email)).toContain(`Bienvenue dans le vivier d’experts · ${call.title}`)
    expect((await mailsTo(other.email)).some((subject) => subject.includes('Expertenpool'))).toBe(false)
    const audit = await listAuditEvents(t.db, { action: 'role.granted', page: 1, pageSize: 100 })
    const granted = audit.events.filter((event) => event.subjectId === chosen.id)
    expect(granted).toHaveLength(1)
    expect(granted[0]).toMatchObject({
      actorId: TEST_EDITOR.id,
      details: { role: 'expert', through: 'call', callId: call.id },
    })
    // A second release changes nothing and welcomes nobody twice.
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)).toBe(0)
    expect((await mailsTo(chosen.email)).filter((subject) => subject.startsWith('Bienvenue'))).toHaveLength(1)
  })
})

describe('a host-city call', () => {
  it('makes a draft visit for the selected city on release, linked to the call and from the decision', async () => {
    const call = await createTestCall(t.db, now, {
      kind: 'host-cities',
      referencePrefix: 'HC',
      closesAt: new Date(now.getTime() + 3600_000),
    })
    const city = await createOrganisation(t.db, { name: 'Comune di Matera', city: 'Matera', country: 'IT' })
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: city.id, role: 'admin' }] })
    const application = await submitTestApplication(
      t.db,
      t.config,
      actorOf(person, [{ organisationId: city.id, role: 'admin' }]),
      call,
      city.id,
      { qtitle: 'Matera hosts' },
      now,
    )
    await decideApplication(t.db, TEST_EDITOR, { applicationId: application.id, decision: 'selected', reason: '' })
    expect(await t.db.select().from(activities).where(eq(activities.fromCallApplicationId, application.id))).toEqual([])
    await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)
    const [visit] = await t.db.select().from(activities).where(eq(activities.fromCallApplicationId, application.id))
    expect(visit).toMatchObject({
      kind: 'peer-learning-visit',
      publicationStatus: 'draft',
      hostOrganisationId: city.id,
      hostCity: 'Matera',
      hostCountry: 'IT',
      fromCallTitle: call.title,
      fromCallUrl: `/calls/${call.slug}`,
    })
    expect((await t.get(`/en/activities/${visit!.slug}`)).status).toBe(404)
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const decision = await (await t.get(`/en/calls/${call.slug}/applications/${application.id}`, { cookie })).text()
    expect(decision).toContain(`href="/en/activities/${visit!.slug}"`)
    expect((await t.get(`/en/activities/${visit!.slug}`, { cookie })).status).toBe(200)
  })
})
