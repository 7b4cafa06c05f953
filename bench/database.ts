import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { type Database, openPglite, openPostgres } from '../src/db/client.js'
import { migrateDatabase } from '../src/db/migrate.js'
import { type GeneratorReport, type SyntheticGenerator, writeSyntheticData } from '../src/demo/synthetic/index.js'
import { databaseUrlFor } from '../src/platform/testing/test-database-names.js'
import type { PageType } from './page-types.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const embeddedDataDir = path.join(here, '.data', 'embedded')
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test'
/** BENCH_DATABASE_NAME lets several people share one PostgreSQL server without dropping each other's. */
const BENCH_DATABASE = process.env.BENCH_DATABASE_NAME || 'stoa_bench'

export interface PreparedDatabase {
  /** The variables that point the server at this database. */
  serverEnv: Record<string, string>
  generated: GeneratorReport[]
  paths: Map<string, string[]>
  buildMs: number
  /** Removes the database; the server must have stopped. */
  remove(): Promise<void>
}

interface BuildOptions {
  counts: Record<string, number>
  seed: number
  generators: readonly SyntheticGenerator[]
  pageTypes: readonly PageType[]
}

async function fill(database: Database, options: BuildOptions) {
  await migrateDatabase(database)
  const generated = await writeSyntheticData(database.db, options.generators, options)
  // Fresh planner statistics, as autovacuum would gather within minutes of a bulk load.
  await database.db.execute(sql`analyze`)
  const paths = new Map<string, string[]>()
  for (const pageType of options.pageTypes) paths.set(pageType.name, await pageType.paths(database.db))
  return { generated, paths }
}

/** A fresh embedded database in bench/.data/embedded, closed again so the server can take its lock. */
export async function prepareEmbedded(options: BuildOptions): Promise<PreparedDatabase> {
  const started = performance.now()
  await fs.rm(embeddedDataDir, { recursive: true, force: true })
  // The same folder layout as config.ts derives from DATA_DIR, so the server opens this very database.
  const database = await openPglite(path.join(embeddedDataDir, 'pglite'))
  try {
    const { generated, paths } = await fill(database, options)
    return {
      serverEnv: { DATA_DIR: embeddedDataDir },
      generated,
      paths,
      buildMs: Math.round(performance.now() - started),
      remove: () => fs.rm(embeddedDataDir, { recursive: true, force: true }),
    }
  } finally {
    await database.close()
  }
}

/** A fresh `stoa_bench` database on the PostgreSQL server that `adminUrl` reaches. */
export async function preparePostgres(adminUrl: string, options: BuildOptions): Promise<PreparedDatabase> {
  const started = performance.now()
  const dropDatabase = async () => {
    const admin = await openPostgres(adminUrl, 1)
    try {
      await admin.pool!.query(`drop database if exists "${BENCH_DATABASE}" with (force)`)
    } finally {
      await admin.close()
    }
  }
  await dropDatabase()
  const admin = await openPostgres(adminUrl, 1)
  try {
    await admin.pool!.query(`create database "${BENCH_DATABASE}"`)
  } finally {
    await admin.close()
  }
  const url = databaseUrlFor(adminUrl, BENCH_DATABASE)
  const database = await openPostgres(url, 2)
  try {
    const { generated, paths } = await fill(database, options)
    return {
      serverEnv: { DATABASE_URL: url },
      generated,
      paths,
      buildMs: Math.round(performance.now() - started),
      remove: dropDatabase,
    }
  } finally {
    await database.close()
  }
}
