import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { programmesDemo } from './demo.js'
import { findProgrammeBySlug } from './queries.js'
import { programmePartners, programmes } from './tables.js'

let database: Database
const today = new Date('2025-06-01T10:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

async function everyRow() {
  return {
    programmes: await database.db.select().from(programmes).orderBy(asc(programmes.slug)),
    partners: await database.db.select().from(programmePartners).orderBy(asc(programmePartners.id)),
  }
}

describe('the programmes demo part', () => {
  it('writes the same rows when it runs twice', async () => {
    await programmesDemo.seed(database.db, { today })
    const first = await everyRow()
    expect(first.programmes).toHaveLength(3)
    await programmesDemo.seed(database.db, { today })
    expect(await everyRow()).toEqual(first)
  })

  it('has the programmes, partners and funding the seeds describe, and nothing they do not', async () => {
    const chia = await findProgrammeBySlug(database.db, 'cultural-heritage-in-action')
    expect(chia?.partners.map((partner) => [partner.name, partner.role])).toEqual([
      ['Eurocities', 'lead'],
      ['KEA', 'partner'],
      ['ERRIN', 'partner'],
      ['Europa Nostra', 'partner'],
      ['Architects Council of Europe', 'partner'],
    ])
    expect(chia).toMatchObject({ euFunded: true, grantingAuthority: 'the European Commission', startsOn: null })

    const hub = await findProgrammeBySlug(database.db, 'european-heritage-hub')
    expect(hub).toMatchObject({ euFunded: false, grantingAuthority: null, startsOn: null, endsOn: null, partners: [] })

    const ecoc = await findProgrammeBySlug(database.db, 'capacity-building-for-european-capitals-of-culture')
    expect(ecoc).toMatchObject({
      startsOn: '2019-10-01',
      endsOn: '2022-04-01',
      datesPrecision: 'month',
      euFunded: true,
      grantingAuthority: 'the European Commission',
    })
    expect(ecoc?.partners.map((partner) => [partner.name, partner.role])).toEqual([
      ['European Association for Information on Local Development (AEIDL)', 'lead'],
    ])

    // The seeds give no web address or logo for any programme or partner.
    for (const programme of [chia, hub, ecoc]) {
      expect(programme?.websiteUrl).toBeNull()
      for (const partner of programme?.partners ?? []) expect([partner.url, partner.logoPath]).toEqual([null, null])
    }
  })
})
