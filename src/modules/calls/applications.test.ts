import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { listAuditEvents } from '../../platform/audit/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson } from '../accounts/testing.js'
import { parseAnswers } from '../questionnaires/index.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import {
  loadAnswers,
  reopenApplication,
  saveApplication,
  startApplication,
  submitApplication,
  withdrawApplication,
} from './applications.js'
import { callApplications, calls } from './tables.js'
import { actorOf, createTestCall } from './testing.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const tr = questionnaireTranslator()

async function applicant(country = 'PT', kind: 'city' | 'ngo' = 'city') {
  const organisation = await createOrganisation(t.db, { country, kind })
  const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id }] })
  return { organisation, actor: actorOf(person, [{ organisationId: organisation.id, role: 'member' }]) }
}

async function fill(
  call: Awaited<ReturnType<typeof createTestCall>>,
  who: Awaited<ReturnType<typeof applicant>>,
  title: string,
) {
  const started = await startApplication(t.db, t.config, who.actor, call, who.organisation.id, now)
  if (!started.ok) throw new Error(started.reason)
  const loaded = (await loadAnswers(t.db, started.application))!
  const parsed = await parseAnswers(loaded.version, new URLSearchParams({ qtitle: title }), {
    t: tr,
    locale: 'en',
    mode: 'draft',
  })
  const saved = await saveApplication(
    t.db,
    t.config,
    who.actor,
    { call, application: started.application, version: loaded.version, revision: loaded.response.revision, parsed },
    now,
  )
  if (!saved.ok) throw new Error(saved.reason)
  return { application: started.application, revision: saved.response.revision, version: loaded.version }
}

