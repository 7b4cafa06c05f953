import { count, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Translate, translatorFor } from '../../../platform/i18n/catalogue.js'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../platform/testing/test-app.js'
import { createRoleCast } from '../../accounts/organisation-testing.js'
import { practiceRevisions, practices, practiceTranslations } from '../tables.js'
import { createPractice } from '../testing.js'
import { checkImportRows } from './check-rows.js'
import {
  deleteStalePreviews,
  PREVIEW_KEPT_MS,
  runningImport,
  startPracticeImport,
  uploadPracticeImport,
} from './commands.js'
import { decodeImportText, MAX_IMPORT_ROWS, parseImportFile } from './parse-file.js'
import { findPracticeImport } from './queries.js'
import { practiceImports } from './tables.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
let en: Translate
let fr: Translate

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
  en = translatorFor('en')
  fr = translatorFor('fr')
})
afterAll(() => t?.close())

const HEADER = 'title,city,country,summary,themes,transformations,organisation'
const csvRow = (title: string, extra = 'BE,A summary.,cultural-tourism,green,') => `${title},Ghent,${extra}`
const bytes = (text: string) => new TextEncoder().encode(text)

async function checked(text: string, publish = false, translate?: Translate) {
  const parsed = parseImportFile('practices.csv', text)
  if (!parsed.ok) throw new Error(parsed.problem.key)
  return checkImportRows(t.db, parsed.records, { publish, t: translate ?? en })
}

describe('reading an import file', () => {
  it('reads CSV with a byte-order mark and semicolons, and CSV with commas and quoted lines', () => {
    const semicolons = parseImportFile('a.csv', '\uFEFFtitle;city;country;summary\nParks;Lisbon;PT;"Green; shaded"\n\n')
    expect(semicolons).toEqual({
      ok: true,
      format: 'csv',
      records: [{ rowNumber: 2, values: { title: 'Parks', city: 'Lisbon', country: 'PT', summary: 'Green; shaded' } }],
    })
    const commas = parseImportFile('a.csv', 'title,links\r\n"A, B","One | https://a.eu\nhttps://b.eu"\r\n')
    expect(commas.ok && commas.records[0]!.values).toEqual({ title: 'A, B', links: 'One | https://a.eu\nhttps://b.eu' })
  })

  it('reads JSON, and refuses what is not a file of practices with a reason', () => {
    expect(parseImportFile('a.json', '[{"title":"A"}]')).toMatchObject({ ok: true, format: 'json' })
    expect(parseImportFile('a.json', '{"title":"A"}')).toEqual({ ok: false, problem: { key: 'notArray' } })
    expect(parseImportFile('a.json', '[{"title":')).toEqual({ ok: false, problem: { key: 'notJson' } })
    expect(parseImportFile('a.csv', '  \n')).toEqual({ ok: false, problem: { key: 'empty' } })
    expect(parseImportFile('a.csv', 'title,colour\nA,red\n')).toEqual({
      ok: false,
      problem: { key: 'unknownColumns', values: { columns: 'colour' } },
    })
    const many = `title\n${'A\n'.repeat(MAX_IMPORT_ROWS + 1)}`
    expect(parseImportFile('a.csv', many)).toEqual({
      ok: false,
      problem: { key: 'tooManyRows', values: { count: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS } },
    })
    expect(decodeImportText(new Uint8Array([0x74, 0xe9, 0x0a]))).toBeUndefined()
  })
})

