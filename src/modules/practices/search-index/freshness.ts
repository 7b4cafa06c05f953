import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { PracticeIndex } from './index-data.js'
import { loadAllPractices, loadPractices } from './load.js'

/** More changed practices than this at once (a bulk import): reload everything instead. */
const RELOAD_ABOVE = 20_000
/** Log rows older than this are deleted; an instance silent for half of it reloads everything. */
const LOG_KEPT_MS = 60 * 60_000
const PRUNE_EVERY_MS = 10 * 60_000

interface Loaded {
  index: PracticeIndex
  /** The highest change-log version whose practices the index reflects. */
  watermark: string
  syncedAt: number
}

/**
 * One index per database handle (one per app instance), kept in step with the change log that
 * migration 0011's triggers write: before each search, one indexed `max(version)` tells whether
 * anything changed, and only the changed practices are read again.
 */
class IndexHolder {
  private loaded: Promise<Loaded> | null = null
  private running: Promise<Loaded> | null = null
  private queued: Promise<Loaded> | null = null
  private prunedAt = Date.now()

  constructor(private readonly db: Db) {}

  /** The index as of a moment after this call: a change committed before it is in. */
  fresh(): Promise<PracticeIndex> {
    return this.sync().then((loaded) => loaded.index)
  }

  private sync(): Promise<Loaded> {
    if (!this.running) {
      this.running = this.check().finally(() => {
        this.running = null
      })
      return this.running
    }
    // A check already under way may have started before the caller's change: wait for the next one.
    this.queued ??= this.running.then(
      () => this.next(),
      () => this.next(),
    )
    return this.queued
  }

  private next(): Promise<Loaded> {
    this.queued = null
    return this.sync()
  }

  private async check(): Promise<Loaded> {
    if (!this.loaded) {
      this.loaded = build(this.db)
      this.loaded.catch(() => {
        this.loaded = null
      })
      return this.loaded
    }
    const current = await this.loaded
    const version = await latestVersion(this.db)
    const now = Date.now()
    if (version === current.watermark) {
      current.syncedAt = now
      return current
    }
    if (now - current.syncedAt > LOG_KEPT_MS / 2) return this.reload()
    const { rows } = await this.db.execute<{ id: string }>(
      sql`select distinct practice_id::text as id from practice_changes where version > ${current.watermark}::bigint`,
    )
    if (rows.length > RELOAD_ABOVE) return this.reload()
    const ids = rows.map((row) => row.id)
    const found = new Map((await loadPractices(this.db, ids)).map((practice) => [practice.id, practice]))
    current.index.apply(ids.map((id) => ({ id, practice: found.get(id) ?? null })))
    current.watermark = version
    current.syncedAt = now
    if (now - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = now
      await this.db.execute(
        sql`delete from practice_changes where changed_at < now() - make_interval(secs => ${LOG_KEPT_MS / 1000})`,
      )
    }
    return current
  }

  private async reload(): Promise<Loaded> {
    const loaded = await build(this.db)
    this.loaded = Promise.resolve(loaded)
    return loaded
  }
}

async function latestVersion(db: Db): Promise<string> {
  const { rows } = await db.execute<{ version: string }>(
    sql`select coalesce(max(version), 0)::text as version from practice_changes`,
  )
  return rows[0]!.version
}

async function build(db: Db): Promise<Loaded> {
  // The watermark first: a change committed while loading is read again at the next check.
  const watermark = await latestVersion(db)
  const index = new PracticeIndex()
  for await (const chunk of loadAllPractices(db))
    index.apply(
      chunk.map((practice) => ({ id: practice.id, practice })),
      false,
    )
  index.compact()
  return { index, watermark, syncedAt: Date.now() }
}

const holders = new WeakMap<Db, IndexHolder>()

/** The search index of this database handle, brought up to date with the database. */
export function freshPracticeIndex(db: Db): Promise<PracticeIndex> {
  let holder = holders.get(db)
  if (!holder) {
    holder = new IndexHolder(db)
    holders.set(db, holder)
  }
  return holder.fresh()
}
