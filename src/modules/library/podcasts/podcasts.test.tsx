import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStorageFor } from '../../../platform/storage/index.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../platform/testing/test-app.js'
import { auditActions, createRoleCast } from '../../accounts/organisation-testing.js'
import { TINY_PNG, uploadForm } from '../../practices/media/testing.js'
import { contributeItem, type ItemInput } from '../commands.js'
import { silentMp3 } from '../files.js'
import { findItemBySlug, findPodcastBySlug } from '../queries.js'
import { createPodcast, setPodcastEpisodes } from './commands.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
const now = new Date('2026-05-04T09:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: () => now })
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

const env = () => ({ now, baseUrl: TEST_ORIGIN, storage: fileStorageFor(t.config) })

const post = (path: string, body: FormData | URLSearchParams, cookie: string) =>
  t.app.request(path, { method: 'POST', body, headers: { origin: TEST_ORIGIN, cookie } })

const showFields = (overrides: Record<string, string> = {}) => ({
  title: 'Cities & their rivers',
  slug: '',
  description: 'How river cities **share** what they learnt.',
  author: 'Danube Network',
  ownerEmail: 'podcast@danube.example',
  language: 'en',
  category: 'Education',
  coverAlt: 'A river at dusk',
  ...overrides,
})

const episode = (title: string): ItemInput => ({
  kind: 'podcast-episode',
  title,
  description: 'An episode.',
  authors: '',
  organisation: '',
  language: 'en',
  themes: [],
  year: null,
  licence: 'cc-by',
  url: null,
  transcript: '',
  podcastId: null,
  episodeNumber: null,
  coverAlt: '',
})

async function publishedEpisode(title: string) {
  const result = await contributeItem(
    t.db,
    cast.actors.editor,
    episode(title),
    { file: { bytes: silentMp3(2), type: 'audio/mpeg', name: 'ep.mp3' } },
    env(),
  )
  if (!result.ok) throw new Error('episode refused')
  return result.item
}

const parser = new Parser({ customFields: { feed: ['itunes:owner'], item: ['itunes:episode'] } })

describe('podcast shows', () => {
  it('lets an editor create a show with its cover, then lists its episodes by number in the page and the feed', async () => {
    const created = await post(
      '/en/library/podcasts/new',
      uploadForm(showFields({ explicit: 'yes' }), { field: 'cover', bytes: TINY_PNG, name: 'cover.png' }),
      cast.cookies.editor,
    )
    expect(created.status, await created.clone().text()).toBe(303)
    expect(created.headers.get('location')).toBe('/en/library/podcasts/cities-their-rivers/edit#episodes-heading')
    const show = (await findPodcastBySlug(t.db, 'cities-their-rivers'))!
    expect(show).toMatchObject({ explicit: true, category: 'Education', ownerEmail: 'podcast@danube.example' })
    expect(show.coverKey).not.toBeNull()
    expect(await auditActions(t.db, show.id)).toContain('library.podcast_created')
    // The open-data page lists every show's feed, this new one too.
    const openData = await (await t.get('/fr/open-data')).text()
    expect(openData).toContain(
      '<a class="app-link" href="/fr/library/podcasts/cities-their-rivers/feed.xml">Podcast « Cities &amp; their rivers »</a>',
    )

    const first = await publishedEpisode('Floods and festivals')
    const second = await publishedEpisode('Bridges as meeting places')
    const edit = await (
      await t.get('/en/library/podcasts/cities-their-rivers/edit', { cookie: cast.cookies.editor })
    ).text()
    expect(edit).toContain('Floods and festivals')
    expect(edit).toContain(`id="number-${first.id}"`)

    const saved = await post(
      '/en/library/podcasts/cities-their-rivers/episodes',
      new URLSearchParams([
        ['episode', first.id],
        [`number-${first.id}`, '1'],
        ['episode', second.id],
        [`number-${second.id}`, '2'],
      ]),
      cast.cookies.editor,
    )
    expect(saved.status, await saved.clone().text()).toBe(303)
    expect(saved.headers.get('location')).toBe('/en/library/podcasts/cities-their-rivers?done=episodes')

    const page = await (await t.get('/en/library/podcasts/cities-their-rivers')).text()
    expect(page).toContain('2. Bridges as meeting places')
    expect(page.indexOf('2. Bridges')).toBeLessThan(page.indexOf('1. Floods'))
    expect(page).toContain('alt="A river at dusk"')
    expect(page).not.toContain('Edit the show')

    const feed = await parser.parseString(
      await (await t.get('/en/library/podcasts/cities-their-rivers/feed.xml')).text(),
    )
    expect(feed.title).toBe('Cities & their rivers')
    expect(feed.itunes?.explicit).toBe('true')
    expect(feed.itunes?.categories).toEqual(['Education'])
    expect(feed.itunes?.owner).toEqual({ name: 'Danube Network', email: 'podcast@danube.example' })
    expect(feed.itunes?.image).toBe(`${TEST_ORIGIN}/en/library/podcasts/cities-their-rivers/cover`)
    expect(
      feed.items.map((item) => [item.title, (item as unknown as Record<string, string>)['itunes:episode']]),
    ).toEqual([
      ['Bridges as meeting places', '2'],
      ['Floods and festivals', '1'],
    ])
  })

  it('saves an edited show under its new address, and the feed follows', async () => {
    const result = await createPodcast(t.db, fileStorageFor(t.config), cast.actors.editor, {
      slug: 'old-name',
      title: 'Old name',
      description: 'Before.',
      author: 'Stoa',
      language: 'en',
      category: 'News',
    })
    if (!result.ok) throw new Error('refused')
    const saved = await post(
      '/en/library/podcasts/old-name/edit',
      uploadForm(
        showFields({ title: 'New name', slug: 'new-name', coverAlt: '', language: 'fr', category: 'History' }),
      ),
      cast.cookies.editor,
    )
    expect(saved.status, await saved.clone().text()).toBe(303)
    expect(saved.headers.get('location')).toBe('/en/library/podcasts/new-name?done=saved')
    expect((await t.get('/en/library/podcasts/old-name')).status).toBe(404)
    const page = await (await t.get('/en/library/podcasts/new-name?done=saved', { cookie: cast.cookies.editor })).text()
    expect(page).toContain('The show is saved.')
    expect(page).toContain('Edit the show and its episodes')
    const feed = await parser.parseString(await (await t.get('/en/library/podcasts/new-name/feed.xml')).text())
    expect(feed.title).toBe('New name')
    expect((feed as unknown as { language: string }).language).toBe('fr')
    expect(feed.itunes?.categories).toEqual(['History'])
  })

  it('re-shows the form with every problem next to its field and the answers kept', async () => {
    const response = await post(
      '/fr/library/podcasts/new',
      uploadForm(showFields({ title: '', ownerEmail: 'not-an-address', coverAlt: '', slug: 'Bad Slug' }), {
        field: 'cover',
        bytes: TINY_PNG,
        name: 'cover.png',
      }),
      cast.cookies.editor,
    )
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('<title>Erreur')
    expect(html).toContain('Saisissez le titre de l’émission')
    expect(html).toContain('Saisissez une adresse e-mail au bon format')
    expect(html).toContain('Décrivez l’image de couverture')
    expect(html).toContain('href="#slug"')
    expect(html).toContain('value="Danube Network"')
    expect(html).toContain('value="not-an-address"')
  })

  it('refuses a slug another show has', async () => {
    await post(
      '/en/library/podcasts/new',
      uploadForm(showFields({ title: 'Twice', coverAlt: '' })),
      cast.cookies.editor,
    )
    const again = await post(
      '/en/library/podcasts/new',
      uploadForm(showFields({ title: 'Twice', coverAlt: '' })),
      cast.cookies.editor,
    )
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('Another show has this web address')
  })

  it('keeps shows to editors, in the commands as well as the pages', async () => {
    expect((await t.get('/en/library/podcasts/new', { cookie: cast.cookies.member })).status).toBe(403)
    expect((await post('/en/library/podcasts/new', uploadForm(showFields()), cast.cookies.member)).status).toBe(403)
    expect((await t.get('/en/library/podcasts/new')).status).toBe(303)
    const input = {
      slug: 'members-show',
      title: 'x',
      description: '',
      author: 'x',
      language: 'en',
      category: 'News',
    }
    const storage = fileStorageFor(t.config)
    expect(await createPodcast(t.db, storage, cast.actors.member, input)).toEqual({ ok: false, reason: 'forbidden' })
    expect(await createPodcast(t.db, storage, null, input)).toEqual({ ok: false, reason: 'forbidden' })
    const show = await createPodcast(t.db, storage, cast.actors.editor, input)
    if (!show.ok) throw new Error('refused')
    expect(await setPodcastEpisodes(t.db, cast.actors.member, show.podcast.id, [])).toEqual({
      ok: false,
      reason: 'forbidden',
    })
  })

  it('takes only published audio episodes, each number once, and lets an episode leave the show', async () => {
    const storage = fileStorageFor(t.config)
    const created = await createPodcast(t.db, storage, cast.actors.editor, {
      slug: 'numbers',
      title: 'Numbers',
      description: '',
      author: 'Stoa',
      language: 'en',
      category: 'News',
    })
    if (!created.ok) throw new Error('refused')
    const show = created.podcast
    const one = await publishedEpisode('Numbered one')
    const two = await publishedEpisode('Numbered two')
    const waiting = await contributeItem(
      t.db,
      cast.actors.member,
      episode('Waiting episode'),
      { file: { bytes: silentMp3(1), type: 'audio/mpeg', name: 'w.mp3' } },
      env(),
    )
    if (!waiting.ok) throw new Error('refused')
    expect(
      await setPodcastEpisodes(t.db, cast.actors.editor, show.id, [{ itemId: waiting.item.id, episodeNumber: 1 }]),
    ).toEqual({ ok: false, reason: 'not-an-episode', itemId: waiting.item.id })

    const twice = await post(
      '/en/library/podcasts/numbers/episodes',
      new URLSearchParams([
        ['episode', one.id],
        [`number-${one.id}`, '4'],
        ['episode', two.id],
        [`number-${two.id}`, '4'],
      ]),
      cast.cookies.editor,
    )
    expect(twice.status).toBe(422)
    const html = await twice.text()
    expect(html).toContain('Two episodes have this number')
    expect(html).toContain(`href="#number-${two.id}"`)
    expect((await findItemBySlug(t.db, one.slug))?.podcastId).toBeNull()

    const noNumber = await post(
      '/en/library/podcasts/numbers/episodes',
      new URLSearchParams([['episode', one.id]]),
      cast.cookies.editor,
    )
    expect(noNumber.status).toBe(422)
    expect(await noNumber.text()).toContain('Enter the episode number as a whole number from 1')

    expect(
      await setPodcastEpisodes(t.db, cast.actors.editor, show.id, [
        { itemId: one.id, episodeNumber: 1 },
        { itemId: two.id, episodeNumber: 2 },
      ]),
    ).toEqual({ ok: true })
    // Unticking the first: it leaves the show and stays in the library.
    await post(
      '/en/library/podcasts/numbers/episodes',
      new URLSearchParams([
        ['episode', two.id],
        [`number-${two.id}`, '2'],
      ]),
      cast.cookies.editor,
    )
    expect(await findItemBySlug(t.db, one.slug)).toMatchObject({ podcastId: null, episodeNumber: null })
    expect(await findItemBySlug(t.db, two.slug)).toMatchObject({ podcastId: show.id, episodeNumber: 2 })
    expect((await t.get(`/en/library/${one.slug}`)).status).toBe(200)
  })
})

describe('oversized uploads', () => {
  it('answers a cover far beyond its limit with the show form and a message beside the cover', async () => {
    const huge = new File([new Uint8Array(22 * 1024 * 1024)], 'huge.png', { type: 'image/png' })
    const form = uploadForm(showFields({ title: 'Huge cover' }))
    form.append('cover', huge)
    const refused = await post('/en/library/podcasts/cities-their-rivers/edit', form, cast.cookies.editor)
    expect(refused.status).toBe(413)
    const page = await refused.text()
    expect(page).toContain('href="#cover"')
    expect(page).toContain('The cover image must be 5 MB or smaller; this one was so large')
    // The show's own values, since the answers could not be read.
    expect(page).toContain('value="Cities &amp; their rivers"')
  })

  it('answers a library contribution announced far beyond the largest file with the form, not a bare 413', async () => {
    const response = await t.app.request('/de/library/contribute', {
      method: 'POST',
      body: 'title=x',
      headers: {
        origin: TEST_ORIGIN,
        cookie: cast.cookies.member,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(400 * 1024 * 1024),
      },
    })
    expect(response.status).toBe(413)
    const page = await response.text()
    expect(page).toContain('href="#file"')
    expect(page).toContain('diese waren so groß')
  })
})