describe('checking the rows', () => {
  it('reports each bad row with its number, field and message, with the practice form’s rules', async () => {
    await createPractice(t.db, { slug: 'already-here', title: 'Already here' })
    const rows = await checked(
      [
        HEADER,
        csvRow('Good one'),
        csvRow('Unknown country', 'XX,A summary.,cultural-tourism,green,'),
        csvRow('Unknown theme', 'BE,A summary.,dragons,green,'),
        csvRow('', 'BE,,cultural-tourism,green,'),
        csvRow('Good one'),
        csvRow('Already here'),
        csvRow('No such organisation', 'BE,A summary.,cultural-tourism,green,atlantis-council'),
        csvRow('Home organisation', `BE,A summary.,cultural-tourism,green,${cast.home.slug}`),
      ].join('\n'),
    )
    expect(rows.map((row) => [row.rowNumber, row.problems])).toEqual([
      [2, []],
      [3, [{ field: 'country', message: 'Choose a country from the list (an ISO code such as PT or DE)' }]],
      [4, [{ field: 'themes', message: '“dragons” is not one of the catalogue’s themes' }]],
      [
        5,
        [
          { field: 'title', message: 'Enter the title of the practice' },
          { field: 'summary', message: 'Enter a one-paragraph summary of the practice' },
        ],
      ],
      [
        6,
        [
          { field: 'slug', message: 'Row 2 has the same address “good-one”' },
          { field: 'title', message: 'Row 2 has the same title' },
        ],
      ],
      [
        7,
        [
          { field: 'slug', message: 'A practice already has the address “already-here”' },
          { field: 'title', message: 'A practice with this title is already in the catalogue' },
        ],
      ],
      [8, [{ field: 'organisation', message: 'No organisation has the address name “atlantis-council”' }]],
      [9, []],
    ])
    expect(rows[7]!.input).toMatchObject({
      organisationId: cast.home.id,
      publicationStatus: 'draft',
      slug: 'home-organisation',
    })
    const french = await checked(
      [HEADER, csvRow('Pays inconnu', 'XX,Résumé.,cultural-tourism,green,')].join('\n'),
      false,
      fr,
    )
    expect(french[0]!.problems[0]!.message).toBe('Choisissez un pays de la liste (un code ISO comme PT ou DE)')
  })

  it('asks for the sections a published practice needs when publishing on import', async () => {
    const [row] = await checked([HEADER, csvRow('To publish')].join('\n'), true)
    expect(row!.problems.map((problem) => problem.field)).toEqual([
      'challenge',
      'approach',
      'results',
      'transferability',
    ])
  })

  it('checks JSON rows, their unknown fields and translations', async () => {
    const parsed = parseImportFile(
      'a.json',
      JSON.stringify([
        {
          title: 'Parcs de poche',
          language: 'fr',
          city: 'Lyon',
          country: 'fr',
          summary: 'Des parcs.',
          themes: ['cultural-tourism'],
          links: [{ label: 'Site', url: 'https://lyon.example.eu' }],
          translations: [{ language: 'en', title: 'Pocket parks', summary: 'Parks.' }],
        },
        {
          title: 'B',
          city: 'X',
          country: 'BE',
          summary: 'S',
          colour: 'red',
          translations: [{ language: 'de', title: 'B' }],
        },
      ]),
    )
    if (!parsed.ok) throw new Error('not parsed')
    const rows = await checkImportRows(t.db, parsed.records, { publish: false, t: en })
    expect(rows[0]!.problems).toEqual([])
    expect(rows[0]!.input).toMatchObject({
      country: 'FR',
      language: 'fr',
      links: [{ label: 'Site', url: 'https://lyon.example.eu' }],
      translations: [{ language: 'en', title: 'Pocket parks', summary: 'Parks.' }],
    })
    expect(rows[1]!.problems).toEqual([
      { field: 'colour', message: '“colour” is not a field of a practice' },
      { field: 'translations', message: 'The translation into “de” needs a title and a summary' },
    ])
  })
})

async function importOf(text: string, publish = false) {
  const upload = await uploadPracticeImport(t.db, cast.actors.editor, {
    fileName: 'p.csv',
    bytes: bytes(text),
    publish,
  })
  if (!upload.ok) throw new Error(upload.problem.key)
  return upload.importId
}

async function runToEnd(importId: string) {
  const started = await startPracticeImport(t.db, cast.actors.editor, importId, en, (error) => {
    throw error
  })
  expect(started).toEqual({ ok: true })
  await runningImport(importId)
  return (await findPracticeImport(t.db, importId))!
}

const rowsOf = (prefix: string, n: number) =>
  [HEADER, ...Array.from({ length: n }, (_, index) => csvRow(`${prefix} ${index + 1}`))].join('\n')

