import { eq } from 'drizzle-orm'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStorageFor } from '../../platform/storage/index.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../platform/testing/test-app.js'
import { auditActions, createRoleCast, mailsTo } from '../accounts/organisation-testing.js'
import { users } from '../accounts/tables.js'
import { createTestActivity } from '../activities/testing.js'
import { uploadForm } from '../practices/media/testing.js'
import { createPractice } from '../practices/testing.js'
import { contributeItem, reviewItem } from './commands.js'
import { hasPdftoppm, mp3DurationSeconds, pdfPreview, silentMp3, simplePdf } from './files.js'
import { savePodcast } from './podcasts/commands.js'
import { findItemBySlug } from './queries.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
const now = new Date('2026-05-04T09:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: () => now })
  cast = await createRoleCast(t.db, t.config)
  // The member reads French: the moderation mails must come in French.
  await t.db.update(users).set({ locale: 'fr' }).where(eq(users.id, cast.people.member.id))
})
afterAll(() => t?.close())

const env = () => ({ now, baseUrl: TEST_ORIGIN, storage: fileStorageFor(t.config) })

const post = (path: string, body: FormData, cookie: string) =>
  t.app.request(path, { method: 'POST', body, headers: { origin: TEST_ORIGIN, cookie } })

const fields = (overrides: Record<string, string> = {}) => ({
  kind: 'toolkit',
  title: 'Heritage windows repair guide',
  description: 'How to **repair** old windows instead of replacing them.',
  authors: 'Ana Silva',
  organisation: 'Lisbon City Council',
  language: 'en',
  year: '2025',
  licence: 'cc-by-sa',
  url: '',
  coverAlt: '',
  transcript: '',
  ...overrides,
})

const PDF = simplePdf(['Sash windows', 'Putty and linseed oil paint keep frames dry'])

