import { asc, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { syntheticGenerators, writeSyntheticData } from '../../demo/synthetic/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { parsePracticeFilter } from './filter.js'
import { searchPractices } from './queries.js'
import { practices, practiceTranslations } from './tables.js'

let first: Database
let second: Database

beforeAll(async () => {
  first = await createTestDatabase()
  second = await createTestDatabase()
  await writeSyntheticData(first.db, syntheticGenerators, { counts: { practices: 300 }, seed: 7 })
  await writeSyntheticData(second.db, syntheticGenerators, { counts: { practices: 300 }, seed: 7 })
})
afterAll(async () => {
  await first.close()
  await second.close()
})

async function rows(database: Database) {
  return database.db
    .select({ slug: practices.slug, title: practices.title, language: practices.language, summary: practices.summary })
    .from(practices)
    .orderBy(asc(practices.slug))
}

describe('the synthetic practices', () => {
  it('are the same for the same seed, in at least six languages, some translated', async () => {
    const written = await rows(first)
    expect(written).toHaveLength(300)
    expect(await rows(second)).toEqual(written)
    expect(new Set(written.map((row) => row.language)).size).toBeGreaterThanOrEqual(6)
    const [translated] = await first.db.select({ total: sql<number>`count(*)::int` }).from(practiceTranslations)
    expect(Number(translated?.total)).toBeGreaterThan(0)
  })

  it('are found through inflected words of their language', async () => {
    const result = await searchPractices(first.db, parsePracticeFilter(new URLSearchParams('q=Gärten')), 'en')
    expect(result.total).toBeGreaterThan(0)
    expect(result.items.every((item) => item.slug.startsWith('synthetic-practice-'))).toBe(true)
  })
})
