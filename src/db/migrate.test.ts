import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { describe, expect, inject, it } from 'vitest'
import { createTestDatabase } from '../platform/testing/test-database.js'
import { databaseUrlFor } from '../platform/testing/test-database-names.js'
import { openPostgres } from './client.js'
import { migrateDatabase, migrationsFolder } from './migrate.js'

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[]
}

describe('migrations', () => {
  it('migrate forward without touching existing rows when run again', async () => {
    const database = await createTestDatabase()
    try {
      await database.db.execute(sql`insert into demo_parts (name) values ('kept-across-migrations')`)
      await migrateDatabase(database)
      await migrateDatabase(database)
      const rows = await database.db.execute<{ name: string }>(sql`select name from demo_parts`)
      expect(rows.rows.map((row) => row.name)).toContain('kept-across-migrations')
    } finally {
      await database.close()
    }
  })

  const setup = inject('stoaTest')
  it.runIf(setup.kind === 'postgres')(
    'apply exactly once when several instances start together on one server',
    async () => {
      if (setup.kind !== 'postgres') return
      const name = `stoa_t_${setup.runId}_${randomBytes(4).toString('hex')}`
      const admin = await openPostgres(setup.serverUrl, 1)
      await admin.pool!.query(`create database "${name}"`)
      const instances = await Promise.all(
        [1, 2, 3, 4].map(() => openPostgres(databaseUrlFor(setup.serverUrl, name), 2)),
      )
      try {
        await Promise.all(instances.map((instance) => migrateDatabase(instance)))
        const applied = await instances[0]!.pool!.query(
          'select count(*)::int as count from drizzle.__drizzle_migrations',
        )
        expect(applied.rows[0].count).toBe(journal.entries.length)
      } finally {
        for (const instance of instances) await instance.close()
        await admin.pool!.query(`drop database if exists "${name}" with (force)`)
        await admin.close()
      }
    },
  )
})
