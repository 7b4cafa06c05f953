import { asc, eq, getTableColumns, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { accountsDemo } from '../accounts/demo.js'
import { organisations } from '../accounts/tables.js'
import { programmesDemo } from '../programmes/demo.js'
import { programmes } from '../programmes/tables.js'
import { demoPractices, practicesDemo } from './demo.js'
import { practices, practiceTranslations } from './tables.js'

let database: Database
const today = new Date('2026-03-02T10:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
  await accountsDemo.seed(database.db, { today })
  await programmesDemo.seed(database.db, { today })
})
afterAll(() => database.close())

async function everyRow() {
  return {
    practices: await database.db
      .select({ ...getTableColumns(practices), search: sql<string>`${practices.search}::text` })
      .from(practices)
      .orderBy(asc(practices.slug))
      .then((rows) => rows.map(({ updatedAt: _updated, ...row }) => row)),
    translations: await database.db
      .select({ practiceId: practiceTranslations.practiceId, language: practiceTranslations.language })
      .from(practiceTranslations)
      .orderBy(asc(practiceTranslations.practiceId), asc(practiceTranslations.language)),
  }
}

describe('the practices demo part', () => {
  it('writes the same rows when it runs twice', async () => {
    await practicesDemo.seed(database.db, { today })
    const first = await everyRow()
    expect(first.practices).toHaveLength(11)
    await practicesDemo.seed(database.db, { today })
    expect(await everyRow()).toEqual(first)
  })

  it('publishes every practice of the seeds in Cultural heritage in action, with its city’s organisation', async () => {
    const [chia] = await database.db
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.slug, 'cultural-heritage-in-action'))
    const rows = await database.db
      .select({
        slug: practices.slug,
        publicationStatus: practices.publicationStatus,
        programmeId: practices.programmeId,
        organisation: organisations.slug,
      })
      .from(practices)
      .leftJoin(organisations, eq(organisations.id, practices.organisationId))
    expect(rows.every((row) => row.publicationStatus === 'published' && row.programmeId === chia?.id)).toBe(true)
    expect(rows.find((row) => row.slug === 'shops-with-a-history')?.organisation).toBe('lisbon-city-council')
    expect(rows.find((row) => row.slug === 'pocket-parks')?.organisation).toBe('city-of-krakow')
  })

  it('invents nothing: sections the seeds do not give stay empty, no contact, years only where the seed says', async () => {
    const rows = await database.db.select().from(practices)
    for (const row of rows) {
      expect([row.challenge, row.approach, row.resources, row.results, row.transferability, row.lessons]).toEqual([
        '',
        '',
        '',
        '',
        '',
        '',
      ])
      expect([row.contactName, row.contactEmail, row.status]).toEqual([null, null, null])
      if (row.startYear !== null) expect(row.summary).toContain(String(row.startYear))
    }
    expect(demoPractices.map((practice) => practice.slug)).toContain('kaapeli')
  })

  it('has the Portuguese original name of Lisbon’s programme as its Portuguese translation', async () => {
    const [row] = await database.db
      .select({ title: practiceTranslations.title })
      .from(practiceTranslations)
      .innerJoin(practices, eq(practices.id, practiceTranslations.practiceId))
      .where(sql`${practices.slug} = 'shops-with-a-history' and ${practiceTranslations.language} = 'pt'`)
    expect(row?.title).toBe('Lojas com História')
  })
})
