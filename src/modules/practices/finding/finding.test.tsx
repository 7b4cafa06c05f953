import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../demo/run-demo.js'
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js'
import { accountsModule } from '../../accounts/index.js'
import { createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { programmesModule } from '../../programmes/index.js'
import { parsePracticeFilter, practiceFilterParams } from '../filter.js'
import { practicesModule } from '../index.js'
import { practices } from '../tables.js'
import { createPractice } from '../testing.js'
import { neutraliseFormula } from './export-csv.js'
import { countClasses } from './map-svg.js'
import { listSimilarPractices, listSimilarPracticesInDatabase, similarityQuery } from './related-queries.js'

let t: TestApp
const today = new Date('2026-03-02T10:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: () => today })
  await seedDemo(t.db, [programmesModule, accountsModule, practicesModule], today)
  await createPractice(t.db, {
    slug: 'tbilisi-courtyards',
    title: '=HYPERLINK("http://evil.example")',
    city: 'Tbilisi',
    country: 'GE',
    latitude: 41.7151,
    longitude: 44.8271,
    summary: 'Old Tbilisi courtyards, "Italian yards", restored with their neighbours; café, naïve façades.',
    themes: ['heritage-led-regeneration', 'participation-and-inclusion'],
    startYear: 1999,
    selectedInCallId: '00000000-0000-4000-8000-000000000001',
    publishedAt: new Date('2026-03-01T00:00:00Z'),
  })
  await createPractice(t.db, {
    slug: 'tbilisi-balconies',
    title: 'Carved balconies',
    city: 'Tbilisi',
    country: 'GE',
    summary: '+Carved wooden balconies of Tbilisi repaired by apprentices.',
    themes: ['local-commerce-and-crafts'],
    publishedAt: new Date('2026-02-01T00:00:00Z'),
  })
  await createPractice(t.db, {
    slug: 'tbilisi-draft',
    title: 'Unpublished Tbilisi draft',
    city: 'Tbilisi',
    country: 'GE',
    summary: 'Not yet public.',
    publicationStatus: 'draft',
    publishedAt: null,
  })
})
afterAll(() => t?.close())

async function text(path: string, headers: Record<string, string> = {}) {
  const response = await t.get(path, headers)
  expect(response.status, path).toBe(200)
  return response.text()
}

