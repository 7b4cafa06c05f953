import { and, asc, count, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { MethodFilter } from './filter.js'
import { methodResources, methods, type ResourceKind } from './tables.js'

export type Method = typeof methods.$inferSelect
export type MethodResource = typeof methodResources.$inferSelect
export type ResourceCounts = Record<ResourceKind, number>

const noResources = (): ResourceCounts => ({ template: 0, example: 0, contact: 0 })

/** Every word must appear in the public texts (never in member resources). */
function wordConditions(query: string): SQL[] {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 8)
  const text = sql`concat_ws(' ', ${methods.name}, ${methods.summary}, ${methods.whatItIs}, ${methods.whenToUse})`
  return words.map((word) => ilike(text, `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`))
}

function filterConditions(filter: MethodFilter): SQL[] {
  const conditions: SQL[] = wordConditions(filter.q)
  if (filter.formats.length > 0) conditions.push(or(...filter.formats.map((format) => eq(methods.format, format)))!)
  if (filter.efforts.length > 0) conditions.push(or(...filter.efforts.map((effort) => eq(methods.effort, effort)))!)
  // A group of N people fits methods made for N.
  if (filter.groupSize !== null)
    conditions.push(lte(methods.groupMin, filter.groupSize), gte(methods.groupMax, filter.groupSize))
  return conditions
}

/** Every method matching the filter, by name. The catalogue is small: no pagination. */
export async function listMethods(db: Db, filter: MethodFilter): Promise<Method[]> {
  return db
    .select()
    .from(methods)
    .where(and(...filterConditions(filter)))
    .orderBy(asc(methods.name))
}

export async function findMethodBySlug(db: Db, slug: string): Promise<Method | undefined> {
  const [method] = await db.select().from(methods).where(eq(methods.slug, slug))
  return method
}

/** How many resources of each kind a method has: what visitors may know of them. */
export async function countResources(db: Db, methodIds: string[]): Promise<Map<string, ResourceCounts>> {
  const counts = new Map<string, ResourceCounts>(methodIds.map((id) => [id, noResources()]))
  if (methodIds.length === 0) return counts
  const rows = await db
    .select({ methodId: methodResources.methodId, kind: methodResources.kind, count: count() })
    .from(methodResources)
    .where(inArray(methodResources.methodId, methodIds))
    .groupBy(methodResources.methodId, methodResources.kind)
  for (const row of rows) {
    const entry = counts.get(row.methodId)
    if (entry) entry[row.kind] = Number(row.count)
  }
  return counts
}

/** The resources themselves: callers check `method.resources.read` first. */
export async function listResources(db: Db, methodId: string): Promise<MethodResource[]> {
  return db
    .select()
    .from(methodResources)
    .where(eq(methodResources.methodId, methodId))
    .orderBy(asc(methodResources.kind), asc(methodResources.createdAt))
}

export async function findResource(db: Db, methodId: string, resourceId: string): Promise<MethodResource | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(resourceId)) return undefined
  const [resource] = await db
    .select()
    .from(methodResources)
    .where(and(eq(methodResources.methodId, methodId), eq(methodResources.id, resourceId)))
  return resource
}

/** Methods whose public texts contain the words, for the site search. */
export async function searchMethods(db: Db, query: string, limit: number): Promise<{ total: number; items: Method[] }> {
  const conditions = wordConditions(query)
  if (conditions.length === 0) return { total: 0, items: [] }
  const where = and(...conditions)
  const [total] = await db.select({ count: count() }).from(methods).where(where)
  const items = await db.select().from(methods).where(where).orderBy(asc(methods.name)).limit(limit)
  return { total: Number(total?.count ?? 0), items }
}

export async function listMethodSlugs(db: Db) {
  return db.select({ slug: methods.slug, updatedAt: methods.updatedAt }).from(methods).orderBy(asc(methods.slug))
}
