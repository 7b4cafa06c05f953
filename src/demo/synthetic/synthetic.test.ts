import { asc, count, eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { callApplications, callReviews, calls } from '../../modules/calls/tables.js'
import { programmePartners, programmes } from '../../modules/programmes/tables.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { countsFor, syntheticGenerators, writeSyntheticData } from './index.js'
import { Random, seedFor } from './random.js'

const opened: Database[] = []
async function freshDatabase() {
  const database = await createTestDatabase()
  opened.push(database)
  return database
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()))
})

async function readAll(database: Database) {
  return {
    programmes: await database.db.select().from(programmes).orderBy(asc(programmes.slug)),
    partners: await database.db
      .select()
      .from(programmePartners)
      .orderBy(asc(programmePartners.programmeId), asc(programmePartners.position)),
  }
}

describe('synthetic data', () => {
  it('writes the same rows, ids and timestamps included, for the same seed', async () => {
    const [first, second] = [await freshDatabase(), await freshDatabase()]
    for (const database of [first, second])
      await writeSyntheticData(database.db, syntheticGenerators, { counts: { programmes: 12 }, seed: 7 })
    const rows = await readAll(first)
    expect(rows.programmes).toHaveLength(12)
    expect(await readAll(second)).toEqual(rows)
  })

  it('writes different rows for another seed', async () => {
    const [first, second] = [await freshDatabase(), await freshDatabase()]
    await writeSyntheticData(first.db, syntheticGenerators, { counts: { programmes: 12 }, seed: 7 })
    await writeSyntheticData(second.db, syntheticGenerators, { counts: { programmes: 12 }, seed: 8 })
    const [a, b] = [await readAll(first), await readAll(second)]
    expect(b.programmes.map((row) => row.slug)).toEqual(a.programmes.map((row) => row.slug))
    expect(b.programmes.map((row) => row.id)).not.toEqual(a.programmes.map((row) => row.id))
    expect(b.programmes.map((row) => row.description)).not.toEqual(a.programmes.map((row) => row.description))
  })

  it('writes exactly the count asked for across batch boundaries, each programme led by its first partner', async () => {
    const database = await freshDatabase()
    const [report] = await writeSyntheticData(database.db, syntheticGenerators, {
      counts: { programmes: 1005 },
      seed: 1,
    })
    const [{ total }] = (await database.db.select({ total: count() }).from(programmes)) as [{ total: number }]
    const [{ partners }] = (await database.db.select({ partners: count() }).from(programmePartners)) as [
      { partners: number },
    ]
    expect(total).toBe(1005)
    expect(report?.rows).toEqual({ programmes: 1005, programme_partners: partners })
    const slugs = await database.db.select({ slug: programmes.slug }).from(programmes).orderBy(asc(programmes.slug))
    expect(slugs[0]?.slug).toBe('synthetic-programme-00001')
    expect(slugs.at(-1)?.slug).toBe('synthetic-programme-01005')
    const leads = await database.db
      .select({ role: programmePartners.role })
      .from(programmePartners)
      .where(eq(programmePartners.position, 0))
    expect(leads).toHaveLength(1005)
    expect(new Set(leads.map((lead) => lead.role))).toEqual(new Set(['lead']))
  })

  it('writes calls with 50 submissions each on average, the first with a tenth of them, the same for a seed', async () => {
    const [first, second] = [await freshDatabase(), await freshDatabase()]
    for (const database of [first, second])
      await writeSyntheticData(database.db, syntheticGenerators, { counts: { calls: 6 }, seed: 3 })
    const read = async (database: Database) => ({
      calls: await database.db.select().from(calls).orderBy(asc(calls.slug)),
      applications: await database.db.select().from(callApplications).orderBy(asc(callApplications.id)),
      reviews: await database.db.select({ total: count() }).from(callReviews),
    })
    const rows = await read(first)
    expect(rows.calls).toHaveLength(6)
    expect(rows.applications).toHaveLength(300)
    expect(rows.applications.filter((row) => row.callId === rows.calls[0]!.id)).toHaveLength(30)
    expect(rows.reviews[0]!.total).toBeGreaterThan(0)
    expect(await read(second)).toEqual(rows)
  })

  it('scales the default counts by the size factor unless a count is given', () => {
    const generators = [
      { name: 'practices', defaultCount: 100_000, generate: async () => ({}) },
      { name: 'activities', defaultCount: 5_000, generate: async () => ({}) },
      { name: 'awards', defaultCount: 3, generate: async () => ({}) },
    ]
    expect(countsFor(generators, 0.1, { activities: 42 })).toEqual({ practices: 10_000, activities: 42, awards: 1 })
  })

  it('draws a separate stream for each generator, so adding one leaves the others unchanged', () => {
    expect(seedFor(1, 'programmes')).toBe(seedFor(1, 'programmes'))
    expect(seedFor(1, 'programmes')).not.toBe(seedFor(1, 'practices'))
    expect(seedFor(1, 'programmes')).not.toBe(seedFor(2, 'programmes'))
    const random = new Random(seedFor(1, 'programmes'))
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
