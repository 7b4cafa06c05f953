import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStorageFor } from '../../../platform/storage/index.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../platform/testing/test-app.js'
import { createRoleCast } from '../../accounts/organisation-testing.js'
import { deletePractice } from '../commands.js'
import { createPractice } from '../testing.js'
import { addPracticeDocument, addPracticeImage } from './commands.js'
import { listPracticeMedia } from './queries.js'
import { TINY_PDF, TINY_PNG, uploadForm } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
let published: { id: string; slug: string }
let draft: { id: string; slug: string }

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
  published = await createPractice(t.db, { organisationId: cast.home.id, language: 'fr' })
  draft = await createPractice(t.db, {
    organisationId: cast.home.id,
    publicationStatus: 'draft',
    publishedAt: null,
  })
})
afterAll(() => t?.close())

const post = (path: string, body: FormData, cookie: string) =>
  t.app.request(path, { method: 'POST', body, headers: { origin: TEST_ORIGIN, cookie } })

const imageUpload = (slug: string, fields: Record<string, string>, bytes: Uint8Array, name: string, cookie: string) =>
  post(
    `/en/practices/${slug}/media/images`,
    uploadForm(fields, { field: 'image', bytes, name, type: 'image/png' }),
    cookie,
  )

async function addImage(slug: string, alt: string, cookie = cast.cookies.editor) {
  const response = await imageUpload(
    slug,
    { alt, credit: 'Photo: City of Lisbon', altLanguage: 'en' },
    TINY_PNG,
    'photo.png',
    cookie,
  )
  expect(response.status, await response.clone().text()).toBe(303)
  return response
}

