import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { findResponse } from '../questionnaires/index.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { answerSurvey, closeSurvey, publishSurvey, reopenForCorrection } from './commands.js'
import { findParticipation, findPlace, findSurveyBySlug, listSubmittedAnswers } from './queries.js'
import { createTestSurvey, TEST_EDITOR } from './testing.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const tr = questionnaireTranslator('en')
const memberOf = (organisationId: string): Actor => ({
  id: `m-${organisationId.slice(0, 8)}`,
  name: 'M',
  email: 'm@example.org',
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [{ organisationId, role: 'member' }],
})

async function answered(survey: Awaited<ReturnType<typeof createTestSurvey>>['survey'], budgets: number[]) {
  const ids: string[] = []
  for (const budget of budgets) {
    const city = await createOrganisation(t.db, { kind: 'city' })
    ids.push(city.id)
    const result = await answerSurvey(t.db, t.config, memberOf(city.id), {
      survey,
      organisation: (await findPlace(t.db, city.id))!,
      parsed: { answers: { qbudget01: budget }, confirmed: ['qbudget01'], uploads: [], errors: [], warnings: [] },
      consentToName: true,
      submit: true,
      t: tr,
      now,
    })
    expect(result.ok).toBe(true)
  }
  return ids
}

describe('editors clean and publish', () => {
  it('flags a value beyond 1.5 IQR, leaves it out with a note, and counts it again', async () => {
    const { survey } = await createTestSurvey(t.db, {}, now)
    const ids = await answered(survey, [100, 110, 120, 130, 140, 1450])
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const dashboard = await (await t.get(`/en/pulse/admin/${survey.slug}`, { cookie })).text()
    expect(dashboard).toMatch(/Values to review[\s\S]*1,450/)
    const base = `/en/pulse/admin/${survey.slug}`
    expect((await t.postForm(`${base}/exclude/${ids[5]}/qbudget01`, { note: '' }, { cookie })).status).toBe(422)
    expect((await t.postForm(`${base}/exclude/${ids[5]}/qbudget01`, { note: 'Typo: 145' }, { cookie })).status).toBe(
      303,
    )
    const without = await listSubmittedAnswers(t.db, survey)
    expect(without.map((row) => row.answers.qbudget01).filter((value) => value === 1450)).toEqual([])
    expect(await (await t.get(base, { cookie })).text()).toContain('Typo: 145')
    await t.postForm(`${base}/include/${ids[5]}/qbudget01`, {}, { cookie })
    const again = await listSubmittedAnswers(t.db, survey)
    expect(again.some((row) => row.answers.qbudget01 === 1450)).toBe(true)
  })

  it('reopens a response with a note; the member corrects it after closing, until publication', async () => {
    const { survey } = await createTestSurvey(t.db, {}, now)
    const [id] = await answered(survey, [100])
    await expect(reopenForCorrection(t.db, memberOf(id!), survey, id!, 'x')).rejects.toThrow()
    await closeSurvey(t.db, TEST_EDITOR, survey, now)
    const closed = (await findSurveyBySlug(t.db, survey.slug))!
    expect(await reopenForCorrection(t.db, TEST_EDITOR, closed, id!, 'Per inhabitant, not in total')).toBe(true)
    const participation = (await findParticipation(t.db, survey.id, id!))!
    expect((await findResponse(t.db, participation.responseId))?.status).toBe('draft')
    const correct = () =>
      answerSurvey(t.db, t.config, memberOf(id!), {
        survey: closed,
        organisation: {
          organisationId: id!,
          slug: 's',
          name: 'n',
          city: null,
          country: 'PT',
          kind: 'city',
          populationBand: null,
        },
        parsed: { answers: { qbudget01: 12 }, confirmed: [], uploads: [], errors: [], warnings: [] },
        consentToName: true,
        revision: undefined,
        submit: true,
        t: tr,
        now,
      })
    expect((await correct()).ok).toBe(true)
    await publishSurvey(t.db, TEST_EDITOR, closed, now)
    const published = (await findSurveyBySlug(t.db, survey.slug))!
    expect(await reopenForCorrection(t.db, TEST_EDITOR, published, id!, 'late')).toBe(false)
  })

  it('reminds the members of organisations asked that have not submitted, and nobody once closed', async () => {
    const { survey } = await createTestSurvey(t.db, { audienceCountries: ['LU'] }, now)
    const waiting = await createOrganisation(t.db, { kind: 'city', country: 'LU' })
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: waiting.id }] })
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const reminded = await t.postForm(`/en/pulse/admin/${survey.slug}/remind`, {}, { cookie })
    expect(reminded.headers.get('location')).toContain('count=1')
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))
    expect(mails.map((mail) => mail.subject).filter((subject) => subject.startsWith('Reminder'))).toEqual([
      `Reminder: ${survey.title}`,
    ])
    await t.postForm(`/en/pulse/admin/${survey.slug}/close`, {}, { cookie })
    const after = await t.postForm(`/en/pulse/admin/${survey.slug}/remind`, {}, { cookie })
    expect(after.headers.get('location')).toContain('count=0')
  })

  it('gathers a year’s published surveys on its Monitor page with the editors’ analysis', async () => {
    const { survey } = await createTestSurvey(t.db, { year: 2031, title: 'Noise 2031' }, now)
    expect((await t.get('/en/pulse/monitor/2031')).status).toBe(404)
    await publishSurvey(t.db, TEST_EDITOR, survey, now)
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    await t.postForm(`/en/pulse/admin/${survey.slug}/monitor`, { analysis: 'Cities **grew** louder.' }, { cookie })
    const page = await (await t.get('/en/pulse/monitor/2031')).text()
    expect(page).toContain('<strong>grew</strong>')
    expect(page).toContain('Noise 2031')
  })
})

