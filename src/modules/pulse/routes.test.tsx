import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { answerSurvey, publishSurvey } from './commands.js'
import { findPlace, findSurveyBySlug, listSubmittedAnswers, type Survey } from './queries.js'
import { questionResult } from './results.js'
import { createTestSurvey, TEST_CONTENT, TEST_EDITOR } from './testing.js'

let now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const tr = questionnaireTranslator('en')

const CITIES: { name: string; budget: number; consent: boolean; band: '500k-1m' | 'over-1m' }[] = [
  { name: 'Alphaville', budget: 120, consent: true, band: '500k-1m' },
  { name: 'Betatown', budget: 80, consent: true, band: '500k-1m' },
  { name: 'Gammaburg', budget: 200, consent: true, band: 'over-1m' },
  { name: 'Deltapolis', budget: 95.5, consent: false, band: '500k-1m' },
  { name: 'Epsilonstad', budget: 150, consent: false, band: 'over-1m' },
  { name: 'Zetagrad', budget: 60, consent: true, band: '500k-1m' },
]

function actorFor(organisationId: string, id: string): Actor {
  return {
    id,
    name: id,
    email: `${id}@example.org`,
    emailVerified: true,
    roles: [],
    locale: 'en',
    memberships: [{ organisationId, role: 'member' }],
  }
}

async function answerAs(survey: Survey, organisationId: string, budget: number, consent: boolean, text = '') {
  const place = (await findPlace(t.db, organisationId))!
  const answers = { qbudget01: budget, ...(text ? { qlesson01: text } : {}) }
  const result = await answerSurvey(t.db, t.config, actorFor(organisationId, `p-${organisationId.slice(0, 8)}`), {
    survey,
    organisation: place,
    parsed: { answers, confirmed: ['qbudget01'], uploads: [], errors: [], warnings: [] },
    consentToName: consent,
    submit: true,
    t: tr,
    now,
  })
  expect(result.ok).toBe(true)
}

describe('a member answers for their organisation', () => {
  it('saves a draft, comes back, is asked "are you sure?", confirms, submits; the deadline is the server’s', async () => {
    const { survey } = await createTestSurvey(t.db, {}, now)
    const city = await createOrganisation(t.db, { kind: 'city', name: 'Lisbon test', city: 'Lisbon test' })
    const admin = await createPerson(t.db, t.config, {
      name: 'Ana Admin',
      memberOf: [{ organisationId: city.id, role: 'admin' }],
    })
    const member = await createPerson(t.db, t.config, { name: 'Rui Member', memberOf: [{ organisationId: city.id }] })
    const memberCookie = await sessionCookieFor(t.db, t.config, member.email)
    const adminCookie = await sessionCookieFor(t.db, t.config, admin.email)
    const path = `/en/pulse/${survey.slug}/answer/${city.slug}`

    const draft = await t.postForm(path, { qbudget01: '950', intent: 'draft' }, { cookie: memberCookie })
    expect(draft.status).toBe(303)
    const back = await (await t.get(path, { cookie: memberCookie })).text()
    expect(back).toContain('value="950"')
    const revision = /name="revision" value="(\d+)"/.exec(back)![1]!

    const questioned = await t.postForm(
      path,
      { qbudget01: '950', intent: 'submit', revision },
      { cookie: memberCookie },
    )
    expect(questioned.status).toBe(422)
    expect(await questioned.text()).toContain('qbudget01-confirmed')

    const submitted = await t.postForm(
      path,
      { qbudget01: '950', 'qbudget01-confirmed': 'yes', 'pulse-consent': 'yes', intent: 'submit', revision },
      { cookie: memberCookie },
    )
    expect(submitted.status).toBe(303)
    expect(await (await t.get(path, { cookie: memberCookie })).text()).toContain('submitted')

    // The organisation's admin sees who answered; the member does not see a name.
    const surveyPage = `/en/pulse/${survey.slug}`
    expect(await (await t.get(surveyPage, { cookie: adminCookie })).text()).toContain('answered by Rui Member')
    expect(await (await t.get(surveyPage, { cookie: memberCookie })).text()).not.toContain('answered by')

    // After the closing moment the server refuses, whatever the page showed.
    const { survey: late } = await createTestSurvey(t.db, { closesAt: new Date(now.getTime() + 1000) }, now)
    const latePath = `/en/pulse/${late.slug}/answer/${city.slug}`
    const saved = now
    now = new Date(now.getTime() + 2000)
    try {
      const refused = await t.postForm(latePath, { qbudget01: '100', intent: 'submit' }, { cookie: memberCookie })
      expect(refused.status).toBe(403)
      expect(await refused.text()).toContain('no longer takes answers')
    } finally {
      now = saved
    }
  })

  it('keeps one response per organisation: a second member continues the same one', async () => {
    const { survey } = await createTestSurvey(t.db, {}, now)
    const city = await createOrganisation(t.db, { kind: 'city' })
    const place = (await findPlace(t.db, city.id))!
    const parsed = { answers: { qbudget01: 10 }, confirmed: [], uploads: [], errors: [], warnings: [] }
    const input = { survey, organisation: place, parsed, consentToName: false, submit: false, t: tr, now }
    await Promise.all([
      answerSurvey(t.db, t.config, actorFor(city.id, 'one'), input),
      answerSurvey(t.db, t.config, actorFor(city.id, 'two'), input),
    ])
    const { pulseParticipations } = await import('./tables.js')
    const { eq } = await import('drizzle-orm')
    const rows = await t.db.select().from(pulseParticipations).where(eq(pulseParticipations.surveyId, survey.id))
    expect(rows).toHaveLength(1)
  })
})

