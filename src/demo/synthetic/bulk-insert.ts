import { getTableColumns } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.js'

// The PostgreSQL protocol numbers bind parameters with 16 bits: one statement takes at most 65,535.
const MAX_PARAMETERS = 65_535

/**
 * Inserts rows as multi-row INSERTs of up to `batchSize` rows (fewer for wide tables), which is
 * what makes 100,000 rows take seconds rather than minutes. Call it inside a transaction.
 */
export async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: Iterable<T['$inferInsert']>,
  batchSize = 1000,
): Promise<number> {
  const columnCount = Object.keys(getTableColumns(table)).length
  const size = Math.max(1, Math.min(batchSize, Math.floor(MAX_PARAMETERS / columnCount)))
  let batch: T['$inferInsert'][] = []
  let written = 0
  for (const row of rows) {
    batch.push(row)
    if (batch.length === size) {
      await db.insert(table).values(batch)
      written += batch.length
      batch = []
    }
  }
  if (batch.length > 0) {
    await db.insert(table).values(batch)
    written += batch.length
  }
  return written
}