describe('moderation', () => {
  it('keeps a member’s contribution out of public view until an editor approves it, after one round of changes', async () => {
    const sent = await post(
      '/en/library/contribute',
      uploadForm(fields(), { field: 'file', bytes: PDF, name: 'windows.pdf' }),
      cast.cookies.member,
    )
    expect(sent.status, await sent.clone().text()).toBe(303)
    const location = sent.headers.get('location')!
    expect(location).toBe('/en/library/heritage-windows-repair-guide?done=submitted')
    const item = (await findItemBySlug(t.db, 'heritage-windows-repair-guide'))!
    expect(item).toMatchObject({ status: 'submitted', fileType: 'application/pdf', fileName: 'windows.pdf' })
    expect(item.fileText).toContain('linseed oil')

    // The contributor sees it with its state; a visitor, another member and the API do not.
    expect(await (await t.get(location, { cookie: cast.cookies.member })).text()).toContain('Waiting for review')
    expect((await t.get(location)).status).toBe(404)
    expect((await t.get(location, { cookie: cast.cookies.otherMember })).status).toBe(404)
    expect((await t.get('/en/library/heritage-windows-repair-guide/file')).status).toBe(404)
    expect(await (await t.get('/en/library?q=linseed')).text()).not.toContain('Heritage windows')
    expect((await (await t.get('/api/library?q=linseed')).json()).meta.total).toBe(0)
    expect(await (await t.get('/en/search?q=linseed')).text()).not.toContain('Heritage windows')

    // In the editors' queue, not in anyone else's.
    expect(await (await t.get('/en/library/review', { cookie: cast.cookies.editor })).text()).toContain(
      'Heritage windows repair guide',
    )
    expect((await t.get('/en/library/review', { cookie: cast.cookies.member })).status).toBe(403)

    // Asking for changes needs a comment.
    const noComment = await t.postForm(
      '/en/library/heritage-windows-repair-guide/review',
      { decision: 'request-changes', comment: ' ' },
      { cookie: cast.cookies.editor },
    )
    expect(noComment.status).toBe(422)
    expect(await noComment.text()).toContain('href="#comment">Say what should change</a>')
    const asked = await t.postForm(
      '/en/library/heritage-windows-repair-guide/review',
      { decision: 'request-changes', comment: 'Please add the year of the photos.' },
      { cookie: cast.cookies.editor },
    )
    expect(asked.status).toBe(303)
    const [mail] = await mailsTo(t.db, cast.people.member.email)
    expect(mail!.subject).toBe('Modifications demandées pour votre contribution « Heritage windows repair guide »')
    expect(mail!.textBody).toContain('Please add the year of the photos.')
    expect(mail!.textBody).toContain(`${TEST_ORIGIN}/fr/library/heritage-windows-repair-guide/edit`)
    // A member may not review.
    expect(
      (
        await t.postForm(
          '/en/library/heritage-windows-repair-guide/review',
          { decision: 'approve' },
          { cookie: cast.cookies.member },
        )
      ).status,
    ).toBe(403)

    // The contributor edits (keeping the file) and it goes back to the queue.
    const edit = await t.get('/en/library/heritage-windows-repair-guide/edit', { cookie: cast.cookies.member })
    expect(await edit.text()).toContain('Now: windows.pdf')
    const resent = await post(
      '/en/library/heritage-windows-repair-guide/edit',
      uploadForm(fields({ description: 'Photos from 2024.' })),
      cast.cookies.member,
    )
    expect(resent.headers.get('location')).toBe('/en/library/heritage-windows-repair-guide?done=resubmitted')
    expect((await findItemBySlug(t.db, 'heritage-windows-repair-guide'))!.status).toBe('submitted')

    const approved = await t.postForm(
      '/en/library/heritage-windows-repair-guide/review',
      { decision: 'approve' },
      { cookie: cast.cookies.editor },
    )
    expect(approved.status).toBe(303)
    expect((await t.get(location)).status).toBe(200)
    expect(await (await t.get('/en/library?q=linseed')).text()).toContain('Heritage windows repair guide')
    expect(await (await t.get('/en/search?q=linseed')).text()).toContain('Heritage windows repair guide')
    const [published] = await mailsTo(t.db, cast.people.member.email)
    expect(published!.subject).toBe('Votre contribution « Heritage windows repair guide » est dans la bibliothèque')
    expect(await auditActions(t.db, item.id)).toEqual([
      'library.item_submitted',
      'library.item_changes_requested',
      'library.item_resubmitted',
      'library.item_approved',
    ])
    // The contributor can no longer change a published item; approving twice is refused.
    expect(
      (await t.get('/en/library/heritage-windows-repair-guide/edit', { cookie: cast.cookies.member })).status,
    ).toBe(403)
    expect(await reviewItem(t.db, cast.actors.editor, item.id, 'approve', '', env())).toEqual({
      ok: false,
      reason: 'not-now',
    })
  })

  it('publishes an editor’s item directly, and rejects with a reason only', async () => {
    const direct = await contributeItem(t.db, cast.actors.editor, { ...baseInput(), title: 'Editors’ pick' }, {}, env())
    expect(direct).toMatchObject({ ok: true, item: { status: 'published', publishedAt: now } })
    const member = await contributeItem(t.db, cast.actors.member, { ...baseInput(), title: 'Not for us' }, {}, env())
    if (!member.ok) throw new Error('refused')
    expect(member.item.status).toBe('submitted')
    expect(await reviewItem(t.db, cast.actors.editor, member.item.id, 'reject', '', env())).toEqual({
      ok: false,
      reason: 'comment-missing',
    })
    expect(await reviewItem(t.db, cast.actors.member, member.item.id, 'approve', '', env())).toEqual({
      ok: false,
      reason: 'forbidden',
    })
    const rejected = await reviewItem(t.db, cast.actors.editor, member.item.id, 'reject', 'Out of scope.', env())
    expect(rejected).toMatchObject({ ok: true, item: { status: 'rejected', reviewComment: 'Out of scope.' } })
    const [mail] = await mailsTo(t.db, cast.people.member.email)
    expect(mail!.subject).toBe('Votre contribution « Not for us » n’a pas été ajoutée à la bibliothèque')
    expect(await contributeItem(t.db, cast.actors.unverified, baseInput(), {}, env())).toEqual({
      ok: false,
      reason: 'forbidden',
    })
    expect(await contributeItem(t.db, null, baseInput(), {}, env())).toEqual({ ok: false, reason: 'forbidden' })
  })

  it('sends visitors to sign in and refuses unverified people', async () => {
    const visitor = await t.get('/en/library/contribute')
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toBe('/en/sign-in?next=%2Flibrary%2Fcontribute')
    expect((await t.get('/en/library/contribute', { cookie: cast.cookies.unverified })).status).toBe(403)
  })
})

function baseInput() {
  return {
    kind: 'link' as const,
    title: 'A link',
    description: '',
    authors: '',
    organisation: '',
    language: 'en',
    themes: [],
    year: null,
    licence: 'cc0' as const,
    url: 'https://example.org/',
    transcript: '',
    podcastId: null,
    episodeNumber: null,
    coverAlt: '',
  }
}

