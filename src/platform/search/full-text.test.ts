import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../testing/test-database.js'
import { STEMMED_LANGUAGES, searchQuery, weightedSearchVector } from './full-text.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
  await database.db.execute(sql`
    create table search_probe (
      id serial primary key,
      language text not null,
      title text not null,
      body text not null default '',
      search tsvector generated always as (${weightedSearchVector(sql`language`, sql`title`, sql`''`, sql`body`)}) stored
    )`)
  await database.db.execute(sql`create index search_probe_search_idx on search_probe using gin (search)`)
})
afterAll(() => database.close())

async function matches(language: string, text: string, query: string): Promise<boolean> {
  await database.db.execute(sql`delete from search_probe`)
  await database.db.execute(sql`insert into search_probe (language, title) values (${language}, ${text})`)
  const result = await database.db.execute<{ count: number }>(
    sql`select count(*)::int as count from search_probe where search @@ ${searchQuery(language, query)}`,
  )
  return Number(result.rows[0]?.count) === 1
}

describe('full-text search in the language of the row', () => {
  // An inflected form in the text is found through another form of the same word.
  const stemming: [string, string, string][] = [
    ['en', 'Renovating the old shops of the city', 'renovated shop'],
    ['fr', 'Les musées municipaux accueillent les jeunes', 'musée municipal jeune'],
    ['de', 'Die Gärten der Stadt wurden erneuert', 'Garten'],
    ['es', 'Las bibliotecas públicas de los pueblos', 'biblioteca pueblo'],
    ['it', 'I giardini storici delle città', 'giardino storico'],
    ['pt', 'As lojas históricas de Lisboa', 'loja histórica'],
    ['nl', 'De bewoners van de wijken', 'bewoner wijk'],
    ['sv', 'Materialmagasinet hyr ut kläderna', 'kläder'],
  ]
  for (const [language, text, query] of stemming) {
    it(`finds "${text}" (${language}) through "${query}"`, async () => {
      expect(await matches(language, text, query)).toBe(true)
    })
  }

  it('folds accents both ways', async () => {
    expect(await matches('fr', 'Économie circulaire à Lille', 'economie circulaire a lille')).toBe(true)
    expect(await matches('pt', 'Lojas com Historia', 'história')).toBe(true)
    expect(await matches('pl', 'Parki kieszonkowe w Krakowie', 'krakowie')).toBe(true)
  })

  it('searches a language without a stemmer by whole words, accents folded', async () => {
    expect(await matches('pl', 'Kraków buduje parki kieszonkowe', 'krakow')).toBe(true)
    expect(await matches('pl', 'Kraków buduje parki kieszonkowe', 'park')).toBe(false)
  })

  it('does not find words that are not there', async () => {
    expect(await matches('en', 'Pocket parks in Krakow', 'museum')).toBe(false)
  })

  it('has a configuration for every language it claims to stem', async () => {
    for (const language of Object.keys(STEMMED_LANGUAGES)) {
      const result = await database.db.execute<{ config: string }>(
        sql`select stoa_search_config(${language})::text as config`,
      )
      expect(result.rows[0]?.config).toBe(`stoa_${STEMMED_LANGUAGES[language as keyof typeof STEMMED_LANGUAGES]}`)
    }
  })

  it('weights titles above bodies in the ranking', async () => {
    await database.db.execute(sql`delete from search_probe`)
    await database.db.execute(sql`insert into search_probe (language, title, body) values
      ('en', 'Community gardens', 'A story about parks'),
      ('en', 'Parks for everyone', 'A story about gardens')`)
    const result = await database.db.execute<{ title: string }>(sql`
      select title from search_probe, ${searchQuery('en', 'parks')} q
      where search @@ q order by ts_rank(search, q) desc`)
    expect(result.rows.map((row) => row.title)).toEqual(['Parks for everyone', 'Community gardens'])
  })

  it('has pg_trgm for typo-tolerant suggestions', async () => {
    const result = await database.db.execute<{ score: number }>(
      sql`select similarity(lower(stoa_unaccent('Kraków')), 'krakw') as score`,
    )
    expect(Number(result.rows[0]?.score)).toBeGreaterThan(0.3)
  })
})
