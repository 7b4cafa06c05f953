import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.js'
import { modules } from '../modules/index.js'
import { createTestDatabase } from '../platform/testing/test-database.js'
import { seedDemo } from './run-demo.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await database.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )
  const counts: Record<string, number> = {}
  for (const { table_name } of tables.rows) {
    const result = await database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from ${sql.identifier(table_name)}`,
    )
    counts[table_name] = Number(result.rows[0]?.count)
  }
  return counts
}

describe('the demo programme', () => {
  it('is written once: a second start adds nothing and restores nothing deleted', async () => {
    const today = new Date('2026-11-21T09:00:00Z')
    const first = await seedDemo(database.db, modules, today)
    expect(first).toEqual(modules.flatMap((module) => (module.demo ? [module.demo.name] : [])))
    const afterFirst = await rowCounts()
    expect(await seedDemo(database.db, modules, today)).toEqual([])
    expect(await rowCounts()).toEqual(afterFirst)
  })

  it('lets two instances starting together seed each part once', async () => {
    const fresh = await createTestDatabase()
    try {
      const today = new Date('2026-11-21T09:00:00Z')
      const results = await Promise.all([seedDemo(fresh.db, modules, today), seedDemo(fresh.db, modules, today)])
      const parts = modules.flatMap((module) => (module.demo ? [module.demo.name] : []))
      expect([...results[0], ...results[1]].sort()).toEqual([...parts].sort())
    } finally {
      await fresh.close()
    }
  })
})
