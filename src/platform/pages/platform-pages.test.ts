import { createRoute, z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createModuleApi } from '../api/api-app.js'
import { defineMessages, type Locale } from '../i18n/catalogue.js'
import { formatCalendarDate } from '../i18n/format.js'
import type { StoaModule } from '../module.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'
import { ACCESSIBILITY_STATEMENT_PREPARED_ON } from './accessibility-page.js'
import { pagesMessages } from './pages-messages.js'

const locales = ['en', 'fr', 'de'] as const satisfies readonly Locale[]
const homeLabel = { en: 'Home', fr: 'Accueil', de: 'Startseite' } as const

const pages = [
  { path: '/accessibility', titleKey: 'pages.accessibility.title' },
  { path: '/privacy', titleKey: 'pages.privacy.title' },
  { path: '/open-data', titleKey: 'pages.openData.title' },
  { path: '/contact', titleKey: 'pages.contact.title' },
  { path: '/api', titleKey: 'pages.api.title' },
] as const

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function html(app: TestApp, path: string) {
  const response = await app.get(path)
  expect(response.status, path).toBe(200)
  return response.text()
}

describe.each(pages)('$path', ({ path, titleKey }) => {
  it.each(locales)('answers in %s with its translated title, heading, breadcrumbs and language', async (locale) => {
    const title = pagesMessages[locale][titleKey]
    const page = await html(t, `/${locale}${path}`)
    expect(page).toContain(`<html lang="${locale}"`)
    expect(page).toContain(`<title>${title} – Stoa</title>`)
    expect(page).toContain(`<h1 class="app-heading-xl">${title}</h1>`)
    const breadcrumbs = page.match(/<nav class="app-breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect(breadcrumbs).toContain(`href="/${locale}">${homeLabel[locale]}</a>`)
    expect(breadcrumbs).toContain(`<span aria-current="page">${title}</span>`)
    // Each language says it in its own words, not in English.
    if (locale !== 'en') expect(title).not.toBe(pagesMessages.en[titleKey])
  })

  it('renders no inline script, inline style or event handler, which the CSP would block', async () => {
    const page = await html(t, `/en${path}`)
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/)
    expect(page).not.toMatch(/\sstyle="/)
    expect(page).not.toMatch(/\son[a-z]+="/)
  })

  it('gives every element a unique id, so every in-page link lands', async () => {
    const page = await html(t, `/en${path}`)
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target)
  })
})

describe('the accessibility statement', () => {
  it('dates the statement in each language', async () => {
    for (const locale of locales) {
      const date = formatCalendarDate(locale, ACCESSIBILITY_STATEMENT_PREPARED_ON)
      expect(await html(t, `/${locale}/accessibility`)).toContain(date)
    }
  })

  it('sends feedback to the contact page of the same language', async () => {
    expect(await html(t, '/de/accessibility')).toContain('href="/de/contact"')
  })
})

describe('the contact page', () => {
  it('shows the configured address as a mailto link, and where to go for accessibility and privacy', async () => {
    const page = await html(t, '/en/contact')
    expect(page).toContain('<a class="app-link" href="mailto:contact@stoa.localhost">contact@stoa.localhost</a>')
    expect(page).toContain('href="/en/accessibility#feedback"')
    expect(page).toContain('href="/en/privacy#your-rights"')
    // The fragments must exist on the pages they point to.
    expect(await html(t, '/en/accessibility')).toContain('id="feedback"')
    expect(await html(t, '/en/privacy')).toContain('id="your-rights"')
  })

  it('escapes CONTACT_EMAIL in the text and in the link', async () => {
    const custom = await createTestApp({ env: { CONTACT_EMAIL: "team.o'neill@example.org" }, database: t.database })
    const page = await html(custom, '/fr/contact')
    expect(page).toContain('href="mailto:team.o&#39;neill@example.org"')
    expect(page).toContain('>team.o&#39;neill@example.org</a>')
    expect(page).not.toContain("o'neill")
    expect(page).not.toContain('contact@stoa.localhost')
  })
})

describe('the privacy notice', () => {
  it('names the organisation that runs the site generically and gives the contact address', async () => {
    const page = await html(t, '/en/privacy')
    expect(page).toContain('the organisation that runs this site')
    expect(page).toContain('href="mailto:contact@stoa.localhost"')
    expect(page).toContain('“a former member”')
  })
})

const feedModule: StoaModule = {
  name: 'feeds-under-test',
  messages: defineMessages({
    en: { 'test.feeds.news': 'News feed', 'test.feeds.events': 'Events calendar' },
    fr: { 'test.feeds.news': 'Fil d’actualités', 'test.feeds.events': 'Calendrier des événements' },
    de: { 'test.feeds.news': 'Nachrichten-Feed', 'test.feeds.events': 'Veranstaltungskalender' },
  }),
  openData: [
    {
      labelKey: 'test.feeds.news',
      href: (locale) => `/${locale}/news/feed.atom`,
      format: 'Atom',
      licence: { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    { labelKey: 'test.feeds.events', href: '/api/events.ics', format: 'iCal' },
  ],
}

describe('the open data page', () => {
  it('points to the API, its OpenAPI description and the sitemap, and says so when no module publishes a feed', async () => {
    const bare = await createTestApp({ modules: [], database: t.database })
    const page = await html(bare, '/en/open-data')
    expect(page).toContain('href="/en/api"')
    expect(page).toContain('href="/api/openapi.json"')
    expect(page).toContain('href="/sitemap.xml"')
    expect(page).toContain(pagesMessages.en['pages.openData.datasetsNone'])
  })

  it('lists the datasets and feeds modules declare, with their terms of reuse or none', async () => {
    const withFeeds = await createTestApp({ modules: [feedModule], database: t.database })
    const page = await html(withFeeds, '/fr/open-data')
    expect(page).not.toContain(pagesMessages.fr['pages.openData.datasetsNone'])
    expect(page).toContain('<a class="app-link" href="/fr/news/feed.atom">Fil d’actualités</a>')
    expect(page).toContain('href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>')
    expect(page).toContain('<a class="app-link" href="/api/events.ics">Calendrier des événements</a>')
    expect(page).toContain(pagesMessages.fr['pages.openData.termsNone'])
  })
})

const dummyApi = createModuleApi()
dummyApi.openapi(
  createRoute({
    method: 'get',
    path: '/widgets/{slug}',
    tags: ['Widgets'],
    summary: 'One widget by its slug',
    request: {
      params: z.object({ slug: z.string().openapi({ description: 'The widget’s slug' }) }),
      query: z.object({ colour: z.enum(['red', 'blue']).optional().openapi({ description: 'Paint it' }) }),
    },
    responses: {
      200: { description: 'The widget', content: { 'application/json': { schema: z.object({ slug: z.string() }) } } },
      404: { description: 'No widget with this slug' },
    },
  }),
  (c) => c.json({ slug: c.req.valid('param').slug }, 200),
)

describe('the API reference', () => {
  it('lists every endpoint of the OpenAPI document the API serves', async () => {
    const document = await (await t.get('/api/openapi.json')).json()
    const page = await html(t, '/en/api')
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} /api${path}`),
    )
    expect(operations).toContain('GET /api/openapi.json')
    for (const operation of operations) expect(page).toContain(`<code>${operation}</code>`)
    expect(page).toContain('href="/api/openapi.json"')
  })

  it('describes the parameters, responses and tag of an endpoint a module registers', async () => {
    const withWidgets = await createTestApp({
      modules: [{ name: 'widgets-under-test', api: dummyApi }],
      database: t.database,
    })
    const page = await html(withWidgets, '/de/api')
    expect(page).toContain('<code>GET /api/widgets/{slug}</code>')
    expect(page).toContain('<p class="app-body" lang="en">One widget by its slug</p>')
    const parameters = page.match(
      /<caption[^>]*>Parameter von GET \/api\/widgets\/\{slug\}<\/caption>[\s\S]*?<\/table>/,
    )?.[0]
    expect(parameters).toBeTruthy()
    expect(parameters).toMatch(
      /<code>slug<\/code><\/th><td[^>]*>Pfad<\/td><td[^>]*>Ja<\/td><td[^>]*><code>string<\/code><\/td><td[^>]*><span lang="en">The widget’s slug<\/span>/,
    )
    expect(parameters).toMatch(
      /<code>colour<\/code><\/th><td[^>]*>Query-String<\/td><td[^>]*>Nein<\/td><td[^>]*><code>&quot;red&quot; \| &quot;blue&quot;<\/code>/,
    )
    const responses = page.match(
      /<caption[^>]*>Antworten von GET \/api\/widgets\/\{slug\}<\/caption>[\s\S]*?<\/table>/,
    )?.[0]
    expect(responses).toMatch(/>200<\/th><td[^>]*><span lang="en">The widget<\/span>/)
    expect(responses).toMatch(/>404<\/th><td[^>]*><span lang="en">No widget with this slug<\/span>/)
    expect(page).toMatch(/<h3 class="app-heading-m" id="tag-widgets" lang="en">Widgets<\/h3>/)
  })

  it('states the configured rate limit, CORS, the error shape and that member-only data is never returned', async () => {
    const limited = await createTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '42' }, database: t.database })
    const page = await html(limited, '/en/api')
    expect(page).toContain('Each IP address may make 42 requests per minute.')
    expect(page).toContain('42 requests per minute per IP address')
    expect(page).toContain('Cross-origin requests (CORS)')
    expect(page).toContain('&quot;requestId&quot;')
    expect(page).toContain('<code>rate_limited</code>')
    expect(page).toContain('Member-only data')
    expect(page).toContain('<code>http://localhost/api</code>')
  })
})

describe('the home page', () => {
  it('still renders when no module contributes a section', async () => {
    const bare = await createTestApp({ modules: [], database: t.database })
    const page = await html(bare, '/fr')
    expect(page).toContain('<h1 class="app-heading-xl">')
  })
})
