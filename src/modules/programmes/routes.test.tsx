import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { programmesDemo } from './demo.js'
import { registerProgrammeSection } from './programme-sections.js'
import { createProgramme } from './testing.js'

let t: TestApp
const today = new Date('2025-06-01T10:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: () => today })
  await programmesDemo.seed(t.db, { today })
})
afterAll(() => t?.close())

async function html(path: string) {
  const response = await t.get(path)
  expect(response.status, path).toBe(200)
  // Intl puts thin and no-break spaces around a range's dash and in some dates.
  return (await response.text()).replace(/[\u2009\u202f\u00a0]/g, ' ')
}

interface ProgrammeJson {
  url: string
  partners: { name: string; url: string | null; logoUrl: string | null; role: string }[]
  funding: Record<string, string | boolean | null> & { disclaimer: string | null }
}

function jsonLdOf(page: string): unknown {
  const match = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)
  expect(match).toBeTruthy()
  return JSON.parse(match![1]!)
}

describe('the programmes list', () => {
  it('shows every programme as a card in each language, current ones apart from past ones', async () => {
    const expectations = {
      en: ['Current programmes', 'Past programmes', '5 partners', 'October 2019 – April 2022', 'Past programme'],
      fr: ['Programmes en cours', 'Programmes terminés', '5 partenaires', 'octobre 2019 – avril 2022'],
      de: ['Laufende Programme', 'Abgeschlossene Programme', '5 Partner', 'Oktober 2019 – April 2022'],
    }
    for (const [locale, texts] of Object.entries(expectations)) {
      const page = await html(`/${locale}/programmes`)
      expect(page).toContain(`<html lang="${locale}"`)
      for (const text of texts) expect(page, `${locale}: ${text}`).toContain(text)
      expect(page).toContain(`href="/${locale}/programmes/european-heritage-hub"`)
      // The English names are marked as English on the French and German pages.
      if (locale !== 'en') expect(page).toContain('<span lang="en">Cultural heritage in action</span></a>')
      const past = page.indexOf('id="past-programmes-heading"')
      expect(page.indexOf('Capacity building for European Capitals of Culture')).toBeGreaterThan(past)
      expect(page.indexOf('European Heritage Hub')).toBeLessThan(past)
    }
  })

  it('is linked from the main navigation, marked as the current section', async () => {
    const page = await html('/de/programmes')
    expect(page).toMatch(
      /<a class="app-primary-navigation__link" href="\/de\/programmes" aria-current="page">Programme<\/a>/,
    )
  })
})