describe('upload checks', () => {
  it.each([
    [
      'an HTML page renamed .pdf',
      fields(),
      { field: 'file', bytes: new TextEncoder().encode('<html><script>alert(1)</script>'), name: 'evil.pdf' },
      'href="#file">The selected file must be a PDF, Word, Excel, PowerPoint or OpenDocument file</a>',
    ],
    [
      'a PDF as a podcast episode',
      fields({ kind: 'podcast-episode' }),
      { field: 'file', bytes: PDF, name: 'episode.mp3' },
      'href="#file">The selected file must be an MP3 or Ogg audio file</a>',
    ],
    [
      'an episode without audio',
      fields({ kind: 'podcast-episode' }),
      undefined,
      'href="#file">Choose the episode’s MP3 or Ogg file</a>',
    ],
    [
      'a course without a link',
      fields({ kind: 'course' }),
      undefined,
      'href="#url">Enter the link to the course or page</a>',
    ],
    [
      'a cover without alt text',
      fields({ kind: 'link', url: 'https://example.org/' }),
      {
        field: 'cover',
        bytes: new Uint8Array(
          Buffer.from(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
            'base64',
          ),
        ),
        name: 'c.png',
      },
      'href="#coverAlt">Enter alternative text that describes the cover</a>',
    ],
  ])('refuses %s, keeping the answers', async (_, values, file, message) => {
    const response = await post('/en/library/contribute', uploadForm(values, file), cast.cookies.member)
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain(message)
    expect(html).toContain('value="Heritage windows repair guide"')
  })

  it('answers in the contributor’s language', async () => {
    const response = await post('/de/library/contribute', uploadForm(fields({ title: '' })), cast.cookies.member)
    expect(await response.text()).toContain('Geben Sie einen Titel ein')
  })
})

