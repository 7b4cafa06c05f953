import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import { inject } from 'vitest'
import { type Database, openPglite, openPostgres } from '../../db/client.js'
import { databaseUrlFor, templateDatabaseName } from './test-database-names.js'

/**
 * A fresh, migrated database of this test's own: an in-memory PGlite loaded from the run's image,
 * or a copy of the run's template database on the PostgreSQL server (dropped on close).
 */
export async function createTestDatabase(): Promise<Database> {
  const setup = inject('stoaTest')
  if (setup.kind === 'pglite') {
    const image = await fs.readFile(setup.templatePath)
    return openPglite(undefined, new Blob([image]))
  }
  const name = `stoa_t_${setup.runId}_${randomBytes(5).toString('hex')}`
  const admin = await openPostgres(setup.serverUrl, 1)
  try {
    await createDatabaseFromTemplate(admin, name, templateDatabaseName(setup.runId))
  } finally {
    await admin.close()
  }
  const database = await openPostgres(databaseUrlFor(setup.serverUrl, name), 20)
  return {
    ...database,
    close: async () => {
      await database.close()
      const dropper = await openPostgres(setup.serverUrl, 1)
      await dropper.pool!.query(`drop database if exists "${name}" with (force)`)
      await dropper.close()
    },
  }
}

async function createDatabaseFromTemplate(admin: Database, name: string, template: string) {
  // Two files copying the template at the same instant can collide (55006); a retry settles it.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.pool!.query(`create database "${name}" template "${template}"`)
      return
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200))
    }
  }
}
