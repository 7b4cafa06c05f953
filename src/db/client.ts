import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import type { Config } from '../config.js'
import { acquireDataDirLock } from './data-dir-lock.js'
import { DatabaseStartError } from './errors.js'
import * as schema from './schema.js'

export type Schema = typeof schema
/**
 * The Drizzle handle every module receives; the same API on PGlite and on a PostgreSQL server.
 * Typed as node-postgres's: both drivers answer `db.execute()` with `{ rows }` (DESIGN.md).
 */
export type Db = NodePgDatabase<Schema>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Throws when the database does not answer; used by /healthz and at start-up. */
  ping(): Promise<void>
  close(): Promise<void>
  /** PGlite only: the embedded instance, for dumpDataDir backups and test templates. */
  pglite?: PGlite
  /** Postgres only: the pool, for advisory locks that need one connection. */
  pool?: pg.Pool
  /** Postgres only: the connection URL, for tests that start a second process on the same database. */
  url?: string
}

export { DatabaseStartError }

const pgliteExtensions = { pg_trgm, unaccent }

export async function createDb(database: Config['database']): Promise<Database> {
  if (database.kind === 'postgres') return openPostgres(database.url, database.poolSize)
  return openPglite(database.dataDir)
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 })
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {})
  try {
    await pool.query('select 1')
  } catch (error) {
    await pool.end().catch(() => {})
    const where = safeDatabaseLocation(url)
    throw new DatabaseStartError(`Cannot reach PostgreSQL at ${where}: ${describeConnectionError(error)}`)
  }
  const db = drizzleNodePg(pool, { schema, casing: 'snake_case' }) as unknown as Db
  return {
    db,
    kind: 'postgres',
    pool,
    url,
    ping: async () => {
      await pool.query('select 1')
    },
    close: () => pool.end(),
  }
}

/** Opens the embedded database in `dataDir`, or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  let releaseLock = () => {}
  if (dataDir) {
    try {
      fs.mkdirSync(dataDir, { recursive: true })
      fs.accessSync(dataDir, fs.constants.W_OK)
    } catch {
      throw new DatabaseStartError(`The data folder ${dataDir} cannot be written: check DATA_DIR and its permissions`)
    }
    // PGlite is single-process: a second process opening the same folder corrupts it (DESIGN.md).
    releaseLock = acquireDataDirLock(path.join(dataDir, '..', 'pglite.lock'))
  }
  let pglite: PGlite
  try {
    pglite = await PGlite.create({ dataDir, loadDataDir, extensions: pgliteExtensions })
  } catch (error) {
    releaseLock()
    throw new DatabaseStartError(`Cannot open the embedded database in ${dataDir ?? 'memory'}: ${String(error)}`)
  }
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    pglite,
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: async () => {
      await pglite.close()
      releaseLock()
    },
  }
}

function safeDatabaseLocation(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {
    return 'DATABASE_URL'
  }
}

function describeConnectionError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ECONNREFUSED') return 'connection refused (is the server running, and is DATABASE_URL right?)'
  if (code === 'ENOTFOUND') return 'unknown host (check the host name in DATABASE_URL)'
  if (code === '28P01' || code === '28000') return 'authentication failed (check the user and password)'
  if (code === '3D000') return 'the database does not exist (create it, or fix its name in DATABASE_URL)'
  return (error as Error).message ?? String(error)
}