describe('files', () => {
  it('streams an episode with byte ranges so players seek', async () => {
    const show = await savePodcast(t.db, fileStorageFor(t.config), {
      slug: 'test-show',
      title: 'Test <show> & friends',
      description: 'A show about **tests**.',
      author: 'Stoa',
      language: 'en',
      category: 'Society & Culture',
    })
    const audio = silentMp3(3)
    const response = await post(
      '/en/library/contribute',
      uploadForm(
        fields({
          kind: 'podcast-episode',
          title: 'Episode with ranges',
          podcast: show.id,
          episodeNumber: '7',
          transcript: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Host>Hello & welcome.\n',
        }),
        { field: 'file', bytes: audio, name: 'ep7.mp3' },
      ),
      cast.cookies.editor,
    )
    expect(response.status, await response.clone().text()).toBe(303)
    const item = (await findItemBySlug(t.db, 'episode-with-ranges'))!
    expect(item).toMatchObject({
      status: 'published',
      fileSize: audio.byteLength,
      durationSeconds: 3,
      episodeNumber: 7,
    })
    const part = await t.get('/en/library/episode-with-ranges/file', { range: 'bytes=104-207' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 104-207/${audio.byteLength}`)
    expect(part.headers.get('content-type')).toBe('audio/mpeg')
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(audio.slice(104, 208))
    const whole = await t.get('/en/library/episode-with-ranges/file')
    expect(whole.status).toBe(200)
    expect(whole.headers.get('cache-control')).toBe('public, max-age=86400')

    // The page: a player with controls, the transcript below it as text.
    const page = await (await t.get('/en/library/episode-with-ranges')).text()
    expect(page).toContain(
      '<audio class="app-player__audio" controls="" preload="metadata" src="/en/library/episode-with-ranges/file">',
    )
    expect(page).toContain('<p class="app-body">Host: Hello &amp; welcome.</p>')
    const transcript = await t.get('/en/library/episode-with-ranges/transcript')
    expect(transcript.headers.get('content-type')).toBe('text/vtt; charset=utf-8')

    // The show's feed, read by a real feed parser.
    const xml = await (await t.get('/en/library/podcasts/test-show/feed.xml')).text()
    const feed = await new Parser({
      customFields: {
        feed: ['itunes:author', 'podcast:guid'],
        item: ['itunes:episode', 'itunes:duration', 'itunes:explicit', ['podcast:transcript', 'transcript']],
      },
    }).parseString(xml)
    expect(feed.title).toBe('Test <show> & friends')
    expect(feed.itunes?.explicit).toBe('false')
    expect(feed.itunes?.categories).toEqual(['Society & Culture'])
    const [episode] = feed.items
    expect(episode).toMatchObject({
      title: 'Episode with ranges',
      guid: `stoa-library-${item.id}`,
      enclosure: {
        url: `${TEST_ORIGIN}/en/library/episode-with-ranges/file`,
        length: String(audio.byteLength),
        type: 'audio/mpeg',
      },
    })
    expect((episode as unknown as { itunes: Record<string, string> }).itunes).toMatchObject({
      episode: '7',
      duration: '00:00:03',
      explicit: 'false',
    })
    expect((episode as unknown as { transcript: { $: Record<string, string> } }).transcript.$).toEqual({
      url: `${TEST_ORIGIN}/en/library/episode-with-ranges/transcript`,
      type: 'text/vtt',
      language: 'en',
    })
  })

  it('reads an MP3’s length and extracts a PDF’s text; without pdftoppm there is simply no preview', async () => {
    expect(mp3DurationSeconds(silentMp3(61))).toBe(61)
    expect(mp3DurationSeconds(new Uint8Array(10))).toBeUndefined()
    expect(hasPdftoppm('stoa-no-such-binary')).toBe(false)
    expect(await pdfPreview(PDF, 'stoa-no-such-binary')).toBeUndefined()
  })
})

describe('the list', () => {
  it('searches, counts facets, sorts, paginates, and has JSON and Atom twins', async () => {
    for (const [title, kind, language, year, licence, themes] of [
      ['Tourism carrying capacity study', 'report', 'en', 2021, 'cc-by', ['cultural-tourism']],
      ['Étude sur le tourisme durable', 'report', 'fr', 2022, 'cc-by-nc', ['cultural-tourism', 'rural-development']],
      ['Tourism MOOC', 'course', 'en', 2022, 'cc0', ['cultural-tourism']],
    ] as const)
      await contributeItem(
        t.db,
        cast.actors.editor,
        { ...baseInput(), title, kind, language, year, licence, themes: [...themes] },
        {},
        env(),
      )
    const api = await (await t.get('/api/library?q=tourism&kind=report')).json()
    expect(api.data.map((item: { title: string }) => item.title).sort()).toEqual([
      'Tourism carrying capacity study',
      'Étude sur le tourisme durable',
    ])
    // Facets count among the other choices: the kind facet still shows the course.
    expect(api.meta.facets.kind).toEqual(
      expect.arrayContaining([
        { value: 'report', count: 2 },
        { value: 'course', count: 1 },
      ]),
    )
    expect(api.meta.facets.language).toEqual(
      expect.arrayContaining([
        { value: 'en', count: 1 },
        { value: 'fr', count: 1 },
      ]),
    )
    expect(api.meta.facets.theme).toEqual(expect.arrayContaining([{ value: 'rural-development', count: 1 }]))
    const byTitle = await (await t.get('/api/library?theme=cultural-tourism&sort=title')).json()
    expect(byTitle.data.map((item: { title: string }) => item.title)).toEqual([
      'Étude sur le tourisme durable',
      'Tourism carrying capacity study',
      'Tourism MOOC',
    ])
    const byYear = await (await t.get('/api/library?theme=cultural-tourism&sort=year&year=2022')).json()
    expect(byYear.meta.total).toBe(2)
    const page = await (await t.get('/en/library?q=tourism&language=fr')).text()
    expect(page).toContain('1 item')
    expect(page).toMatch(/value="fr" checked=""/)
    expect(page).toContain('French (1)')
    expect((await t.get('/en/library?page=999')).status).toBe(200)

    const atom = await t.get('/en/library/feed.xml')
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = await new Parser().parseString(await atom.text())
    expect(feed.items.map((item) => item.title)).toContain('Tourism MOOC')
    expect(feed.items.map((item) => item.title)).not.toContain('Not for us')
  })
})

describe('related practices and activities', () => {
  it('links an item to practices and activities named by address or slug, and refuses unknown ones', async () => {
    const practice = await createPractice(t.db, { title: 'Pocket parks of Lisbon' })
    const draft = await createPractice(t.db, { publicationStatus: 'draft', publishedAt: null })
    const activity = await createTestActivity(t.db, {}, now)
    const values = fields({
      kind: 'link',
      title: 'Linked item',
      url: 'https://example.org/',
      relatedPractices: `${TEST_ORIGIN}/en/practices/${practice.slug}?x=1\n${draft.slug}\nno-such-practice`,
      relatedActivities: `/fr/activities/${activity.slug}/`,
    })
    const refused = await post('/en/library/contribute', uploadForm(values), cast.cookies.editor)
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain(`No published practice at: ${draft.slug}, no-such-practice`)
    const sent = await post(
      '/en/library/contribute',
      uploadForm({ ...values, relatedPractices: practice.slug }),
      cast.cookies.editor,
    )
    expect(sent.status).toBe(303)
    const item = (await findItemBySlug(t.db, 'linked-item'))!
    expect(item.practiceIds).toEqual([practice.id])
    expect(item.activityIds).toEqual([activity.id])
    const page = await (await t.get('/en/library/linked-item')).text()
    expect(page).toContain('Related practices')
    expect(page).toContain('Pocket parks of Lisbon')
    expect(page).toContain('Related activities')
    expect(page).toContain(`/en/activities/${activity.slug}`)
    const edit = await (await t.get('/en/library/linked-item/edit', { cookie: cast.cookies.editor })).text()
    expect(edit).toContain(`>${practice.slug}</textarea>`)
  })
})
