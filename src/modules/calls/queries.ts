import { and, asc, desc, eq, gt, ilike, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../../platform/http/errors.js'
import type { CallState } from './state.js'
import { type Call, type CallKind, calls } from './tables.js'

export interface CallFilter {
  state?: CallState
  kind?: CallKind
}

/** The SQL condition of a computed state at `now` (see state.ts). */
export function stateCondition(state: CallState, now: Date): SQL {
  const notMoved = and(isNull(calls.evaluationStartedAt), isNull(calls.decidedAt))!
  switch (state) {
    case 'decided':
      return isNotNull(calls.decidedAt)
    case 'under-evaluation':
      return and(isNotNull(calls.evaluationStartedAt), isNull(calls.decidedAt))!
    case 'upcoming':
      return and(notMoved, gt(calls.opensAt, now))!
    case 'open':
      return and(notMoved, lte(calls.opensAt, now), gt(calls.closesAt, now))!
    case 'closed':
      return and(notMoved, lte(calls.closesAt, now))!
  }
}

/** Calls matching the filter: open ones first by deadline, then the rest, newest first. */
export async function listCalls(db: Db, filter: CallFilter, now: Date, limit = 200): Promise<Call[]> {
  const conditions = [
    filter.state ? stateCondition(filter.state, now) : undefined,
    filter.kind ? eq(calls.kind, filter.kind) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined)
  return db
    .select()
    .from(calls)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(
      sql`case when ${calls.decidedAt} is null and ${calls.evaluationStartedAt} is null and ${calls.closesAt} > ${now} then 0 else 1 end`,
      sql`case when ${calls.closesAt} > ${now} then ${calls.closesAt} end asc`,
      desc(calls.closesAt),
    )
    .limit(limit)
}

export async function listOpenCalls(db: Db, now: Date, limit: number): Promise<Call[]> {
  return db.select().from(calls).where(stateCondition('open', now)).orderBy(asc(calls.closesAt)).limit(limit)
}

export async function listNewestCalls(db: Db, limit: number): Promise<Call[]> {
  return db.select().from(calls).orderBy(desc(calls.createdAt)).limit(limit)
}

export async function findCallBySlug(db: Db, slug: string): Promise<Call | undefined> {
  const [call] = await db.select().from(calls).where(eq(calls.slug, slug))
  return call
}

export async function getCallBySlug(db: Db, slug: string): Promise<Call> {
  const call = await findCallBySlug(db, slug)
  if (!call) throw new NotFoundError('call')
  return call
}

export async function getCallById(db: Db, id: string): Promise<Call> {
  const [call] = await db.select().from(calls).where(eq(calls.id, id))
  if (!call) throw new NotFoundError('call')
  return call
}

export async function listCallSlugs(db: Db) {
  return db.select({ slug: calls.slug, updatedAt: calls.updatedAt }).from(calls).orderBy(asc(calls.slug))
}

export async function searchCalls(db: Db, words: string, limit: number) {
  const pattern = `%${words.replace(/[\\%_]/g, (match) => `\\${match}`)}%`
  const where = or(ilike(calls.title, pattern), ilike(calls.description, pattern))
  const [rows, [count]] = await Promise.all([
    db.select().from(calls).where(where).orderBy(desc(calls.closesAt)).limit(limit),
    db.select({ total: sql<number>`count(*)::int` }).from(calls).where(where),
  ])
  return { items: rows, total: count?.total ?? 0 }
}
