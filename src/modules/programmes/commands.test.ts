import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { deleteProgramme, type ProgrammeInput, saveProgramme } from './commands.js'
import { findProgrammeBySlug } from './queries.js'
import { programmePartners, programmes } from './tables.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const base: ProgrammeInput = {
  slug: 'sample-programme',
  name: 'Sample programme',
  summary: 'A programme for these tests.',
  partners: [
    { name: 'Eurocities', role: 'lead' },
    { name: 'KEA' },
    { name: 'ERRIN', url: 'https://example.org/errin' },
  ],
}

async function rowsOf(slug: string) {
  const db = database.db
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, slug))
  const partners = await db
    .select()
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, programme!.id))
    .orderBy(programmePartners.position)
  return { programme: programme!, partners }
}

describe('saveProgramme', () => {
  it('creates a programme with its partners in the order given', async () => {
    const result = await saveProgramme(database.db, base)
    expect(result).toMatchObject({ created: true, changed: true })
    const { programme, partners } = await rowsOf('sample-programme')
    expect(programme.name).toBe('Sample programme')
    expect(partners.map((partner) => [partner.name, partner.role, partner.position])).toEqual([
      ['Eurocities', 'lead', 0],
      ['KEA', 'partner', 1],
      ['ERRIN', 'partner', 2],
    ])
  })

  it('changes nothing, not even updated_at, when saved again with the same content', async () => {
    const before = await rowsOf('sample-programme')
    const result = await saveProgramme(database.db, base)
    expect(result).toMatchObject({ created: false, changed: false, id: before.programme.id })
    expect(await rowsOf('sample-programme')).toEqual(before)
  })

  it('updates the programme, keeps the ids of partners it still has and drops the others', async () => {
    const before = await rowsOf('sample-programme')
    const result = await saveProgramme(database.db, {
      ...base,
      summary: 'A new summary.',
      partners: [{ name: 'KEA', role: 'lead' }, { name: 'Europa Nostra' }, { name: 'Eurocities' }],
    })
    expect(result).toMatchObject({ created: false, changed: true })
    const after = await rowsOf('sample-programme')
    expect(after.programme.summary).toBe('A new summary.')
    expect(after.programme.updatedAt.getTime()).toBeGreaterThanOrEqual(before.programme.updatedAt.getTime())
    expect(after.partners.map((partner) => [partner.name, partner.role])).toEqual([
      ['KEA', 'lead'],
      ['Europa Nostra', 'partner'],
      ['Eurocities', 'partner'],
    ])
    const idOf = (rows: typeof before.partners, name: string) => rows.find((partner) => partner.name === name)?.id
    expect(idOf(after.partners, 'KEA')).toBe(idOf(before.partners, 'KEA'))
    expect(idOf(after.partners, 'Eurocities')).toBe(idOf(before.partners, 'Eurocities'))
    expect(idOf(after.partners, 'ERRIN')).toBeUndefined()
  })

  it('counts a change in the partners alone as a change of the programme', async () => {
    const result = await saveProgramme(database.db, {
      ...base,
      summary: 'A new summary.',
      partners: [{ name: 'KEA', role: 'lead' }, { name: 'Europa Nostra' }],
    })
    expect(result.changed).toBe(true)
    expect((await rowsOf('sample-programme')).partners).toHaveLength(2)
  })

  it('removes every partner when saved with none', async () => {
    await saveProgramme(database.db, { ...base, slug: 'no-partners-left' })
    await saveProgramme(database.db, { ...base, slug: 'no-partners-left', partners: [] })
    expect((await rowsOf('no-partners-left')).partners).toEqual([])
  })

  it('stores dates known to the month as the first of the month', async () => {
    await saveProgramme(database.db, {
      ...base,
      slug: 'month-dates',
      startsOn: '2019-10-15',
      endsOn: '2022-04-20',
      datesPrecision: 'month',
    })
    const { programme } = await rowsOf('month-dates')
    expect([programme.startsOn, programme.endsOn, programme.datesPrecision]).toEqual([
      '2019-10-01',
      '2022-04-01',
      'month',
    ])
  })

  it('refuses an end before the start, a partner listed twice, a bad slug and an off-site logo', async () => {
    await expect(
      saveProgramme(database.db, { ...base, slug: 'backwards', startsOn: '2022-01-01', endsOn: '2021-01-01' }),
    ).rejects.toThrow(/before the start/)
    await expect(
      saveProgramme(database.db, { ...base, slug: 'twice', partners: [{ name: 'KEA' }, { name: 'KEA' }] }),
    ).rejects.toThrow(/only once/)
    await expect(saveProgramme(database.db, { ...base, slug: 'Not A Slug' })).rejects.toThrow()
    await expect(
      saveProgramme(database.db, {
        ...base,
        slug: 'hotlinked-logo',
        partners: [{ name: 'KEA', logoPath: '//elsewhere.example/logo.png' }],
      }),
    ).rejects.toThrow(/root-relative/)
    await expect(
      saveProgramme(database.db, { ...base, slug: 'script-url', websiteUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow()
    expect(await findProgrammeBySlug(database.db, 'backwards')).toBeUndefined()
  })

  it('lets two saves of a new programme race without an error or a duplicate', async () => {
    const input = { ...base, slug: 'raced' }
    const results = await Promise.all([saveProgramme(database.db, input), saveProgramme(database.db, input)])
    expect(results.filter((result) => result.created)).toHaveLength(1)
    expect(new Set(results.map((result) => result.id)).size).toBe(1)
    expect((await rowsOf('raced')).partners).toHaveLength(3)
  })
})

describe('deleteProgramme', () => {
  it('deletes the programme and its partners', async () => {
    const { programme } = await rowsOf('raced')
    expect(await deleteProgramme(database.db, 'raced')).toBe(true)
    expect(await findProgrammeBySlug(database.db, 'raced')).toBeUndefined()
    const orphans = await database.db
      .select()
      .from(programmePartners)
      .where(eq(programmePartners.programmeId, programme.id))
    expect(orphans).toEqual([])
    expect(await deleteProgramme(database.db, 'raced')).toBe(false)
  })
})
