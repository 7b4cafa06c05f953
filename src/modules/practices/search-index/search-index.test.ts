import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, openPostgres } from '../../../db/client.js'
import { syntheticGenerators, writeSyntheticData } from '../../../demo/synthetic/index.js'
import { syntheticSearchWords } from '../../../demo/synthetic/practices.js'
import { Random } from '../../../demo/synthetic/random.js'
import { createTestDatabase } from '../../../platform/testing/test-database.js'
import { ORGANISATION_KINDS, POPULATION_BANDS, THEMES } from '../../accounts/index.js'
import { type PracticeFilter, parsePracticeFilter } from '../filter.js'
import { listSimilarPracticesInDatabase } from '../finding/related-queries.js'
import { type PracticeSearchResult, searchPractices, searchPracticesInDatabase } from '../queries.js'
import { practices } from '../tables.js'
import { searchWithIndex } from './search.js'
import { listSimilarFromIndex } from './similar.js'

let database: Database

beforeAll(async () => {
  database = await createTestDatabase()
  await writeSyntheticData(database.db, syntheticGenerators, { counts: { practices: 1000 }, seed: 11 })
}, 120_000)
afterAll(() => database.close())

const countries = ['DE', 'FR', 'ES', 'PT', 'PL', 'IT', 'GB', 'AT', 'BE', 'IE']
const words = [...syntheticSearchWords, 'kalo', 'renvo', 'Musee', 'MUSEUMS', 'the', 'und']

/** Queries of every shape websearch_to_tsquery reads: words, phrases, or, exclusions, noise. */
function randomQuery(random: Random): string {
  const word = () => random.pick(words)
  switch (random.int(0, 9)) {
    case 0:
      return ''
    case 1:
      return `${word()} ${word()}`
    case 2:
      return `"${word()} ${word()}"`
    case 3:
      return `${word()} or ${word()}`
    case 4:
      return `${word()} -${word()}`
    case 5:
      return `-${word()}`
    case 6:
      return `the ${word()} of "${word()} and ${word()}"`
    case 7:
      return `${word().slice(0, 3)}${random.pick(['ka', 'lo', 'ren', 'sta'])}`
    default:
      return word()
  }
}

function some<T>(random: Random, values: readonly T[], chance: number): T[] {
  return random.chance(chance) ? values.filter(() => random.chance(0.3)) : []
}

function randomFilter(random: Random): URLSearchParams {
  const params = new URLSearchParams()
  const q = randomQuery(random)
  if (q) params.set('q', q)
  for (const country of some(random, countries, 0.3)) params.append('country', country)
  for (const theme of some(random, THEMES, 0.3)) params.append('theme', theme)
  for (const value of some(random, ['green', 'digital', 'social'], 0.3)) params.append('transformation', value)
  for (const value of some(random, ['ongoing', 'finished'], 0.2)) params.append('status', value)
  for (const kind of some(random, ORGANISATION_KINDS, 0.2)) params.append('kind', kind)
  for (const band of some(random, POPULATION_BANDS, 0.2)) params.append('population', band)
  if (random.chance(0.2)) params.set('from', String(random.int(2004, 2026)))
  if (random.chance(0.2)) params.set('to', String(random.int(2004, 2026)))
  if (random.chance(0.2)) params.set('selected', random.pick(['yes', 'no']))
  if (random.chance(0.5)) params.set('sort', random.pick(['relevance', 'newest', 'title']))
  return params
}

/** Everything but the highlight, which ts_headline and the index write differently. */
function comparable(result: Omit<PracticeSearchResult, 'suggestion'>) {
  return { ...result, items: result.items.map(({ highlighted: _highlighted, ...item }) => item) }
}

async function both(filter: PracticeFilter, locale: string, limit: number) {
  // The index itself, not searchPractices: a query it cannot evaluate must fail here, not fall back.
  const index = await searchWithIndex(database.db, filter, locale, { limit })
  const { suggestion: _suggestion, ...reference } = await searchPracticesInDatabase(database.db, filter, locale, {
    limit,
  })
  return { index: comparable(index), reference: comparable(reference) }
}

describe('the in-memory search index', () => {
  it('gives exactly what the SQL search gives: totals, every match in order, facet counts', async () => {
    const random = new Random(2026)
    const locales = ['en', 'fr', 'de', 'pt', 'pl']
    let withResults = 0
    for (let i = 0; i < 120; i++) {
      const params = randomFilter(random)
      const filter = parsePracticeFilter(params)
      const { index, reference } = await both(filter, random.pick(locales), 200)
      expect(index, `?${params}`).toEqual(reference)
      if (index.total > 0) withResults++
    }
    expect(withResults).toBeGreaterThan(50)
  }, 600_000)

  it('pages like the SQL search and marks the matched words', async () => {
    for (const query of [
      'q=museum&page=2',
      'q=Gärten&sort=title&page=3',
      'sort=title&page=4',
      'page=7',
      'q=archives',
    ]) {
      const filter = parsePracticeFilter(new URLSearchParams(query))
      const { index, reference } = await both(filter, 'en', 20)
      expect(index, query).toEqual(reference)
    }
    const result = await searchPractices(database.db, parsePracticeFilter(new URLSearchParams('q=museums')), 'en')
    expect(
      result.items.filter((item) => item.language === 'en').every((item) => item.highlighted?.includes('\uE000')),
    ).toBe(true)
  }, 120_000)
})