describe('the list’s extra filters', () => {
  it('counts organisation kinds, population bands, selection and start years, and filters by them', async () => {
    const page = await text('/en/practices')
    expect(page).toContain('City or municipality (11)')
    expect(page).toContain('500,000 to 1 million inhabitants (6)')
    expect(page).toContain('Selected in a call (1)')
    expect(page).toContain('Practices here started between 1999 and 2021.')
    expect(page).toContain('13 practices')

    const bands = await text('/en/practices?kind=city&population=over-1m')
    expect(bands).toContain('1 practice')
    expect(bands).toContain('Park am Gleisdreieck')
    expect(bands).toMatch(/value="over-1m"[^>]*checked/)

    const years = await text('/en/practices?from=2015&to=2020')
    expect(years).toContain('2 practices')
    expect(years).toContain('Shops with a History')
    expect(years).toContain('value="2015"')

    const selected = await text('/en/practices?selected=yes')
    expect(selected).toContain('1 practice')
    expect(selected).toMatch(/value="yes"[^>]*checked/)
    expect(selected).toContain('Clear the search and filters')
  })

  it('explains a mistyped year next to its field, in the visitor’s language, and still lists', async () => {
    const page = await text('/fr/practices?from=20x5&to=1800')
    expect(page).toContain('<title>Erreur : Bonnes pratiques')
    expect(page).toContain('Saisissez l’année en quatre chiffres, par exemple 2015')
    expect(page).toContain('Saisissez une année entre 1900 et 2100')
    expect(page).toContain('href="#from"')
    expect(page).toContain('value="20x5"')
    expect(page).toContain('13 pratiques')
  })

  it('ignores values it does not know, never failing', async () => {
    for (const query of [
      'kind=castle',
      'population=huge',
      'selected=maybe',
      'from=&to=',
      'page=-3&sort=x',
      'from=99999',
    ])
      expect((await t.get(`/en/practices?${query}`)).status, query).toBe(200)
  })

  it('ranks typed words by relevance unless another order was chosen, the list without words staying newest first', () => {
    const parse = (query: string) => parsePracticeFilter(new URLSearchParams(query))
    // What the form sends when the visitor types into a list shown in its default order.
    expect(parse('q=museum&sort=relevance').sort).toBe('relevance')
    expect(parse('q=museum').sort).toBe('relevance')
    expect(parse('').sort).toBe('relevance')
    expect(parse('q=museum&sort=newest').sort).toBe('newest')
    expect(practiceFilterParams(parse('q=museum&sort=relevance')).toString()).toBe('q=museum')
    expect(practiceFilterParams(parse('sort=newest')).toString()).toBe('sort=newest')
  })

  it('answers the live search with the regions only, and says caches must tell them apart', async () => {
    const response = await t.get('/de/practices?country=GE', { 'Stoa-Fragment': 'results' })
    expect(response.status).toBe(200)
    expect(response.headers.get('vary')).toContain('Stoa-Fragment')
    const fragment = await response.text()
    expect(fragment).not.toContain('<html')
    expect(fragment).toContain('id="practice-errors"')
    expect(fragment).toContain('id="practice-filters"')
    expect(fragment).toContain('data-announcement="2 Beispiele gefunden"')
  })

  it('offers members to propose a practice, and editors the review queue and the import', async () => {
    const links = (html: string) =>
      [...html.matchAll(/href="(\/en\/practices\/(?:new|mine|review|import))"/g)].map((m) => m[1])
    expect(links(await (await t.get('/en/practices')).text())).toEqual([])
    const member = await createPerson(t.db, t.config, { name: 'Maria Member' })
    const memberCookie = await sessionCookieFor(t.db, t.config, member.email)
    const asMember = await t.app.request('/en/practices', { headers: { cookie: memberCookie } })
    expect(links(await asMember.text())).toEqual(['/en/practices/new', '/en/practices/mine'])
    const editor = await createPerson(t.db, t.config, { name: 'Eddie Editor', roles: ['editor'] })
    const editorCookie = await sessionCookieFor(t.db, t.config, editor.email)
    const asEditor = await t.app.request('/en/practices', { headers: { cookie: editorCookie } })
    expect(links(await asEditor.text())).toEqual([
      '/en/practices/new',
      '/en/practices/mine',
      '/en/practices/review',
      '/en/practices/import',
    ])
  })

  it('links to the map, the CSV and the JSON of the same search', async () => {
    const page = await text('/en/practices?theme=adaptive-reuse&sort=title&page=1')
    expect(page).toContain('href="/en/practices/map?theme=adaptive-reuse&amp;sort=title"')
    expect(page).toContain('href="/en/practices/export.csv?theme=adaptive-reuse&amp;sort=title"')
    expect(page).toContain('href="/api/practices?theme=adaptive-reuse&amp;sort=title&amp;lang=en"')
    expect(page).toContain('The download holds the first 10,000 practices of the list')
  })
})

describe('the map', () => {
  it('draws Europe with Iceland, Turkey, Cyprus and the Caucasus, and links countries and cities', async () => {
    const page = await text('/en/practices/map')
    for (const code of ['IS', 'TR', 'CY', 'GE', 'AM', 'AZ', 'XK', 'PT', 'FI'])
      expect(page, code).toContain(`data-country="${code}"`)
    expect(page).toContain('aria-label="Georgia: 2 practices"')
    expect(page).toContain('href="/en/practices?country=GE"')
    expect(page).toContain('aria-label="Tbilisi, Georgia: 1 practice"')
    expect(page).toContain('href="/en/practices?q=Tbilisi&amp;country=GE"')
    expect(page).toContain('aria-labelledby="practice-map-title"')
    expect(page).not.toMatch(/\sstyle=|<script(?![^>]*\ssrc=)/)
    expect(page).toMatch(
      /<th scope="row" class="app-table__header"><a class="app-link" href="\/en\/practices\?country=DE">Germany<\/a><\/th><td[^>]*>2<\/td>/,
    )
  })

  it('shows only what the filters match, and its links keep them', async () => {
    const page = await text('/en/practices/map?theme=green-spaces-and-climate&sort=title')
    expect(page).toContain('href="/en/practices?country=DE&amp;theme=green-spaces-and-climate&amp;sort=title"')
    expect(page).not.toContain('aria-label="Georgia')
    expect(page).toContain('href="/en/practices?theme=green-spaces-and-climate&amp;sort=title"')
    const none = await text('/en/practices/map?q=nothingmatcheshere')
    expect(none).toContain('No practice matches these filters.')
  })

  it('shades in at most four classes from one to the largest count', () => {
    expect(countClasses(0)).toEqual([])
    expect(countClasses(2)).toEqual([
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 2, shade: 2 },
    ])
    expect(countClasses(10).map((range) => [range.from, range.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 10],
    ])
  })
})

