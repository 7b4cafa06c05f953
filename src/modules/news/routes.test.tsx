import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStorageFor } from '../../platform/storage/index.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../platform/testing/test-app.js'
import { createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createNews } from './commands.js'
import { demoPng } from './demo-image.js'
import { createTestNews } from './testing.js'

let t: TestApp
const cookies = { member: '', editor: '' }
const now = new Date('2026-05-01T10:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: () => now })
  const people: [keyof typeof cookies, Parameters<typeof createPerson>[2]][] = [
    ['member', {}],
    ['editor', { roles: ['editor'] }],
  ]
  for (const [who, options] of people) {
    const person = await createPerson(t.db, t.config, options)
    cookies[who] = await sessionCookieFor(t.db, t.config, person.email)
  }
})
afterAll(() => t?.close())

const text = async (path: string, cookie?: string) => (await t.get(path, cookie ? { cookie } : {})).text()

const post = (path: string, fields: Record<string, string | File | string[]>, cookie = cookies.editor) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const entry of Array.isArray(value) ? value : [value]) body.append(name, entry)
  return t.app.request(path, { method: 'POST', body, headers: { origin: TEST_ORIGIN, cookie } })
}

describe('news', () => {
  it('lets an editor write a draft, then publish it to the list, the home page, the feed, the API and the search', async () => {
    const bad = await post('/en/news/new', {
      kind: 'story',
      title: 'Harbour lanterns return',
      lead: '',
      body: 'x',
      image: new File([demoPng(4, 4, () => [1, 2, 3])], 'lantern.png', { type: 'image/png' }),
      related: 'Nope',
    })
    expect(bad.status).toBe(422)
    const page = await bad.text()
    expect(page).toContain('Enter a lead')
    expect(page).toContain('Write each line as a label')
    expect(page).toContain('value="Harbour lanterns return"')
    const saved = await post('/en/news/new', {
      kind: 'story',
      title: 'Harbour lanterns return',
      lead: 'The harbour festival is back.',
      body: '## A night of light\n\nLanterns on the **water**. <script>alert(1)</script> [bad](javascript:alert(1))',
      themes: ['cultural-tourism'],
      related: 'Pocket parks | /practices/pocket-parks',
      image: new File([demoPng(4, 4, () => [1, 2, 3])], 'lantern.png', { type: 'image/png' }),
      imageAlt: 'Paper lanterns floating on dark water',
    })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe('/en/news/harbour-lanterns-return?done=saved')
    // A draft: a 404 for everyone but editors, and nowhere public.
    expect((await t.get('/en/news/harbour-lanterns-return')).status).toBe(404)
    expect((await t.get('/en/news/harbour-lanterns-return', { cookie: cookies.member })).status).toBe(404)
    expect((await t.get('/en/news/harbour-lanterns-return/image')).status).toBe(404)
    expect(await text('/en/news')).not.toContain('Harbour lanterns')
    expect(await text('/en/news', cookies.editor)).toContain('Harbour lanterns')
    const draft = await text('/en/news/harbour-lanterns-return', cookies.editor)
    expect(draft).toContain('<h3>A night of light</h3>')
    expect(draft).toContain('<strong>water</strong>')
    expect(draft).not.toContain('<script>alert')
    expect(draft).not.toContain('href="javascript:')
    expect(draft).toContain('alt="Paper lanterns floating on dark water"')

    expect((await post('/en/news/harbour-lanterns-return/publish', {}, cookies.member)).status).toBe(403)
    const published = await post('/en/news/harbour-lanterns-return/publish', {})
    expect(published.headers.get('location')).toBe('/en/news/harbour-lanterns-return?done=published')

    expect(await text('/en/news')).toContain('href="/en/news/harbour-lanterns-return"')
    expect(await text('/en')).toContain('href="/en/news/harbour-lanterns-return"')
    const search = await text('/en/search?q=lanterns')
    expect(search).toContain('href="/en/news/harbour-lanterns-return"')
    expect(search).toMatch(/News <span class="app-caption-m">\(1\)<\/span>/)
    const image = await t.get('/en/news/harbour-lanterns-return/image')
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    const feed = await new Parser().parseString(await text('/en/news/feed.xml'))
    const entry = feed.items.find((item) => item.link === 'http://localhost/en/news/harbour-lanterns-return')
    expect(entry?.title).toBe('Harbour lanterns return')
    expect(entry?.content).toContain('<strong>water</strong>')
    const api = await (await t.get('/api/news/harbour-lanterns-return?lang=fr')).json()
    expect(api.data.related).toEqual([{ label: 'Pocket parks', url: 'http://localhost/fr/practices/pocket-parks' }])
    expect(api.data.imageAlt).toBe('Paper lanterns floating on dark water')
  })

  it('refuses writing from anyone but editors, in the commands too', async () => {
    const input = { slug: 'x', kind: 'story' as const, title: 'X', lead: 'x', body: 'x' }
    await expect(createNews(t.db, fileStorageFor(t.config), null, input)).rejects.toThrow()
    expect((await post('/en/news/new', { title: 'x' }, cookies.member)).status).toBe(403)
    expect((await t.postForm('/en/news/new', { title: 'x' })).status).toBe(303)
  })

  it('pages through published news, newest first, and never lists news dated later', async () => {
    const storage = fileStorageFor(t.config)
    for (let index = 0; index < 11; index += 1)
      await createTestNews(t.db, storage, {
        title: `Paged story ${index}`,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + index)),
      })
    await createTestNews(t.db, storage, { title: 'Scheduled story', publishedAt: new Date('2026-12-01T00:00:00Z') })
    const first = await text('/en/news')
    expect(first).toContain('Paged story 10')
    expect(first).not.toContain('Scheduled story')
    expect(first).toContain('href="/en/news?page=2"')
    const second = await text('/en/news?page=2')
    expect(second).toContain('Paged story 0')
    const api = await (await t.get('/api/news?page=2')).json()
    expect(api.meta.page).toBe(2)
  })
})

