import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { practices } from '../tables.js'
import { practiceImports } from './tables.js'

export type PracticeImport = typeof practiceImports.$inferSelect

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function findPracticeImport(db: Db, importId: string): Promise<PracticeImport | undefined> {
  if (!UUID.test(importId)) return undefined
  const [row] = await db.select().from(practiceImports).where(eq(practiceImports.id, importId))
  return row
}

/** The practices an import created that still exist, in title order, for its report. */
export async function listImportedPractices(
  db: Db,
  ids: readonly string[],
): Promise<{ slug: string; title: string; publicationStatus: string }[]> {
  if (ids.length === 0) return []
  return db
    .select({ slug: practices.slug, title: practices.title, publicationStatus: practices.publicationStatus })
    .from(practices)
    .where(inArray(practices.id, [...ids]))
    .orderBy(asc(practices.title))
}