describe('a programme page', () => {
  it('shows the programme, its coordinator and partners, and the EU acknowledgement in each language', async () => {
    const expectations = {
      en: [
        'Funded by the European Union',
        'do not necessarily reflect those of the European Union or the European Commission.',
        'alt="European Union emblem"',
        'Coordinator',
      ],
      fr: [
        'Financé par l’Union européenne',
        'ceux de l’Union européenne ou de la Commission européenne.',
        'alt="Emblème de l’Union européenne"',
        'Coordination',
      ],
      de: [
        'Finanziert von der Europäischen Union',
        'die der Europäischen Union oder der Europäischen Kommission wider.',
        'alt="Emblem der Europäischen Union"',
        'Koordination',
      ],
    }
    for (const [locale, texts] of Object.entries(expectations)) {
      const page = await html(`/${locale}/programmes/cultural-heritage-in-action`)
      for (const text of texts) expect(page, `${locale}: ${text}`).toContain(text)
      expect(page).toMatch(
        /<h1 class="app-heading-xl" lang="en">Cultural heritage in action<\/h1>|<h1 class="app-heading-xl">Cultural heritage in action<\/h1>/,
      )
      for (const partner of ['Eurocities', 'KEA', 'ERRIN', 'Europa Nostra', 'Architects Council of Europe'])
        expect(page).toContain(partner)
      expect(page).toMatch(/src="\/assets\/eu-emblem\.[0-9a-f]{12}\.svg"/)
      expect(page).toContain(`href="/${locale}/programmes"`)
    }
  })

  it('names the lead partner as coordinator and lists it first', async () => {
    const page = await html('/en/programmes/cultural-heritage-in-action')
    expect(page).toMatch(
      /<dt class="app-summary-list__key">Coordinator<\/dt><dd class="app-summary-list__value">Eurocities<\/dd>/,
    )
    expect(page.indexOf('Eurocities')).toBeLessThan(page.indexOf('Architects Council of Europe'))
  })

  it('shows dates known to the month, the past status and the funding note of the ECoC project', async () => {
    const page = await html('/en/programmes/capacity-building-for-european-capitals-of-culture')
    expect(page).toContain('October 2019 – April 2022')
    expect(page).toContain('Past programme')
    expect(page).toContain('Directorate-General for Education, Youth, Sport and Culture (DG EAC)')
    expect(page).toContain('European Association for Information on Local Development (AEIDL)')
  })

  it('shows no funding acknowledgement for a programme that is not EU-funded', async () => {
    const page = await html('/en/programmes/european-heritage-hub')
    expect(page).not.toContain('Funded by the European Union')
    expect(page).not.toContain('eu-emblem')
    expect(page).not.toContain('id="programme-funding"')
    // No partners in the source: no empty partners section either.
    expect(page).not.toContain('id="programme-partners"')
  })

  it('has breadcrumbs and schema.org Project data with partners and funder', async () => {
    const page = await html('/fr/programmes/cultural-heritage-in-action')
    expect(page).toContain('<nav class="app-breadcrumbs"')
    expect(page).toContain('<span aria-current="page">Cultural heritage in action</span>')
    const data = jsonLdOf(page) as Record<string, unknown>
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Project',
      name: 'Cultural heritage in action',
      url: 'http://localhost/fr/programmes/cultural-heritage-in-action',
      funder: { name: 'European Union' },
    })
    expect(data.member).toContainEqual({
      '@type': 'OrganizationRole',
      roleName: 'coordinator',
      member: { '@type': 'Organization', name: 'Eurocities' },
    })
    const ecoc = jsonLdOf(await html('/en/programmes/capacity-building-for-european-capitals-of-culture'))
    expect(ecoc).toMatchObject({ foundingDate: '2019-10', dissolutionDate: '2022-04' })
  })

  it('answers 404 in the page’s language for a slug no programme has', async () => {
    const response = await t.get('/fr/programmes/no-such-programme')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page introuvable')
  })

  it('escapes content: a name with a script tag is text in the page and stays inside the JSON-LD string', async () => {
    await createProgramme(t.db, {
      slug: 'escaping',
      position: 99,
      name: '</script><script>alert(1)</script>',
      summary: '<img src=x onerror=alert(2)>',
      description: 'Para <b>one</b>\n\nPara & two',
      partners: [{ name: '<script>alert(3)</script>', url: 'https://example.org/?a=1&b="2"' }],
    })
    const page = await html('/en/programmes/escaping')
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toMatch(/<b>one/)
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
    const data = jsonLdOf(page) as { name: string }
    expect(data.name).toBe('</script><script>alert(1)</script>')
    // The only script elements are our own file and the JSON-LD.
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/)
    expect(page).not.toMatch(/\sstyle="/)
    expect(page).not.toMatch(/\son[a-z]+="/)
  })

  it('renders the sections other modules register, in order, leaving out those with nothing to show', async () => {
    const removeSecond = registerProgrammeSection({
      name: 'second-test-section',
      order: 20,
      render: async (ctx, _db, programme) => <section id="second-section">{`${ctx.locale} ${programme.slug}`}</section>,
    })
    const removeFirst = registerProgrammeSection({
      name: 'first-test-section',
      order: 10,
      render: async () => <section id="first-section">first</section>,
    })
    const removeEmpty = registerProgrammeSection({ name: 'empty-section', order: 5, render: async () => null })
    try {
      const page = await html('/de/programmes/european-heritage-hub')
      expect(page).toContain('<section id="second-section">de european-heritage-hub</section>')
      expect(page.indexOf('id="first-section"')).toBeLessThan(page.indexOf('id="second-section"'))
    } finally {
      removeFirst()
      removeSecond()
      removeEmpty()
    }
    expect(await html('/de/programmes/european-heritage-hub')).not.toContain('first-section')
  })
})