describe('running an import', () => {
  it('goes from previewed through queued and running to succeeded, and forgets the file', async () => {
    const importId = await importOf(rowsOf('States', 3))
    expect((await findPracticeImport(t.db, importId))!.state).toBe('previewed')
    const started = startPracticeImport(t.db, cast.actors.editor, importId, en, () => {})
    await started
    expect(['queued', 'running']).toContain((await findPracticeImport(t.db, importId))!.state)
    await runningImport(importId)
    const done = (await findPracticeImport(t.db, importId))!
    expect(done).toMatchObject({ state: 'succeeded', total: 3, done: 3, source: null, error: null })
    expect(done.createdPracticeIds).toHaveLength(3)
    const created = await t.db.select().from(practices).where(inArray(practices.id, done.createdPracticeIds))
    expect(created.every((practice) => practice.publicationStatus === 'draft' && practice.publishedAt === null)).toBe(
      true,
    )
    // Started twice: the second click does nothing.
    expect(await startPracticeImport(t.db, cast.actors.editor, importId, en, () => {})).toEqual({
      ok: false,
      reason: 'not-previewed',
    })
  })

  it('rolls back every batch when the unique constraint refuses a later one', async () => {
    // Rows checked clean, then the address of row 300 is taken (as by another import at the same
    // time): the run meets the unique constraint in its second batch.
    const clean = await checked(rowsOf('Rollback', 400))
    expect(clean.every((row) => row.problems.length === 0)).toBe(true)
    await createPractice(t.db, { slug: 'rollback-300', title: 'Existing rollback' })
    expect(clean[298]!.slug).toBe('rollback-299')
    const upload = await uploadPracticeImport(t.db, cast.actors.editor, {
      fileName: 'p.csv',
      bytes: bytes(rowsOf('Rollback', 400)),
      publish: false,
    })
    if (!upload.ok) throw new Error('upload')
    const { runPracticeImport } = await import('./commands.js')
    await runPracticeImport(t.db, cast.actors.editor, upload.importId, clean)
    const failed = (await findPracticeImport(t.db, upload.importId))!
    expect(failed).toMatchObject({ state: 'failed', error: { key: 'slugTaken', values: { slug: 'rollback-300' } } })
    const [left] = await t.db
      .select({ n: count() })
      .from(practices)
      .where(inArray(practices.slug, ['rollback-1', 'rollback-250', 'rollback-299']))
    expect(left!.n).toBe(0)
  })

  it('imports 1,000 rows with translations', async () => {
    const items = Array.from({ length: 1000 }, (_, index) => ({
      title: `Thousand ${index + 1}`,
      city: 'Porto',
      country: 'PT',
      summary: 'One of a thousand.',
      translations: [{ language: 'fr', title: `Mille ${index + 1}`, summary: 'Un sur mille.' }],
    }))
    const upload = await uploadPracticeImport(t.db, cast.actors.editor, {
      fileName: 'thousand.json',
      bytes: bytes(JSON.stringify(items)),
      publish: false,
    })
    if (!upload.ok) throw new Error('upload')
    const done = await runToEnd(upload.importId)
    expect(done).toMatchObject({ state: 'succeeded', done: 1000 })
    const [translated] = await t.db
      .select({ n: count() })
      .from(practiceTranslations)
      .where(inArray(practiceTranslations.practiceId, done.createdPracticeIds))
    expect(translated!.n).toBe(1000)
    // Each starts its history with revision 1, its translation in the snapshot.
    const revisions = await t.db
      .select()
      .from(practiceRevisions)
      .where(inArray(practiceRevisions.practiceId, done.createdPracticeIds))
    expect(revisions).toHaveLength(1000)
    expect(revisions.every((revision) => revision.number === 1 && revision.action === 'created')).toBe(true)
    const first = revisions.find((revision) => revision.snapshot.fields.title === 'Thousand 1')!
    expect(first.snapshot).toMatchObject({
      publicationStatus: 'draft',
      fields: { city: 'Porto', country: 'PT', summary: 'One of a thousand.', themes: [] },
      translations: { fr: { title: 'Mille 1', summary: 'Un sur mille.', challenge: '' } },
    })
  }, 120_000)

  it('deletes previews nobody started after a day, with their file, and keeps the rest', async () => {
    const stale = await importOf(rowsOf('Stale', 1))
    const fresh = await importOf(rowsOf('Fresh', 1))
    const now = new Date()
    await t.db
      .update(practiceImports)
      .set({ createdAt: new Date(now.getTime() - PREVIEW_KEPT_MS - 60_000) })
      .where(eq(practiceImports.id, stale))
    expect(await deleteStalePreviews(t.db, now)).toBe(1)
    expect(await findPracticeImport(t.db, stale)).toBeUndefined()
    expect((await findPracticeImport(t.db, fresh))?.state).toBe('previewed')
  })
})