describe("editors change a survey's settings", () => {
  it("shows them in the survey's zone, refuses a closing before the opening with the input kept, and never changes the address", async () => {
    const { survey } = await createTestSurvey(t.db, {}, now)
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const path = `/en/pulse/admin/${survey.slug}/settings`
    const form = await (await t.get(path, { cookie })).text()
    expect(form).toContain(`value="${survey.title}"`)
    expect(form).not.toContain('name="slug"')

    const fields = {
      title: 'Pulse 2026: budgets, corrected',
      year: '2026',
      description: 'Now with a description.',
      audienceKinds: 'city',
      audienceCountries: 'PT, FR',
      timeZone: 'Europe/Lisbon',
      opensAt: '2026-04-01T09:00',
      closesAt: '2026-03-01T09:00',
      licence: survey.licence,
      slug: 'somewhere-else',
    }
    const refused = await t.postForm(path, fields, { cookie })
    expect(refused.status).toBe(422)
    const again = await refused.text()
    expect(again).toContain('Pulse 2026: budgets, corrected')
    expect(again).toContain('value="2026-03-01T09:00"')

    const saved = await t.postForm(path, { ...fields, closesAt: '2026-06-30T18:00' }, { cookie })
    expect(saved.status).toBe(303)
    const stored = (await findSurveyBySlug(t.db, survey.slug))!
    expect(stored.title).toBe('Pulse 2026: budgets, corrected')
    expect(stored.audienceCountries).toEqual(['PT', 'FR'])
    expect(stored.closesAt.toISOString()).toBe('2026-06-30T17:00:00.000Z')
    expect(await findSurveyBySlug(t.db, 'somewhere-else')).toBeUndefined()
    expect(await (await t.get(path, { cookie })).text()).toContain('value="2026-06-30T18:00"')

    const member = await createPerson(t.db, t.config, {})
    const memberCookie = await sessionCookieFor(t.db, t.config, member.email)
    expect((await t.postForm(path, fields, { cookie: memberCookie })).status).toBe(403)
  })
})