describe('the programmes elsewhere on the site', () => {
  it('puts a programmes section with the cards on the home page', async () => {
    for (const [locale, heading] of [
      ['en', 'Programmes'],
      ['fr', 'Programmes'],
      ['de', 'Programme'],
    ] as const) {
      const page = await html(`/${locale}`)
      expect(page).toContain(`id="home-programmes-heading">${heading}</h2>`)
      expect(page).toContain(`<a class="app-link app-section__link" href="/${locale}/programmes">`)
      expect(page).toContain(`href="/${locale}/programmes/capacity-building-for-european-capitals-of-culture"`)
    }
  })

  it('lists the programmes list and every programme page in the sitemap, in every language', async () => {
    const sitemap = await (await t.get('/sitemap.xml')).text()
    for (const locale of ['en', 'fr', 'de']) {
      expect(sitemap).toContain(`<loc>http://localhost/${locale}/programmes</loc>`)
      expect(sitemap).toContain(`<loc>http://localhost/${locale}/programmes/european-heritage-hub</loc>`)
    }
    expect(sitemap).toMatch(
      /<loc>http:\/\/localhost\/en\/programmes\/cultural-heritage-in-action<\/loc><lastmod>\d{4}-\d\d-\d\dT/,
    )
  })

  it('lists the programmes API as a dataset on the open-data page', async () => {
    const page = await html('/fr/open-data')
    expect(page).toContain('<a class="app-link" href="/api/programmes?lang=fr">Programmes et leurs partenaires</a>')
  })

  it('serves the EU emblem as a hashed SVG image', async () => {
    const page = await html('/en/programmes/cultural-heritage-in-action')
    const src = page.match(/src="(\/assets\/eu-emblem\.[0-9a-f]{12}\.svg)"/)![1]!
    const response = await t.get(src)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(await response.text()).toContain('#003399')
  })
})

describe('the programmes API', () => {
  it('lists the programmes as JSON', async () => {
    const response = await t.get('/api/programmes')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await response.json()) as { data: Record<string, unknown>[] }
    expect(body.data.slice(0, 3).map((programme) => programme.slug)).toEqual([
      'cultural-heritage-in-action',
      'european-heritage-hub',
      'capacity-building-for-european-capitals-of-culture',
    ])
    expect(body.data[2]).toEqual({
      slug: 'capacity-building-for-european-capitals-of-culture',
      name: 'Capacity building for European Capitals of Culture',
      summary: expect.any(String),
      language: 'en',
      url: 'http://localhost/en/programmes/capacity-building-for-european-capitals-of-culture',
      status: 'past',
      startsOn: '2019-10-01',
      endsOn: '2022-04-01',
      datesPrecision: 'month',
      euFunded: true,
      partnersCount: 1,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    })
  })

  it('gives one programme with partners and the funding texts in the requested language', async () => {
    const response = await t.get('/api/programmes/cultural-heritage-in-action?lang=de')
    expect(response.status).toBe(200)
    const { data } = (await response.json()) as { data: ProgrammeJson }
    expect(data.url).toBe('http://localhost/de/programmes/cultural-heritage-in-action')
    expect(data.partners[0]).toEqual({ name: 'Eurocities', url: null, logoUrl: null, role: 'lead' })
    expect(data.partners).toHaveLength(5)
    expect(data.funding).toMatchObject({
      euFunded: true,
      grantingAuthority: 'the European Commission',
      acknowledgement: 'Finanziert von der Europäischen Union',
    })
    expect(data.funding.disclaimer).toContain('oder der Europäischen Kommission wider')
    const hub = (await (await t.get('/api/programmes/european-heritage-hub')).json()) as { data: ProgrammeJson }
    expect(hub.data.funding).toEqual({
      euFunded: false,
      grantingAuthority: null,
      note: null,
      acknowledgement: null,
      disclaimer: null,
    })
  })

  it('answers an unknown programme with 404 and a bad parameter with 400, in the JSON error shape', async () => {
    const missing = await t.get('/api/programmes/no-such-programme')
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found')
    const badLang = await t.get('/api/programmes?lang=xx')
    expect(badLang.status).toBe(400)
    const body = (await badLang.json()) as { error: { code: string; issues: { path: string }[] } }
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.issues[0]!.path).toBe('lang')
  })

  it('is described in the OpenAPI document', async () => {
    const document = (await (await t.get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
      components: { schemas: Record<string, unknown> }
    }
    expect(Object.keys(document.paths['/programmes']!)).toContain('get')
    expect(Object.keys(document.paths['/programmes/{slug}']!.get!.responses)).toEqual(['200', '400', '404'])
    expect(document.components.schemas).toHaveProperty('Programme')
    expect(document.components.schemas).toHaveProperty('ProgrammeSummary')
  })
})