describe('the CSV export', () => {
  it('streams every match with a BOM, a header row, CRLF and neutralised formulas', async () => {
    const response = await t.get('/en/practices/export.csv?country=GE')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="practices-2026-03-02.csv"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes.slice(3))
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(
      'title,summary,url,city,country,countryName,themes,transformations,status,startYear,language,publishedAt',
    )
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"")","Old Tbilisi courtyards, ""Italian yards"", restored with their neighbours; café, naïve façades.",http://localhost/en/practices/tbilisi-courtyards,Tbilisi,GE,Georgia,Heritage-led regeneration; Participation and inclusion,,,1999,en,2026-03-01T00:00:00.000Z`,
    )
    expect(lines[2]).toContain("'+Carved wooden balconies")
    expect(lines[3]).toBe('')
    expect(lines).toHaveLength(4)
    expect(csv).not.toContain('Unpublished')
  })

  it('prefixes every formula starter with an apostrophe, and only those', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', 'plain', '1-2'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      '1-2',
    ])
  })
})

describe('the API with the list’s filters', () => {
  it('accepts kind, population, start years and selection, with the same results as the list', async () => {
    const response = await t.get('/api/practices?kind=city&population=over-1m&lang=de')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { slug: string }[]; meta: { total: number } }
    expect(body.data.map((item) => item.slug)).toEqual(['park-am-gleisdreieck'])
    const years = (await (await t.get('/api/practices?from=2015&to=2020')).json()) as { meta: { total: number } }
    expect(years.meta.total).toBe(2)
    const selected = (await (await t.get('/api/practices?selected=yes')).json()) as { data: { slug: string }[] }
    expect(selected.data.map((item) => item.slug)).toEqual(['tbilisi-courtyards'])
    expect((await t.get('/api/practices?from=20x5')).status).toBe(400)
    expect((await t.get('/api/practices?selected=maybe')).status).toBe(400)
  })

  it('documents every filter in the OpenAPI document', async () => {
    const document = (await (await t.get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>
    }
    const names = document.paths['/practices']?.get.parameters.map((parameter) => parameter.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'q',
        'country',
        'theme',
        'transformation',
        'status',
        'kind',
        'population',
        'from',
        'to',
        'selected',
        'sort',
        'page',
      ]),
    )
  })
})

describe('related practices on a practice page', () => {
  it('lists similar practices by shared themes and words, never the practice itself', async () => {
    const page = await text('/en/practices/park-am-gleisdreieck')
    const similar = page.slice(page.indexOf('id="practice-similar"'))
    expect(similar).toContain('Similar practices')
    expect(similar).toContain('/en/practices/pocket-parks')
    expect(similar).not.toContain('/en/practices/park-am-gleisdreieck"')
    expect(similar.match(/app-card-grid__item/g)?.length).toBeLessThanOrEqual(4)
  })

  it('lists the other published practices of the same city', async () => {
    const page = await text('/en/practices/tbilisi-courtyards')
    const sameCity = page.slice(page.indexOf('id="practice-same-city"'))
    expect(sameCity).toContain('More practices from Tbilisi')
    expect(sameCity).toContain('/en/practices/tbilisi-balconies')
    expect(sameCity).not.toContain('Unpublished Tbilisi draft')
    const alone = await text('/en/practices/kaapeli')
    expect(alone).not.toContain('id="practice-same-city"')
  })

  it('finds through the index the same similar practices as the SQL reference', async () => {
    const rows = await t.db.select({ id: practices.id }).from(practices)
    for (const { id } of rows)
      for (const locale of ['en', 'fr'])
        expect(await listSimilarPractices(t.db, id, locale)).toEqual(
          await listSimilarPracticesInDatabase(t.db, id, locale),
        )
  })

  it('builds the likeness query from plain words only', () => {
    expect(similarityQuery(['park', "o'neil", 'gleisdreieck', 'a|b'])).toBe("'park' | 'gleisdreieck'")
    expect(similarityQuery([])).toBeNull()
  })
})