describe('oversized pictures', () => {
  const bigFile = (megabytes: number) =>
    new File([new Uint8Array(megabytes * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' })

  it('brings the form back with the message beside the picture and the answers kept when the picture is over 5 MB', async () => {
    const response = await post('/fr/news/new', {
      kind: 'story',
      title: 'Un port en fête',
      lead: 'Les lanternes reviennent.',
      body: 'Texte.',
      imageAlt: 'Des lanternes',
      image: bigFile(6),
    })
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain(
      '<p class="app-error-message" id="image-error"><span class="app-visually-hidden">Erreur :</span> L’image doit faire moins de 5 Mo</p>',
    )
    expect(page).toContain('value="Un port en fête"')
    expect(page).toContain('value="Des lanternes"')
  })

  it('answers a body far beyond the limit with the form and a message beside the picture, never a bare 413', async () => {
    const response = await post('/en/news/new', { kind: 'story', title: 'Too big', image: bigFile(22) })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    expect(page).toContain('<title>Error: ')
    expect(page).toContain('href="#image"')
    expect(page).toContain('the form could not be read with it')
  })
})

describe('searching the news', () => {
  it('finds published news by stemmed words, title matches first, with the words kept in the box and pages', async () => {
    const storage = fileStorageFor(t.config)
    await createTestNews(t.db, storage, { title: 'Zinnia makers meet', lead: 'A gathering.', body: 'Workshops.' })
    await createTestNews(t.db, storage, { title: 'Harbour day', lead: 'Boats.', body: 'With zinnias at night.' })
    await createTestNews(t.db, storage, { title: 'Draft zinnias', publishedAt: null })
    const page = await text('/en/news?q=zinnias')
    expect(page).toContain('2 items match “zinnias”')
    expect(page).toContain('<title>News: “zinnias”')
    expect(page).toContain('value="zinnias"')
    expect(page.indexOf('Zinnia makers meet')).toBeLessThan(page.indexOf('Harbour day'))
    expect(page).not.toContain('Draft zinnias')
    expect(await text('/en/news?q=zebra')).toContain('No news matches “zebra”')
    const site = await text('/en/search?q=zinnias')
    expect(site).toContain('Zinnia makers meet')
    expect(site).toContain('href="/en/news?q=zinnias"')
  })
})