describe('uploading an image', () => {
  it('accepts a PNG by its content, whatever its name, and shows it as a figure with alt and credit', async () => {
    const response = await imageUpload(
      published.slug,
      { alt: 'Children planting a tree', credit: 'Photo: Ana', altLanguage: 'en' },
      TINY_PNG,
      'renamed.jpg',
      cast.cookies.editor,
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/en/practices/${published.slug}/media?done=imageAdded`)
    const { images } = await listPracticeMedia(t.db, published.id)
    expect(images).toMatchObject([
      { type: 'image/png', alt: 'Children planting a tree', credit: 'Photo: Ana', position: 1 },
    ])
    const page = await (await t.get(`/en/practices/${published.slug}`)).text()
    expect(page).toContain(
      `<img class="app-figure__image" src="/en/practices/${published.slug}/images/${images[0]!.id}" alt="Children planting a tree"`,
    )
    expect(page).toContain('Credit: Photo: Ana')
    // JSON-LD and the API carry the public URL with the alt text.
    expect(page).toContain(`"contentUrl":"${TEST_ORIGIN}/en/practices/${published.slug}/images/${images[0]!.id}"`)
    const api = await (await t.get(`/api/practices/${published.slug}`)).json()
    expect(api.data.images).toEqual([
      {
        url: `${TEST_ORIGIN}/en/practices/${published.slug}/images/${images[0]!.id}`,
        alt: 'Children planting a tree',
        altLanguage: 'en',
        credit: 'Photo: Ana',
      },
    ])
  })

  it.each([
    [
      'an HTML page renamed .png',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      'evil.png',
      'The selected file must be a PNG, JPEG or WebP image',
    ],
    ['a PDF renamed .png', TINY_PDF, 'report.png', 'The selected file must be a PNG, JPEG or WebP image'],
    ['an empty file', new Uint8Array(), 'empty.png', 'The selected file is empty'],
    [
      'a file over 5 MB',
      (() => {
        const big = new Uint8Array(5 * 1024 * 1024 + 1)
        big.set(TINY_PNG)
        return big
      })(),
      'big.png',
      'The image must be smaller than 5 MB',
    ],
  ])('refuses %s with a message on the field, keeping the typed alt text', async (_, bytes, name, message) => {
    const before = (await listPracticeMedia(t.db, published.id)).images.length
    const response = await imageUpload(
      published.slug,
      { alt: 'Kept alt text', credit: 'Kept credit', altLanguage: 'de' },
      bytes,
      name,
      cast.cookies.editor,
    )
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('<title>Error: ')
    expect(html).toContain(`href="#image">${message}</a>`)
    expect(html).toMatch(new RegExp(`id="image-error"[^>]*>.*${message}`, 's'))
    expect(html).toContain('value="Kept alt text"')
    expect(html).toContain('value="Kept credit"')
    expect(html).toMatch(/<option value="de" selected=""/)
    expect((await listPracticeMedia(t.db, published.id)).images).toHaveLength(before)
  })

  it('requires alt text, reporting it with a bad file in the same answer', async () => {
    const response = await imageUpload(
      published.slug,
      { alt: '  ', credit: 'Kept credit', altLanguage: 'en' },
      TINY_PDF,
      'x.png',
      cast.cookies.editor,
    )
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('href="#image">The selected file must be a PNG, JPEG or WebP image</a>')
    expect(html).toContain('href="#alt">Enter alternative text that describes the image</a>')
    const tooLong = await imageUpload(
      published.slug,
      { alt: 'a'.repeat(251), altLanguage: 'en' },
      TINY_PNG,
      'x.png',
      cast.cookies.editor,
    )
    expect(await tooLong.text()).toContain('Alternative text must be 250 characters or fewer')
    const noFile = await post(
      `/en/practices/${published.slug}/media/images`,
      uploadForm({ alt: 'x', altLanguage: 'en' }),
      cast.cookies.editor,
    )
    expect(await noFile.text()).toContain('href="#image">Select an image</a>')
  })

  it('answers in the editor’s language', async () => {
    const response = await post(
      `/fr/practices/${published.slug}/media/images`,
      uploadForm({ alt: '', altLanguage: 'fr' }, { field: 'image', bytes: TINY_PDF, name: 'a.png' }),
      cast.cookies.editor,
    )
    const html = await response.text()
    expect(html).toContain('Le fichier sélectionné doit être une image PNG, JPEG ou WebP')
    expect(html).toContain('Saisissez un texte alternatif qui décrit l’image')
    const de = await post(
      `/de/practices/${published.slug}/media/images`,
      uploadForm({ alt: '', altLanguage: 'de' }),
      cast.cookies.editor,
    )
    expect(await de.text()).toContain('Geben Sie einen Alternativtext ein, der das Bild beschreibt')
  })

  it('sends a body far over the limit back to the page with the reason', async () => {
    const response = await imageUpload(
      published.slug,
      { alt: 'x', altLanguage: 'en' },
      new Uint8Array(6 * 1024 * 1024),
      'huge.png',
      cast.cookies.editor,
    )
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toBe(`/en/practices/${published.slug}/media?problem=image-too-large`)
    const page = await (await t.get(location, { cookie: cast.cookies.editor })).text()
    expect(page).toContain('href="#image">The image must be smaller than 5 MB</a>')
  })
})

describe('describing, ordering and removing images', () => {
  it('changes the alt text and credit, moves images and removes them with their file', async () => {
    const practice = await createPractice(t.db, { organisationId: cast.home.id })
    await addImage(practice.slug, 'First')
    await addImage(practice.slug, 'Second')
    let { images } = await listPracticeMedia(t.db, practice.id)
    const [first, second] = images
    const refused = await t.postForm(
      `/en/practices/${practice.slug}/media/images/${first!.id}`,
      { alt: '', credit: 'Kept', altLanguage: 'en' },
      { cookie: cast.cookies.editor },
    )
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('value="Kept"')
    const saved = await t.postForm(
      `/en/practices/${practice.slug}/media/images/${first!.id}`,
      { alt: 'The first, described', credit: '', altLanguage: 'pt' },
      { cookie: cast.cookies.editor },
    )
    expect(saved.headers.get('location')).toContain('done=imageChanged')
    await t.postForm(
      `/en/practices/${practice.slug}/media/images/${second!.id}/move`,
      { direction: 'up' },
      { cookie: cast.cookies.editor },
    )
    ;({ images } = await listPracticeMedia(t.db, practice.id))
    expect(images.map((image) => [image.alt, image.credit, image.altLanguage])).toEqual([
      ['Second', 'Photo: City of Lisbon', 'en'],
      ['The first, described', '', 'pt'],
    ])
    const storage = fileStorageFor(t.config)
    expect(await storage.size(second!.storageKey)).toBe(TINY_PNG.byteLength)
    await t.postForm(
      `/en/practices/${practice.slug}/media/images/${second!.id}/remove`,
      {},
      { cookie: cast.cookies.editor },
    )
    ;({ images } = await listPracticeMedia(t.db, practice.id))
    expect(images.map((image) => image.alt)).toEqual(['The first, described'])
    expect(await storage.size(second!.storageKey)).toBeUndefined()
    // An image of another practice is not touched through this one.
    await t.postForm(
      `/en/practices/${published.slug}/media/images/${first!.id}/remove`,
      {},
      { cookie: cast.cookies.editor },
    )
    expect((await listPracticeMedia(t.db, practice.id)).images).toHaveLength(1)
  })
})

describe('documents', () => {
  it('adds a PDF with a title, lists it with type and size and serves it as an attachment', async () => {
    const response = await post(
      `/en/practices/${published.slug}/media/documents`,
      uploadForm(
        { documentTitle: 'Final report', documentLanguage: 'fr' },
        { field: 'document', bytes: TINY_PDF, name: 'Rapport final.pdf' },
      ),
      cast.cookies.editor,
    )
    expect(response.status).toBe(303)
    const { documents } = await listPracticeMedia(t.db, published.id)
    expect(documents).toMatchObject([
      { title: 'Final report', fileName: 'Rapport final.pdf', type: 'application/pdf', sizeBytes: TINY_PDF.byteLength },
    ])
    const page = await (await t.get(`/en/practices/${published.slug}`)).text()
    expect(page).toContain('Final report</a> <span class="app-body-s app-u-secondary-text">(PDF, 0.1 kB)</span>')
    const file = await t.get(`/en/practices/${published.slug}/documents/${documents[0]!.id}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="Rapport final.pdf"/)
    expect(file.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(TINY_PDF)
  })

  it('refuses a missing title and a file that is not a document', async () => {
    const response = await post(
      `/en/practices/${published.slug}/media/documents`,
      uploadForm(
        { documentTitle: '', documentLanguage: 'fr' },
        { field: 'document', bytes: TINY_PNG, name: 'report.pdf' },
      ),
      cast.cookies.editor,
    )
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain(
      'href="#document">The selected file must be a PDF, Word, Excel, PowerPoint or OpenDocument text file</a>',
    )
    expect(html).toContain('href="#documentTitle">Enter the title of the document</a>')
  })
})

describe('who may manage and see the files', () => {
  it('lets editors manage any practice, and members of its organisation only their drafts', async () => {
    const statuses = async (slug: string) =>
      Promise.all(
        [undefined, cast.cookies.member, cast.cookies.otherMember, cast.cookies.editor].map(
          async (cookie) => (await t.get(`/en/practices/${slug}/media`, cookie ? { cookie } : {})).status,
        ),
      )
    expect(await statuses(draft.slug)).toEqual([303, 200, 404, 200])
    expect(await statuses(published.slug)).toEqual([303, 403, 403, 200])
    const byMember = await imageUpload(
      draft.slug,
      { alt: 'Draft image', altLanguage: 'en' },
      TINY_PNG,
      'a.png',
      cast.cookies.member,
    )
    expect(byMember.status).toBe(303)
    const byOther = await imageUpload(
      draft.slug,
      { alt: 'x', altLanguage: 'en' },
      TINY_PNG,
      'a.png',
      cast.cookies.otherMember,
    )
    expect(byOther.status).toBe(404)
  })

  it('serves a draft’s files only to those who may see the draft, never cached', async () => {
    const { images } = await listPracticeMedia(t.db, draft.id)
    const path = `/en/practices/${draft.slug}/images/${images[0]!.id}`
    expect((await t.get(path)).status).toBe(404)
    expect((await t.get(path, { cookie: cast.cookies.otherMember })).status).toBe(404)
    expect((await t.get(path, { cookie: cast.cookies.unverified })).status).toBe(404)
    for (const cookie of [cast.cookies.member, cast.cookies.editor]) {
      const response = await t.get(path, { cookie })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('content-disposition')).toMatch(/^inline/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serves a published practice’s images to everyone, cacheable; unknown ids are 404', async () => {
    const { images } = await listPracticeMedia(t.db, published.id)
    const response = await t.get(`/en/practices/${published.slug}/images/${images[0]!.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(TINY_PNG)
    expect((await t.get(`/en/practices/${published.slug}/images/not-an-id`)).status).toBe(404)
    expect((await t.get(`/en/practices/${published.slug}/images/00000000-0000-0000-0000-000000000000`)).status).toBe(
      404,
    )
    // A draft's image is not reachable through a published practice's address either.
    const draftImage = (await listPracticeMedia(t.db, draft.id)).images[0]!
    expect((await t.get(`/en/practices/${published.slug}/images/${draftImage.id}`)).status).toBe(404)
  })
})

describe('deleting a practice', () => {
  it('deletes its stored images and documents with it, and leaves other practices’ files', async () => {
    const storage = fileStorageFor(t.config)
    const doomed = await createPractice(t.db, { organisationId: cast.home.id })
    const kept = await createPractice(t.db, { organisationId: cast.home.id })
    const file = (bytes: Uint8Array, type: 'image/png' | 'application/pdf', name: string) => ({ bytes, type, name })
    const image = { alt: 'A square', credit: '', altLanguage: 'en' }
    await addPracticeImage(t.db, storage, {
      practiceId: doomed.id,
      file: file(TINY_PNG, 'image/png', 'a.png'),
      ...image,
    })
    await addPracticeDocument(t.db, storage, {
      practiceId: doomed.id,
      file: file(TINY_PDF, 'application/pdf', 'a.pdf'),
      title: 'Report',
      language: 'en',
    })
    await addPracticeImage(t.db, storage, { practiceId: kept.id, file: file(TINY_PNG, 'image/png', 'b.png'), ...image })
    const before = await listPracticeMedia(t.db, doomed.id)
    const keys = [...before.images, ...before.documents].map((media) => media.storageKey)
    expect(keys).toHaveLength(2)
    expect(await deletePractice(t.db, storage, doomed.id)).toBe(true)
    for (const key of keys) expect(await storage.size(key)).toBeUndefined()
    const other = await listPracticeMedia(t.db, kept.id)
    expect(await storage.size(other.images[0]!.storageKey)).toBe(TINY_PNG.byteLength)
    expect(await deletePractice(t.db, storage, doomed.id)).toBe(false)
  })
})