describe('applying to a call', () => {
  it('checks eligibility in the command: country, organisation kind, acting for the organisation', async () => {
    const call = await createTestCall(t.db, now, {
      eligibleCountries: ['PT', 'AM'],
      eligibleOrganisationKinds: ['city'],
    })
    const swiss = await applicant('CH')
    expect(await startApplication(t.db, t.config, swiss.actor, call, swiss.organisation.id, now)).toMatchObject({
      ok: false,
      reason: 'ineligible',
      why: 'country',
    })
    const ngo = await applicant('PT', 'ngo')
    expect(await startApplication(t.db, t.config, ngo.actor, call, ngo.organisation.id, now)).toMatchObject({
      why: 'organisation-kind',
    })
    const armenian = await applicant('AM')
    expect(await startApplication(t.db, t.config, armenian.actor, call, swiss.organisation.id, now)).toMatchObject({
      reason: 'forbidden',
    })
    expect(await startApplication(t.db, t.config, armenian.actor, call, null, now)).toMatchObject({
      why: 'organisation-required',
    })
    const started = await startApplication(t.db, t.config, armenian.actor, call, armenian.organisation.id, now)
    expect(started.ok).toBe(true)
    const again = await startApplication(t.db, t.config, armenian.actor, call, armenian.organisation.id, now)
    expect(again.ok && started.ok && again.application.id === started.application.id).toBe(true)
  })

  it('refuses a submission at the deadline to the second, keeping the draft', async () => {
    const closesAt = new Date(now.getTime() + 60_000)
    const call = await createTestCall(t.db, now, { closesAt })
    const who = await applicant()
    const { application, revision } = await fill(call, who, 'Pocket parks')
    const late = await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: application.id, revision, t: tr },
      closesAt,
    )
    expect(late).toMatchObject({ ok: false, reason: 'closed' })
    const [row] = await t.db.select().from(callApplications).where(eq(callApplications.id, application.id))
    expect(row!.status).toBe('draft')
    expect((await loadAnswers(t.db, row!))!.response.answers.qtitle).toBe('Pocket parks')
    const justInTime = await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: application.id, revision, t: tr },
      new Date(closesAt.getTime() - 1000),
    )
    expect(justInTime).toMatchObject({ ok: true, alreadySubmitted: false })
  })

  it('submits once when submitted twice at the same time, with one reference number', async () => {
    const call = await createTestCall(t.db, now, { referencePrefix: 'GP' })
    const who = await applicant()
    const { application, revision } = await fill(call, who, 'Kaapeli')
    const results = await Promise.all([
      submitApplication(t.db, t.config, who.actor, { applicationId: application.id, revision, t: tr }, now),
      submitApplication(t.db, t.config, who.actor, { applicationId: application.id, revision, t: tr }, now),
    ])
    expect(results.map((result) => result.ok)).toEqual([true, true])
    expect(results.filter((result) => result.ok && result.alreadySubmitted)).toHaveLength(1)
    const [row] = await t.db.select().from(callApplications).where(eq(callApplications.id, application.id))
    expect(row!.reference).toBe(`GP-${call.closesAt.getUTCFullYear()}-0001`)
    const audit = await listAuditEvents(t.db, {
      action: 'call_application.submitted',
      subjectId: application.id,
      page: 1,
    })
    expect(audit.events).toHaveLength(1)
  })

  it('says when a save comes from a stale page (two tabs), and never overwrites', async () => {
    const call = await createTestCall(t.db, now)
    const who = await applicant()
    const { application, revision, version } = await fill(call, who, 'First tab')
    const parsed = await parseAnswers(version, new URLSearchParams({ qtitle: 'Second tab' }), {
      t: tr,
      locale: 'en',
      mode: 'draft',
    })
    const stale = await saveApplication(
      t.db,
      t.config,
      who.actor,
      { call, application, version, revision: revision - 1, parsed },
      now,
    )
    expect(stale).toMatchObject({ ok: false, reason: 'stale' })
    expect((await loadAnswers(t.db, application))!.response.answers.qtitle).toBe('First tab')
  })

  it('validates everything on submit and reports each problem', async () => {
    const call = await createTestCall(t.db, now)
    const who = await applicant()
    const started = await startApplication(t.db, t.config, who.actor, call, who.organisation.id, now)
    if (!started.ok) throw new Error('not started')
    const result = await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: started.application.id, t: tr },
      now,
    )
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!result.ok && result.reason === 'invalid' && result.errors.map((error) => error.field)).toEqual(['qtitle'])
  })

  it('lets the applicant withdraw before the deadline, not after, and nobody else', async () => {
    const call = await createTestCall(t.db, now)
    const who = await applicant()
    const other = await applicant()
    const { application } = await fill(call, who, 'To withdraw')
    expect(await withdrawApplication(t.db, other.actor, application.id, now)).toMatchObject({ reason: 'not-found' })
    expect(await withdrawApplication(t.db, who.actor, application.id, call.closesAt)).toMatchObject({
      reason: 'closed',
    })
    expect(await withdrawApplication(t.db, who.actor, application.id, now)).toEqual({ ok: true })
  })

  it('reopens a submitted application only on calls that allow it, before the deadline, and audits it', async () => {
    const strict = await createTestCall(t.db, now)
    const who = await applicant()
    const first = await fill(strict, who, 'Locked')
    const submitted = await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: first.application.id, revision: first.revision, t: tr },
      now,
    )
    if (!submitted.ok) throw new Error('not submitted')
    expect(await reopenApplication(t.db, who.actor, first.application.id, now)).toMatchObject({
      ok: false,
      reason: 'not-editable',
    })
    // A save aimed at a submitted application is refused by the command itself.
    const parsed = await parseAnswers(first.version, new URLSearchParams({ qtitle: 'Sneaked in' }), {
      t: tr,
      locale: 'en',
      mode: 'draft',
    })
    expect(
      await saveApplication(
        t.db,
        t.config,
        who.actor,
        { call: strict, application: submitted.application, version: first.version, revision: 99, parsed },
        now,
      ),
    ).toMatchObject({ ok: false, reason: 'not-editable' })

    const open = await createTestCall(t.db, now, { editAfterSubmit: true, referencePrefix: 'RE' })
    const second = await fill(open, who, 'First words')
    await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: second.application.id, revision: second.revision, t: tr },
      now,
    )
    const other = await applicant()
    expect(await reopenApplication(t.db, other.actor, second.application.id, now)).toMatchObject({
      reason: 'not-found',
    })
    expect(await reopenApplication(t.db, who.actor, second.application.id, open.closesAt)).toMatchObject({
      reason: 'closed',
    })
    const reopened = await reopenApplication(
      t.db,
      who.actor,
      second.application.id,
      new Date(open.closesAt.getTime() - 1000),
    )
    expect(reopened).toMatchObject({
      ok: true,
      application: { status: 'draft', reference: `RE-${open.closesAt.getUTCFullYear()}-0001` },
    })
    const answers = (await loadAnswers(t.db, second.application))!
    expect(answers.response.status).toBe('draft')
    const again = await submitApplication(
      t.db,
      t.config,
      who.actor,
      { applicationId: second.application.id, t: tr },
      now,
    )
    expect(again).toMatchObject({
      ok: true,
      alreadySubmitted: false,
      application: { status: 'submitted', reference: `RE-${open.closesAt.getUTCFullYear()}-0001` },
    })
    const [callRow] = await t.db.select().from(calls).where(eq(calls.id, open.id))
    expect(callRow!.lastReference).toBe(1)
    const audit = await listAuditEvents(t.db, {
      action: 'call_application.reopened',
      subjectId: second.application.id,
      page: 1,
    })
    expect(audit.events).toHaveLength(1)
  })
})
