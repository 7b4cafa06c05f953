import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../demo/run-demo.js'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { accountsModule } from '../accounts/index.js'
import { createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createTestActivity } from '../activities/testing.js'
import { programmesModule } from '../programmes/index.js'
import { markPracticeSelectedInCall, renamePractice } from './commands.js'
import { escapeXml } from './feed.js'
import { practicesModule } from './index.js'
import { createPractice } from './testing.js'

let t: TestApp
const today = new Date('2026-03-02T10:00:00Z')
const CONTACT_NAME = 'Zofia Kontaktowa'
const CONTACT_EMAIL = 'zofia.contact@example.org'
let verifiedCookie: string
let unverifiedCookie: string

beforeAll(async () => {
  t = await createTestApp({ now: () => today })
  await seedDemo(t.db, [programmesModule, accountsModule, practicesModule], today)
  await createPractice(t.db, {
    slug: 'with-a-contact',
    title: 'Courtyard <gardens> & friends',
    city: 'Ghent',
    country: 'BE',
    summary: 'Neighbours look after courtyard gardens together.',
    challenge: 'Courtyards stood empty.',
    contactName: CONTACT_NAME,
    contactEmail: CONTACT_EMAIL,
    publishedAt: new Date('2026-03-02T09:00:00Z'),
  })
  await createPractice(t.db, { slug: 'a-draft', title: 'Secret draft', publicationStatus: 'draft', publishedAt: null })
  const verified = await createPerson(t.db, t.config, { verified: true })
  const unverified = await createPerson(t.db, t.config, { verified: false })
  verifiedCookie = await sessionCookieFor(t.db, t.config, verified.email)
  unverifiedCookie = await sessionCookieFor(t.db, t.config, unverified.email)
})
afterAll(() => t?.close())

async function text(path: string, headers: Record<string, string> = {}) {
  const response = await t.get(path, headers)
  expect(response.status, path).toBe(200)
  return response.text()
}

describe('the practices list', () => {
  it('searches with stemming and marks the matches, escaping everything else', async () => {
    const page = await text('/en/practices?q=museums')
    expect(page).toContain('Museum in transition')
    expect(page).toContain('Door breakers')
    expect(page).not.toContain('Pocket parks')
    expect(page).toMatch(/<mark>museums<\/mark>/i)
    const escaped = await text('/en/practices?q=courtyard')
    expect(escaped).toContain('Courtyard &lt;gardens&gt; &amp; friends')
    expect(escaped).not.toContain('<gardens>')
  })

  it('keeps every choice in the query string and counts facets', async () => {
    const page = await text('/en/practices?country=DE&sort=title')
    expect(page).toContain('2 practices')
    expect(page).toContain('Culture for Future')
    expect(page).toContain('Park am Gleisdreieck')
    expect(page).toMatch(/value="DE"[^>]*checked/)
    expect(page).toContain('Spain (2)')
    expect(page).toMatch(/<option value="title" selected/)
  })

  it('suggests a title when nothing matches', async () => {
    const page = await text('/en/practices?q=pockett+parcs')
    expect(page).toContain('Did you mean:')
    expect(page).toContain('href="/en/practices?q=Pocket+parks"')
  })

  it('pages through in twenties', async () => {
    const page = await text('/en/practices?page=2')
    expect(page).toContain('12 practices')
    expect(page).not.toContain('app-card__title')
  })

  it('never lists drafts', async () => {
    expect(await text('/en/practices?q=secret')).toContain('No practice matches')
    expect((await t.get('/en/practices/a-draft')).status).toBe(404)
    expect((await t.get('/api/practices/a-draft')).status).toBe(404)
  })
})

describe('a practice page', () => {
  it('shows the contact to verified members only, never its bytes to others', async () => {
    for (const headers of [{}, { cookie: unverifiedCookie }] as Record<string, string>[]) {
      const page = await text('/en/practices/with-a-contact', headers)
      expect(page).toContain('Sign in as a member to see the contact')
      expect(page).not.toContain(CONTACT_EMAIL)
      expect(page).not.toContain(CONTACT_NAME)
    }
    const member = await text('/en/practices/with-a-contact', { cookie: verifiedCookie })
    expect(member).toContain(`mailto:${CONTACT_EMAIL}`)
    expect(member).toContain(CONTACT_NAME)
    for (const path of ['/api/practices/with-a-contact', '/api/practices?q=courtyard', '/en/practices/feed.xml']) {
      const body = await text(path)
      expect(body).not.toContain(CONTACT_EMAIL)
      expect(body).not.toContain(CONTACT_NAME)
    }
  })

  it('has sections with headings, links, tags, breadcrumbs and CreativeWork JSON-LD', async () => {
    const page = await text('/en/practices/with-a-contact')
    expect(page).toMatch(/<h2[^>]*>The challenge<\/h2>/)
    expect(page).toContain('Courtyards stood empty.')
    expect(page).not.toContain('Lessons learnt')
    const lisbon = await text('/en/practices/shops-with-a-history')
    expect(lisbon).toContain('href="/en/organisations/lisbon-city-council"')
    expect(lisbon).toContain('href="/en/programmes/cultural-heritage-in-action"')
    expect(lisbon).toContain('Local commerce')
    const json = lisbon.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1]
    expect(JSON.parse(json ?? '{}')).toMatchObject({ '@type': 'CreativeWork', name: 'Shops with a History' })
    expect(lisbon).toContain('href="/en/practices"')
  })

  it('shows a translation with a notice and a link to the original', async () => {
    const fr = await text('/fr/practices/museum-in-transition')
    expect(fr).toContain('Musée en transition')
    expect(fr).toContain('Ceci est une traduction')
    expect(fr).toContain('href="/fr/practices/museum-in-transition?lang=original"')
    const original = await text('/fr/practices/museum-in-transition?lang=original')
    expect(original).toContain('<h1 class="app-heading-xl" lang="en">Museum in transition</h1>')
    expect(original).not.toContain('Ceci est une traduction')
  })

  it('sends old slugs to the new one with a 301', async () => {
    await renamePractice(t.db, 'kaapeli', 'kaapeli-model')
    const response = await t.get('/de/practices/kaapeli?lang=original')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/de/practices/kaapeli-model?lang=original')
    await renamePractice(t.db, 'kaapeli-model', 'kaapeli')
  })
})

