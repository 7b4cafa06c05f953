import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation } from '../accounts/testing.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { answerSurvey, publishSurvey } from './commands.js'
import { findPlace, findSurveyBySlug, type Survey } from './queries.js'
import { createTestSurvey, TEST_EDITOR } from './testing.js'
import { valueClasses } from './views/choropleth.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const tr = questionnaireTranslator('en')

describe('the classes of the map', () => {
  it('cuts the range of the medians in five equal classes (d3 quantize)', () => {
    const { classes, shadeOf } = valueClasses([10, 20, 30, 40, 50])
    expect(classes.map((range) => [range.from, range.to])).toEqual([
      [10, 18],
      [18, 26],
      [26, 34],
      [34, 42],
      [42, 50],
    ])
    expect([10, 20, 30, 40, 50].map(shadeOf)).toEqual([1, 2, 3, 4, 5])
  })

  it('stays defined when every median is the same', () => {
    const { classes, shadeOf } = valueClasses([7, 7, 7, 7, 7])
    expect(classes).toHaveLength(5)
    expect(shadeOf(7)).toBe(3)
  })
})

function actorFor(organisationId: string): Actor {
  const id = `p-${organisationId.slice(0, 8)}`
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

// Five countries with five organisations each (medians 10 to 50, one city of each keeps its name
// to itself), and Ireland with four organisations, none consenting: suppressed.
const MEDIANS: Record<string, number> = { PT: 10, ES: 20, FR: 30, DE: 40, IT: 50 }
const SUPPRESSED_VALUE = 777.7

describe('Europe coloured by value on the question page', () => {
  let survey: Survey
  beforeAll(async () => {
    ;({ survey } = await createTestSurvey(t.db, {}, now))
    const cities: { name: string; country: string; value: number; consent: boolean }[] = []
    for (const [country, median] of Object.entries(MEDIANS))
      for (let index = 0; index < 5; index += 1)
        cities.push({
          name: index === 0 ? `Hushford${country}` : `Town${country}${index}`,
          country,
          value: median + (index - 2),
          consent: index !== 0,
        })
    for (let index = 0; index < 4; index += 1)
      cities.push({ name: `Quietmoor${index}`, country: 'IE', value: SUPPRESSED_VALUE, consent: false })
    for (const city of cities) {
      const organisation = await createOrganisation(t.db, {
        slug: `${city.name.toLowerCase()}-${survey.id.slice(0, 8)}`,
        kind: 'city',
        name: `City of ${city.name}`,
        city: city.name,
        country: city.country,
        populationBand: '500k-1m',
      })
      const place = (await findPlace(t.db, organisation.id))!
      const result = await answerSurvey(t.db, t.config, actorFor(organisation.id), {
        survey,
        organisation: place,
        parsed: { answers: { qbudget01: city.value }, confirmed: ['qbudget01'], uploads: [], errors: [], warnings: [] },
        consentToName: city.consent,
        submit: true,
        t: tr,
        now,
      })
      expect(result.ok).toBe(true)
    }
    await publishSurvey(t.db, TEST_EDITOR, survey, now)
    survey = (await findSurveyBySlug(t.db, survey.slug))!
  })

  it('draws the map for a numeric question with five countries, each in its class, with legend and table', async () => {
    const html = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01`)).text()
    const svg = html.match(/<svg class="app-map"[\s\S]*?<\/svg>/)?.[0] ?? ''
    expect(svg).toContain('role="img"')
    expect(svg).toContain('Map of Europe: median per country, Culture budget per inhabitant')
    const classOf = (country: string) =>
      svg.match(new RegExp(`class="app-choropleth__country ([a-z0-9_-]+)"[^>]*><title>${country}:`))?.[1]
    expect(classOf('Portugal')).toBe('app-choropleth__class-1')
    expect(classOf('Spain')).toBe('app-choropleth__class-2')
    expect(classOf('France')).toBe('app-choropleth__class-3')
    expect(classOf('Germany')).toBe('app-choropleth__class-4')
    expect(classOf('Italy')).toBe('app-choropleth__class-5')
    expect(classOf('Ireland')).toBe('app-choropleth__no-data')
    expect(svg).toContain('<title>Portugal: median 10 EUR</title>')
    expect(svg).toContain('<title>Ireland: no data</title>')
    // Legend: the class ranges with the unit, and "no data".
    expect(html).toContain('10 EUR to 18 EUR')
    expect(html).toContain('42 EUR to 50 EUR')
    expect(html).toContain('No data, or fewer than 5 respondents')
    // The table right after the map: country, median, average, respondents.
    expect(html).toMatch(
      /<\/figure><section class="app-table-container"[^>]*><table[^>]*><caption[^>]*>Median and average per country/,
    )
    expect(html).toMatch(/Portugal<\/th>\s*<td[^>]*>10 EUR<\/td>\s*<td[^>]*>10 EUR<\/td>\s*<td[^>]*>5<\/td>/)
  })

  it('never shows a suppressed country’s value, nor a city that did not consent', async () => {
    for (const query of ['', '?kind=city', '?band=500k-1m']) {
      const html = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01${query}`)).text()
      expect(html).toContain('app-choropleth')
      expect(html).not.toMatch(/777[.,]7/)
      expect(html).not.toMatch(/Ireland<\/th>/)
      expect(html).not.toContain('Quietmoor')
      expect(html).not.toContain('Hushford')
    }
  })

  it('follows the filters: below five countries with five organisations, no map', async () => {
    const html = await (await t.get(`/en/pulse/${survey.slug}/questions/qbudget01?country=PT`)).text()
    expect(html).not.toContain('app-choropleth')
    expect(html).toContain('Median and average per country')
    // The survey page lists every question without maps.
    const overview = await (await t.get(`/en/pulse/${survey.slug}`)).text()
    expect(overview).not.toContain('app-choropleth')
  })
})
