import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { resolveProgrammeFilter } from './filter.js'
import {
  findProgrammeBySlug,
  findProgrammeIdBySlug,
  getProgrammeBySlug,
  listProgrammeOptions,
  listProgrammeSlugs,
  listProgrammes,
  listProgrammesForHome,
} from './queries.js'
import { createProgramme } from './testing.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
  await createProgramme(database.db, { slug: 'second', name: 'Second', position: 2, partners: [{ name: 'KEA' }] })
  await createProgramme(database.db, {
    slug: 'first',
    name: 'First',
    position: 1,
    partners: [{ name: 'KEA' }, { name: 'ERRIN' }, { name: 'Eurocities', role: 'lead' }],
  })
  await createProgramme(database.db, { slug: 'third', name: 'Third', position: 3 })
})
afterAll(() => database.close())

describe('programme queries', () => {
  it('lists programmes in their editors’ order with the number of partners of each', async () => {
    const programmes = await listProgrammes(database.db)
    expect(programmes.map((programme) => [programme.slug, programme.partnersCount])).toEqual([
      ['first', 3],
      ['second', 1],
      ['third', 0],
    ])
  })

  it('finds a programme with its lead partner first, then the others in order', async () => {
    const programme = await findProgrammeBySlug(database.db, 'first')
    expect(programme?.partners.map((partner) => partner.name)).toEqual(['Eurocities', 'KEA', 'ERRIN'])
    expect(programme?.partnersCount).toBe(3)
  })

  it('answers undefined, or NotFoundError for get, for a slug no programme has', async () => {
    expect(await findProgrammeBySlug(database.db, 'missing')).toBeUndefined()
    await expect(getProgrammeBySlug(database.db, 'missing')).rejects.toMatchObject({ status: 404 })
  })

  it('gives the options of a programme filter and each programme’s id by slug', async () => {
    const options = await listProgrammeOptions(database.db)
    expect(options.map((option) => option.name)).toEqual(['First', 'Second', 'Third'])
    expect(await findProgrammeIdBySlug(database.db, 'second')).toBe(options[1]!.id)
    expect(await findProgrammeIdBySlug(database.db, 'missing')).toBeUndefined()
  })

  it('resolves a list’s filter to the programme id, and an unknown slug to none', async () => {
    const second = await findProgrammeIdBySlug(database.db, 'second')
    expect(await resolveProgrammeFilter(database.db, { programme: 'second' })).toEqual({
      slug: 'second',
      programmeId: second,
    })
    expect(await resolveProgrammeFilter(database.db, { programme: 'gone' })).toEqual({
      slug: 'gone',
      programmeId: null,
    })
    expect(await resolveProgrammeFilter(database.db, {})).toBeUndefined()
  })

  it('lists each programme’s slug and last change for the sitemap', async () => {
    const slugs = await listProgrammeSlugs(database.db)
    expect(slugs.map((entry) => entry.slug)).toEqual(['first', 'second', 'third'])
    expect(slugs[0]!.updatedAt).toBeInstanceOf(Date)
  })
})

describe('the home page’s programmes', () => {
  it('puts running programmes before past ones, ends a month-precision programme on the month’s last day, and stops at the limit', async () => {
    const fresh = await createTestDatabase()
    try {
      await createProgramme(fresh.db, { slug: 'past', name: 'Past', position: 1, endsOn: '2024-06-30' })
      await createProgramme(fresh.db, {
        slug: 'ends-this-month',
        name: 'Ends this month',
        position: 2,
        startsOn: '2024-01-01',
        endsOn: '2026-11-01',
        datesPrecision: 'month',
        partners: [{ name: 'KEA' }],
      })
      await createProgramme(fresh.db, { slug: 'open-ended', name: 'Open-ended', position: 3 })
      await createProgramme(fresh.db, { slug: 'later', name: 'Later', position: 4 })
      const home = await listProgrammesForHome(fresh.db, '2026-11-21', 3)
      expect(home.map((programme) => [programme.slug, programme.partnersCount])).toEqual([
        ['ends-this-month', 1],
        ['open-ended', 0],
        ['later', 0],
      ])
    } finally {
      await fresh.close()
    }
  })
})