describe('the API, feed and plug-ins', () => {
  it('lists practices with the page’s filters, paginated, and one practice in the requested language', async () => {
    const list = (await (await t.get('/api/practices?country=ES&lang=fr')).json()) as {
      data: { slug: string; title: string; url: string }[]
      meta: { total: number; pageCount: number }
    }
    expect(list.meta).toMatchObject({ total: 2, page: 1, pageSize: 20, pageCount: 1 })
    expect(list.data.map((item) => item.title)).toContain('Briseurs de portes')
    const one = (await (await t.get('/api/practices/shops-with-a-history?lang=fr')).json()) as {
      data: Record<string, unknown>
    }
    expect(one.data).toMatchObject({ title: 'Boutiques chargées d’histoire', language: 'fr', originalLanguage: 'en' })
    expect(Object.keys(one.data).some((key) => key.toLowerCase().includes('contact'))).toBe(false)
    const spec = (await (await t.get('/api/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/practices', '/practices/{slug}']))
  })

  it('publishes a well-formed Atom feed of the newest practices', async () => {
    const response = await t.get('/en/practices/feed.xml')
    expect(response.headers.get('content-type')).toContain('application/atom+xml')
    const xml = await response.text()
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    )
    expect(xml).toContain('<title>Courtyard &lt;gardens&gt; &amp; friends</title>')
    expect(xml.match(/<entry /g)).toHaveLength(12)
    expectWellFormed(xml)
    expect(escapeXml('a\u0000b<&"\'')).toBe('ab&lt;&amp;&quot;&apos;')
  })

  it('adds the newest practices to the home page, the nav, the sitemap and the site search', async () => {
    const home = await text('/en')
    expect(home).toContain('Newest practices')
    expect(home).toContain('href="/en/practices"')
    const sitemap = await text('/sitemap.xml')
    expect(sitemap).toContain('/en/practices/pocket-parks')
    expect(sitemap).not.toContain('a-draft')
    const search = await text('/en/search?q=parks')
    expect(search).toContain('Pocket parks')
  })
})

/**
 * No XML parser is installed: a strict check of what this feed can contain instead. Every tag
 * closes in order, every & starts an entity, no < or > stands alone in text or attributes.
 */
function expectWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '')
  const stack: string[] = []
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>|([^<]+)/gy
  let consumed = 0
  for (const match of body.matchAll(token)) {
    consumed += match[0].length
    const [, closing, name, attributes, selfClosing, textPart] = match
    const entityText = textPart ?? attributes ?? ''
    expect(entityText.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, '')).not.toMatch(/[&<>]/)
    if (!name) continue
    if (closing) expect(stack.pop()).toBe(name)
    else if (!selfClosing) stack.push(name)
  }
  expect(consumed).toBe(body.length)
  expect(stack).toEqual([])
}

describe('a practice page’s links to calls and activities', () => {
  it('shows the call it was selected in, as the calls module recorded it, and the activities that presented it', async () => {
    const practice = await createPractice(t.db, { slug: 'selected-one', title: 'Selected one', publishedAt: today })
    const before = await text('/en/practices/selected-one')
    expect(before).not.toContain('Selected in')
    expect(before).not.toContain('id="practice-activities"')
    expect(
      await markPracticeSelectedInCall(t.db, {
        practiceId: practice.id,
        callId: '00000000-0000-4000-8000-0000000000c1',
        callTitle: 'Heritage call 2026',
        callUrl: '/calls/heritage-2026',
      }),
    ).toBe(true)
    await createTestActivity(t.db, {
      slug: 'visit-presenting',
      title: 'Study visit to Ghent',
      practiceIds: [practice.id],
    })
    await createTestActivity(t.db, { slug: 'visit-unrelated', title: 'Unrelated visit' })
    const page = await text('/fr/practices/selected-one')
    expect(page).toContain('Sélectionnée dans Heritage call 2026')
    expect(page).toContain('href="/fr/calls/heritage-2026"')
    const presented = page.slice(page.indexOf('id="practice-activities"'))
    expect(presented).toContain('href="/fr/activities/visit-presenting"')
    expect(presented).not.toContain('Unrelated visit')
    const listed = await text('/en/practices?selected=yes')
    expect(listed).toContain('Selected one')
    await markPracticeSelectedInCall(t.db, { practiceId: practice.id, callId: null })
    expect(await text('/en/practices/selected-one')).not.toContain('Heritage call 2026')
    expect(
      await markPracticeSelectedInCall(t.db, { practiceId: '00000000-0000-4000-8000-000000000000', callId: null }),
    ).toBe(false)
  })
})