describe('the import pages', () => {
  const upload = (text: string, cookie: string, fields: Record<string, string> = {}, name = 'practices.csv') => {
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    form.append('file', new File([bytes(text)], name, { type: 'text/csv' }))
    return t.app.request('/en/practices/import', {
      method: 'POST',
      body: form,
      headers: { origin: TEST_ORIGIN, cookie },
    })
  }

  it('previews, imports and reports, for editors only', async () => {
    expect((await t.get('/en/practices/import', { cookie: cast.cookies.member })).status).toBe(403)
    expect((await upload(rowsOf('Page', 2), cast.cookies.member)).status).toBe(403)
    const bad = await upload(
      [HEADER, csvRow('Page ok'), csvRow('Page bad', 'XX,S,cultural-tourism,green,')].join('\n'),
      cast.cookies.editor,
    )
    expect(bad.status).toBe(303)
    const preview = await (await t.get(bad.headers.get('location')!, { cookie: cast.cookies.editor })).text()
    expect(preview).toContain('1 row has problems. Nothing was imported')
    expect(preview).toContain('country: Choose a country from the list (an ISO code such as PT or DE)')
    expect(preview).not.toContain('Import 2 practices')
    const good = await upload(rowsOf('Page', 2), cast.cookies.editor, { publish: 'yes' }, 'practices.csv')
    const previewPath = good.headers.get('location')!
    const ready = await (await t.get(previewPath, { cookie: cast.cookies.editor })).text()
    // Publishing needs the sections: the rows say so.
    expect(ready).toContain('2 rows have problems.')
    expect(ready).toContain('challenge: Describe “The challenge” before submitting the practice for review')
  })

  it('refuses files that are not files of practices with a message on the field', async () => {
    const notUtf8 = await t.app.request('/en/practices/import', {
      method: 'POST',
      body: (() => {
        const form = new FormData()
        form.append('file', new File([new Uint8Array([0x74, 0xe9, 0x0a])], 'latin1.csv'))
        form.append('publish', 'yes')
        return form
      })(),
      headers: { origin: TEST_ORIGIN, cookie: cast.cookies.editor },
    })
    expect(notUtf8.status).toBe(422)
    const html = await notUtf8.text()
    expect(html).toContain('href="#file">The file must be saved as UTF-8 text (in a spreadsheet: CSV UTF-8)</a>')
    expect(html).toMatch(/name="publish" type="checkbox" value="yes" checked=""/)
    const unknown = await upload('title,colour\nA,red\n', cast.cookies.editor)
    expect(await unknown.text()).toContain('The file has columns Stoa does not know: colour')
    const template = await t.get('/en/practices/import/template.csv', { cookie: cast.cookies.editor })
    const templateBytes = new Uint8Array(await template.arrayBuffer())
    expect([...templateBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(templateBytes)
    expect(csv.startsWith('slug,title,language,city,country')).toBe(true)
    const templateUpload = await upload(csv, cast.cookies.editor)
    const templatePreview = await (
      await t.get(templateUpload.headers.get('location')!, { cookie: cast.cookies.editor })
    ).text()
    expect(templatePreview).toContain('Import 1 practice')
  })

  it('runs from the preview to the report through the progress page', async () => {
    const uploaded = await upload(rowsOf('Journey', 3), cast.cookies.editor)
    const previewPath = uploaded.headers.get('location')!
    const importId = previewPath.split('/').pop()!
    const start = await t.postForm(`${previewPath}/start`, {}, { cookie: cast.cookies.editor })
    expect(start.status).toBe(303)
    await runningImport(importId)
    const progress = await (await t.get(`${previewPath}/progress.json`, { cookie: cast.cookies.editor })).json()
    expect(progress).toEqual({ state: 'succeeded', done: 3, total: 3 })
    const report = await (await t.get(previewPath, { cookie: cast.cookies.editor })).text()
    expect(report).toContain('3 practices were imported')
    expect(report).toContain('href="/en/practices/journey-1/media">Journey 1</a> (draft)')
  })
})
