import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStorageFor } from '../../platform/storage/index.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../platform/testing/test-app.js'
import { createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createMethod } from './commands.js'
import { findMethodBySlug, listResources } from './queries.js'
import { createSecretTemplate, createTestMethod } from './testing.js'

let t: TestApp
const cookies = { member: '', unverified: '', editor: '' }
const SECRET = 'zq7secretk4'
let method: Awaited<ReturnType<typeof createTestMethod>>
let template: { id: string; bytes: Uint8Array }

beforeAll(async () => {
  t = await createTestApp()
  const people: [keyof typeof cookies, Parameters<typeof createPerson>[2]][] = [
    ['member', {}],
    ['unverified', { verified: false }],
    ['editor', { roles: ['editor'] }],
  ]
  for (const [who, options] of people) {
    const person = await createPerson(t.db, t.config, options)
    cookies[who] = await sessionCookieFor(t.db, t.config, person.email)
  }
  method = await createTestMethod(t.db, {
    slug: 'harbour-walk',
    name: 'Harbour walk',
    summary: 'Walking the harbour with its dockers.',
    format: 'on-site',
    effort: 'low',
    groupMin: 4,
    groupMax: 12,
  })
  template = await createSecretTemplate(t.db, fileStorageFor(t.config), method.id, SECRET)
  await createTestMethod(t.db, {
    slug: 'big-webinar',
    name: 'Big webinar',
    format: 'online',
    effort: 'low',
    groupMin: 30,
    groupMax: 400,
  })
})
afterAll(() => t?.close())

const text = async (path: string, cookie?: string) => (await t.get(path, cookie ? { cookie } : {})).text()

