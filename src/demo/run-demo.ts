import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.js'
import type { StoaModule } from '../platform/module.js'
import { demoParts } from './tables.js'

const DEMO_LOCK_KEY = 7_346_190_222

/**
 * Writes each module's demo part that this database has not had yet, each in one transaction
 * with its record in demo_parts, so a crash mid-way leaves no half-seeded part behind.
 * The transaction-level advisory lock keeps two instances starting together from seeding twice.
 */
export async function seedDemo(db: Db, modules: StoaModule[], today: Date): Promise<string[]> {
  const seeded: string[] = []
  for (const module of modules) {
    const part = module.demo
    if (!part) continue
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`)
      const inserted = await tx.insert(demoParts).values({ name: part.name }).onConflictDoNothing().returning()
      if (inserted.length === 0) return false
      await part.seed(tx as unknown as Db, { today })
      return true
    })
    if (done) seeded.push(part.name)
  }
  return seeded
}