describe('similar practices from the index', () => {
  it("are the SQL reference's, in order, when every shared word is read", async () => {
    const rows = await database.db.select({ id: practices.id }).from(practices).orderBy(practices.id)
    const random = new Random(7)
    let found = 0
    for (let i = 0; i < 40; i++) {
      const { id } = random.pick(rows)
      const locale = random.pick(['en', 'fr', 'de'])
      const fromIndex = await listSimilarFromIndex(database.db, id, locale, 4, Number.POSITIVE_INFINITY)
      const reference = await listSimilarPracticesInDatabase(database.db, id, locale)
      expect(fromIndex, id).toEqual(reference)
      found += fromIndex.length
    }
    expect(found).toBeGreaterThan(100)
  }, 120_000)

  it('stay a bounded piece of work: with the default budget, still practices sharing themes', async () => {
    const [row] = await database.db
      .select({ id: practices.id, themes: practices.themes })
      .from(practices)
      .where(sql`cardinality(${practices.themes}) > 0 and ${practices.publicationStatus} = 'published'`)
      .limit(1)
    const started = performance.now()
    const similar = await listSimilarFromIndex(database.db, row!.id, 'en', 4)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(similar).toHaveLength(4)
    for (const card of similar) expect(card.themes.some((theme) => row!.themes.includes(theme))).toBe(true)
  })
})

async function findsWord(db: Database['db'], word: string): Promise<string[]> {
  const result = await searchPractices(db, parsePracticeFilter(new URLSearchParams({ q: word })), 'en')
  return result.items.map((item) => item.slug)
}

/** Polls for up to a second: what the index promises another instance. */
async function within(seconds: number, check: () => Promise<boolean>): Promise<boolean> {
  const until = Date.now() + seconds * 1000
  for (;;) {
    if (await check()) return true
    if (Date.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('freshness', () => {
  it('sees practices written by anyone (another instance, raw SQL) within a second', async () => {
    const writer = database.url ? await openPostgres(database.url, 2) : database
    const reader = database.db
    const write = (query: ReturnType<typeof sql>) => writer.db.execute(query)
    try {
      expect(await findsWord(reader, 'zorblax')).toEqual([])
      await write(sql`insert into practices (slug, title, city, country, summary, language, publication_status, published_at)
        values ('fresh-probe', 'Zorblax workshop', 'Ghent', 'BE', 'A probe.', 'en', 'published', now())`)
      expect(await within(1, async () => (await findsWord(reader, 'zorblax')).includes('fresh-probe'))).toBe(true)
      await write(sql`insert into practice_translations (practice_id, language, title, summary)
        select id, 'fr', 'Atelier quiblet', 'Une sonde.' from practices where slug = 'fresh-probe'`)
      expect(await within(1, async () => (await findsWord(reader, 'quiblet')).includes('fresh-probe'))).toBe(true)
      await write(sql`update practices set publication_status = 'archived' where slug = 'fresh-probe'`)
      expect(await within(1, async () => (await findsWord(reader, 'zorblax')).length === 0)).toBe(true)
      await write(sql`update practices set publication_status = 'published' where slug = 'fresh-probe'`)
      expect(await within(1, async () => (await findsWord(reader, 'quiblet')).includes('fresh-probe'))).toBe(true)
      await write(
        sql`delete from practice_translations where practice_id = (select id from practices where slug = 'fresh-probe')`,
      )
      expect(await within(1, async () => (await findsWord(reader, 'quiblet')).length === 0)).toBe(true)
      await write(sql`delete from practices where slug = 'fresh-probe'`)
      expect(await within(1, async () => (await findsWord(reader, 'zorblax')).length === 0)).toBe(true)
    } finally {
      if (writer !== database) await writer.close()
    }
  }, 60_000)

  it('follows an organisation changing kind', async () => {
    const count = async (kind: string) =>
      (
        await searchPractices(database.db, parsePracticeFilter(new URLSearchParams()), 'en')
      ).facets.organisationKind.find((facet) => facet.value === kind)?.count ?? 0
    const before = await count('company')
    await database.db.execute(
      sql`update organisations set kind = 'company' where slug = (select o.slug from organisations o
        join practices p on p.organisation_id = o.id where o.kind <> 'company' and p.publication_status = 'published'
        order by o.slug limit 1)`,
    )
    const after = await count('company')
    expect(after).toBeGreaterThan(before)
    const { reference } = await both(parsePracticeFilter(new URLSearchParams()), 'en', 20)
    expect(reference.facets.organisationKind.find((facet) => facet.value === 'company')?.count).toBe(after)
  })
})
