import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { accountsDemo } from '../accounts/demo.js'
import { organisations } from '../accounts/tables.js'
import { programmesDemo } from '../programmes/demo.js'
import { renamePractice, savePractice } from './commands.js'
import { practicesDemo } from './demo.js'
import { parsePracticeFilter } from './filter.js'
import { findPractice, MARK_END, MARK_START, searchPractices } from './queries.js'
import { practices } from './tables.js'

let database: Database
const today = new Date('2026-03-02T10:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
  await accountsDemo.seed(database.db, { today })
  await programmesDemo.seed(database.db, { today })
  await practicesDemo.seed(database.db, { today })
  await savePractice(database.db, {
    slug: 'unpublished-draft',
    title: 'Museum draft',
    city: 'Ghent',
    country: 'BE',
    summary: 'A museum practice still being written.',
  })
})
afterAll(() => database.close())

async function search(query: string, locale = 'en') {
  return searchPractices(database.db, parsePracticeFilter(new URLSearchParams(query)), locale)
}

async function slugsFor(query: string, locale = 'en') {
  return (await search(query, locale)).items.map((item) => item.slug).sort()
}

describe('searching practices', () => {
  it('finds inflected forms in each language, the original’s and the translations’', async () => {
    expect(await slugsFor('q=museum')).toEqual(['door-breakers', 'museum-in-transition'])
    expect(await slugsFor('q=parks')).toEqual(['park-am-gleisdreieck', 'pocket-parks'])
    expect(await slugsFor('q=musée')).toContain('museum-in-transition')
    expect(await slugsFor('q=Grünfläche')).toEqual(['pocket-parks'])
    expect(await slugsFor('q=joven')).toEqual(['door-breakers'])
    expect(await slugsFor('q=loja')).toEqual(['shops-with-a-history'])
  })

  it('ignores accents either way', async () => {
    expect(await slugsFor('q=Urries')).toEqual(['cultural-rebirth-for-rural-repopulation'])
    expect(await slugsFor('q=Urriés')).toEqual(['cultural-rebirth-for-rural-repopulation'])
    expect(await slugsFor('q=historia')).toEqual(['shops-with-a-history'])
    expect(await slugsFor('q=Grunflachen')).toEqual(['pocket-parks'])
  })

  it('shows only published practices', async () => {
    expect(await slugsFor('q=draft')).toEqual([])
    expect((await search('')).total).toBe(11)
  })

  it('marks the matches in the summary with sentinels, never with markup', async () => {
    const [item] = (await search('q=pocket parks')).items
    expect(item?.highlighted).toContain(`${MARK_START}parks${MARK_END}`)
    expect(item?.highlighted).not.toContain('<')
  })

  it('counts each facet with the other choices applied', async () => {
    const result = await search('country=DE')
    expect(result.total).toBe(2)
    expect(result.facets.country.find((facet) => facet.value === 'ES')?.count).toBe(2)
    expect(result.facets.country.find((facet) => facet.value === 'DE')?.count).toBe(2)
    expect(result.facets.transformation).toEqual([{ value: 'green', count: 2 }])
    const green = await search('transformation=green&theme=adaptive-reuse')
    expect(green.items.map((item) => item.slug)).toEqual(['park-am-gleisdreieck'])
  })

  it('filters by organisation kind, population band, start years and selection, with their counts', async () => {
    const organisationId = (await database.db.select({ id: organisations.id }).from(organisations).limit(1))[0]!.id
    await savePractice(database.db, {
      slug: 'facet-probe',
      title: 'Facet probe',
      city: 'Tartu',
      country: 'EE',
      summary: 'A practice with every facet set.',
      organisationId,
      populationBand: '50k-100k',
      startYear: 1999,
      selectedInCallId: '00000000-0000-4000-8000-000000000001',
      publicationStatus: 'published',
      publishedAt: new Date('2020-01-01T00:00:00Z'),
    })
    const [organisation] = await database.db.select({ kind: organisations.kind }).from(organisations).limit(1)
    const probe = await search(`kind=${organisation!.kind}&population=50k-100k&from=1990&to=2000&selected=yes`)
    expect(probe.items.map((item) => item.slug)).toEqual(['facet-probe'])
    expect(probe.facets.selected).toEqual([{ value: 'yes', count: 1 }])
    const all = await search('')
    expect(all.facets.selected.find((facet) => facet.value === 'yes')?.count).toBe(1)
    expect(all.facets.populationBand).toContainEqual({ value: '50k-100k', count: 1 })
    expect(all.facets.startYear[0]).toEqual({ value: '1999', count: 1 })
    expect((await search('from=2000&to=1990')).items.map((item) => item.slug)).toContain('facet-probe')
    expect((await search('selected=no')).items.map((item) => item.slug)).not.toContain('facet-probe')
    await database.db.delete(practices).where(eq(practices.slug, 'facet-probe'))
  })

  it('sorts by title and by date, and pages through', async () => {
    const byTitle = (await search('sort=title')).items.map((item) => item.title)
    expect(byTitle[0]).toBe('Cultural rebirth for rural repopulation')
    const newest = await search('')
    expect(newest.items[0]?.slug).toBe('kaapeli')
    expect((await search('page=2')).items).toEqual([])
  })

  it('suggests a close title when nothing matches', async () => {
    const result = await search('q=pockett parcs')
    expect(result.total).toBe(0)
    expect(result.suggestion).toBe('Pocket parks')
  })

  it('shows titles in the visitor’s language when translated', async () => {
    const result = await search('q=Lisbon', 'pt')
    expect(result.items[0]).toMatchObject({ title: 'Lojas com História', language: 'pt' })
  })
})

describe('finding a practice', () => {
  it('gives the translation unless the original is asked for, and follows old slugs', async () => {
    const found = await findPractice(database.db, 'museum-in-transition', { locale: 'fr' })
    expect(found.kind === 'found' && found.translation?.title).toBe('Musée en transition')
    const original = await findPractice(database.db, 'museum-in-transition', { locale: 'fr', original: true })
    expect(original.kind === 'found' && original.translation).toBeNull()
    await renamePractice(database.db, 'kaapeli', 'kaapeli-helsinki')
    expect(await findPractice(database.db, 'kaapeli', { locale: 'en' })).toEqual({
      kind: 'moved',
      slug: 'kaapeli-helsinki',
    })
    await renamePractice(database.db, 'kaapeli-helsinki', 'kaapeli')
    expect((await findPractice(database.db, 'kaapeli', { locale: 'en' })).kind).toBe('found')
    expect(await findPractice(database.db, 'unpublished-draft', { locale: 'en' })).toEqual({ kind: 'missing' })
  })
})