describe('the methods catalogue', () => {
  it('filters by format, effort and group size', async () => {
    const onSite = await text('/en/methods?format=on-site')
    expect(onSite).toContain('Harbour walk')
    expect(onSite).not.toContain('Big webinar')
    const forTen = await text('/en/methods?group=10&effort=low')
    expect(forTen).toContain('Harbour walk')
    expect(forTen).not.toContain('Big webinar')
    const badGroup = await text('/en/methods?group=many')
    expect(badGroup).toContain('Enter the number of people as a whole number')
    const json = await (await t.get('/api/methods?format=online')).json()
    expect(json.data.map((entry: { slug: string }) => entry.slug)).toEqual(['big-webinar'])
  })

  it('tells visitors member resources exist and how to join, never their titles or content, anywhere', async () => {
    const page = await text('/en/methods/harbour-walk')
    expect(page).toContain('Members find 1 template for this method.')
    expect(page).toContain('/en/sign-in?next=%2Fmethods%2Fharbour-walk')
    expect(page).toContain('href="/en/sign-up"')
    const surfaces = [
      page,
      await text('/en/methods'),
      await text('/en/search?q=harbour'),
      await text(`/en/search?q=${SECRET}`),
      await text('/api/methods'),
      await text('/api/methods/harbour-walk'),
      await text('/sitemap.xml'),
      await text('/en/news/feed.xml'),
      await text('/en/practices/feed.xml'),
      await text('/api/news'),
      await text('/fr/methods/harbour-walk'),
      await text('/en/methods/harbour-walk', cookies.unverified),
      // Members search too: resources are found on the method page, never through search.
      await text(`/en/search?q=${SECRET}`, cookies.member),
    ]
    // The search page repeats the words searched for: what must never appear is the resource itself.
    for (const body of surfaces) {
      expect(body).not.toContain(`Template ${SECRET}`)
      expect(body).not.toContain(`Description ${SECRET}`)
      expect(body).not.toContain(`Member content ${SECRET}`)
      expect(body).not.toContain(`${SECRET}.pdf`)
      expect(body).not.toContain('/resources/')
    }
    const api = await (await t.get('/api/methods/harbour-walk')).json()
    expect(api.data.memberResources).toEqual({ templates: 1, examples: 0, contacts: 0 })
    const search = await text('/en/search?q=harbour')
    expect(search).toContain('href="/en/methods/harbour-walk"')
    expect(search).toMatch(/Methods <span class="app-caption-m">\(1\)<\/span>/)
    expect(search).toContain('href="/en/methods?q=harbour"')
    expect(await text('/en/methods?q=harbour')).toContain('Harbour walk')
  })

  it('lets members see and download resources as attachments; others are sent to sign in or refused', async () => {
    const page = await text('/en/methods/harbour-walk', cookies.member)
    expect(page).toContain(`Template ${SECRET}`)
    const path = `/en/methods/harbour-walk/resources/${template.id}/download`
    const download = await t.get(path, { cookie: cookies.member })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect(download.headers.get('cache-control')).toBe('private, no-store')
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(template.bytes)
    const visitor = await t.get(path)
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toContain('/en/sign-in?next=')
    expect((await t.get(path, { cookie: cookies.unverified })).status).toBe(403)
    expect(
      (await t.get('/en/methods/harbour-walk/resources/not-an-id/download', { cookie: cookies.member })).status,
    ).toBe(404)
  })

  it('refuses changes from anyone but editors, in the commands themselves', async () => {
    const input = {
      slug: 'x',
      name: 'X',
      summary: 'x',
      effort: 'low' as const,
      groupMin: 1,
      groupMax: 2,
      format: 'online' as const,
    }
    await expect(createMethod(t.db, null, input)).rejects.toThrow()
    const refused = await t.postForm('/en/methods/new', { name: 'Sneaky' }, { cookie: cookies.member })
    expect(refused.status).toBe(403)
    expect((await t.postForm('/en/methods/new', { name: 'Sneaky' })).status).toBe(303)
  })

  it('lets an editor create a method, keeping the answers and listing every problem', async () => {
    const bad = await t.postForm(
      '/en/methods/new',
      { name: 'Walking seminar', summary: '', steps: 'One\nTwo', groupMin: '12', groupMax: '3', format: 'online' },
      { cookie: cookies.editor },
    )
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('There is a problem')
    expect(html).toContain('Enter a summary')
    expect(html).toContain('value="Walking seminar"')
    const fields = {
      name: 'Walking seminar',
      summary: 'Learning while walking.',
      whatItIs: 'A seminar on foot.',
      whenToUse: 'When a place explains itself.',
      steps: '1. Plan the route\n2. Walk\n\n3. Talk',
      outcomes: 'Shared understanding.',
      pitfalls: 'Rain.',
      effort: 'low',
      duration: 'Two hours',
      groupMin: '5',
      groupMax: '15',
      format: 'on-site',
      activityKinds: 'peer-learning-visit',
    }
    const reversed = await t.postForm('/en/methods/new', { ...fields, groupMin: '20' }, { cookie: cookies.editor })
    expect(reversed.status).toBe(422)
    expect(await reversed.text()).toContain('The largest group must be at least the smallest')
    const good = await t.postForm('/en/methods/new', fields, { cookie: cookies.editor })
    expect(good.status).toBe(303)
    expect(good.headers.get('location')).toBe('/en/methods/walking-seminar?done=created')
    const saved = await findMethodBySlug(t.db, 'walking-seminar')
    expect(saved?.steps).toEqual(['Plan the route', 'Walk', 'Talk'])
    const page = await text('/en/methods/walking-seminar')
    expect(page).toContain('<ol class="app-list app-list--number"><li>Plan the route</li>')
  })

  it('lets an editor add resources: a template needs a real document file', async () => {
    const post = (body: FormData) =>
      t.app.request('/en/methods/harbour-walk/resources/new', {
        method: 'POST',
        body,
        headers: { origin: TEST_ORIGIN, cookie: cookies.editor },
      })
    const noFile = new FormData()
    noFile.set('kind', 'template')
    noFile.set('title', 'Route sheet')
    const missing = await post(noFile)
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('Choose the template’s file')
    const disguised = new FormData()
    disguised.set('kind', 'template')
    disguised.set('title', 'Route sheet')
    disguised.set('file', new File(['<script>alert(1)</script>'], 'route.pdf', { type: 'application/pdf' }))
    const wrong = await post(disguised)
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('The file must be a PDF')
    const contact = new FormData()
    contact.set('kind', 'contact')
    contact.set('title', 'Harbour master')
    contact.set('description', 'harbour@example.org')
    expect((await post(contact)).status).toBe(303)
    const resources = await listResources(t.db, method.id)
    expect(resources.map((resource) => resource.kind).sort()).toEqual(['contact', 'template'])
    expect(await text('/en/methods/harbour-walk')).toContain('Members find 1 template and 1 contact for this method.')
  })
})