describe('published results and consent, on the bytes', () => {
  let survey: Survey
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    ;({ survey } = await createTestSurvey(t.db, { textAnswersPublic: true }, now))
    for (const city of CITIES) {
      const organisation = await createOrganisation(t.db, {
        slug: `${city.name.toLowerCase()}-${survey.id.slice(0, 8)}`,
        kind: 'city',
        name: `City of ${city.name}`,
        city: city.name,
        country: 'PT',
        populationBand: city.band,
      })
      ids[city.name] = organisation.id
      await answerAs(survey, organisation.id, city.budget, city.consent, `Lesson number ${CITIES.indexOf(city)}`)
    }
    await publishSurvey(t.db, TEST_EDITOR, survey, now)
    survey = (await findSurveyBySlug(t.db, survey.slug))!
  })

  const hidden = ['Deltapolis', 'Epsilonstad']
  const slug = (name: string) => `${name.toLowerCase()}-${survey.id.slice(0, 8)}`

  it('names only consenting cities in the HTML, CSV, JSON and API; counts everyone in the aggregates', async () => {
    const html = await (await t.get(`/en/pulse/${survey.slug}`)).text()
    expect(html).toContain('Alphaville')
    expect(html).toContain('6 respondents')
    expect(html).toContain('2 more organisations answered')
    const csv = await (await t.get(`/en/pulse/${survey.slug}/data.csv`)).text()
    const json = await (await t.get(`/en/pulse/${survey.slug}/data.json`)).text()
    const api = await (await t.get(`/api/pulse/surveys/${survey.slug}`)).text()
    const question = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01`)).text()
    const compare = await (
      await t.get(
        `/en/pulse/compare?survey=${survey.slug}&question=qbudget01&city=${slug('Deltapolis')}&city=${slug('Alphaville')}`,
      )
    ).text()
    for (const body of [html, csv, json, api, question, compare]) {
      for (const name of hidden) {
        expect(body).not.toContain(name)
        // Nor its value: 95.5 is only Deltapolis's.
        expect(body).not.toMatch(/95[.,]5/)
      }
    }
    // Text answers are public in this survey, but never with a name.
    expect(html).toContain('Lesson number 3')
    expect(csv).not.toContain('Lesson number')
    expect(JSON.parse(api).data.aggregates[0].summary.n).toBe(6)
  })

  it('suppresses every aggregate over fewer than five organisations', async () => {
    const html = await (await t.get(`/en/pulse/${survey.slug}?band=over-1m`)).text()
    expect(html).toContain('Fewer than 5 organisations answered')
    expect(html).not.toContain('Median')
  })

  it('shows a member city its own position even without consent, highlighted, and to nobody else', async () => {
    const member = await createPerson(t.db, t.config, { memberOf: [{ organisationId: ids.Deltapolis! }] })
    const cookie = await sessionCookieFor(t.db, t.config, member.email)
    const own = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01`, { cookie })).text()
    expect(own).toContain('Your organisation, Deltapolis: 95.5')
    expect(own).toContain('Rank 4 of 6')
    const visitor = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01`)).text()
    expect(visitor).not.toContain('Rank')
  })

  it('compares a city with its size band and country; and up to ten cities side by side', async () => {
    const page = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01?city=${slug('Alphaville')}`)).text()
    expect(page).toContain('Average of cities of 500,000 to 1 million inhabitants')
    // Four cities in the band: suppressed. Six in the country: 117.6.
    expect(page).toContain('fewer than 5')
    expect(page).toContain('117.6')
    const compare = await (
      await t.get(
        `/en/pulse/compare?survey=${survey.slug}&question=qbudget01&city=${slug('Alphaville')}&city=${slug('Gammaburg')}`,
      )
    ).text()
    expect(compare).toMatch(/Alphaville[\s\S]*120[\s\S]*Gammaburg[\s\S]*200/)
    const tooMany = await t.get(
      `/en/pulse/compare?survey=${survey.slug}&question=qbudget01${Array.from({ length: 11 }, () => `&city=${slug('Alphaville')}`).join('')}`,
    )
    expect(tooMany.status).toBe(422)
  })

  it('gives back in the CSV the same figures as the results page', async () => {
    const csv = await (await t.get(`/en/pulse/${survey.slug}/data.csv`)).text()
    const rows = parse(csv, { columns: true }) as Record<string, string>[]
    const fromCsv = rows.map((row) => [row.city, Number(row.qbudget01)]).sort()
    const all = await listSubmittedAnswers(t.db, survey)
    const question = TEST_CONTENT.sections[0]!.questions[0]!
    const result = questionResult(question, all, { filter: {}, textAnswersPublic: false })
    if (result.kind !== 'numeric') throw new Error('numeric expected')
    expect(fromCsv).toEqual(result.named.map((item) => [item.place.city, item.value]).sort())
    expect(rows.every((row) => row.sample_data === 'no')).toBe(true)
    const dictionary = parse(await (await t.get(`/en/pulse/${survey.slug}/dictionary.csv`)).text()) as string[][]
    expect(dictionary[0]).toEqual(['column', 'question', 'type', 'unit', 'scale'])
    expect(dictionary).toContainEqual(['qbudget01', 'Culture budget per inhabitant', 'number', 'EUR', '0–'])
  })

  it('keeps unpublished results from visitors, and lists published surveys in the API', async () => {
    const { survey: unpublished } = await createTestSurvey(t.db, {}, now)
    expect((await t.get(`/en/pulse/${unpublished.slug}/data.csv`)).status).toBe(404)
    expect((await t.get(`/api/pulse/surveys/${unpublished.slug}`)).status).toBe(404)
    const list = (await (await t.get('/api/pulse/surveys')).json()) as { data: { slug: string }[] }
    expect(list.data.map((item) => item.slug)).toContain(survey.slug)
    expect(list.data.map((item) => item.slug)).not.toContain(unpublished.slug)
  })
})
