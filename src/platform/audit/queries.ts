import { and, count, desc, eq, gte, ilike, like, lt, or, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { type AuditEvent, auditEvents } from './tables.js'

export interface AuditFilter {
  /** An action ("account.signed_in"), or its leading part ("account") for every action below it. */
  action?: string
  /** An account id, or all or part of the actor's label (any case). */
  actor?: string
  subjectType?: string
  subjectId?: string
  organisationId?: string
  /** Events at or after this instant. */
  from?: Date
  /** Events before this instant. */
  to?: Date
  /** From 1. */
  page: number
  pageSize?: number
}

export interface AuditPage {
  events: AuditEvent[]
  total: number
  page: number
  pageCount: number
}

export const AUDIT_PAGE_SIZE = 50

/** The audit log newest first, filtered; an empty filter lists everything. */
export async function listAuditEvents(db: Db, filter: AuditFilter): Promise<AuditPage> {
  const pageSize = filter.pageSize ?? AUDIT_PAGE_SIZE
  const conditions: SQL[] = []
  if (filter.action) {
    conditions.push(
      or(eq(auditEvents.action, filter.action), like(auditEvents.action, `${escapeLike(filter.action)}.%`))!,
    )
  }
  if (filter.actor) {
    conditions.push(
      or(eq(auditEvents.actorId, filter.actor), ilike(auditEvents.actorLabel, `%${escapeLike(filter.actor)}%`))!,
    )
  }
  if (filter.subjectType) conditions.push(eq(auditEvents.subjectType, filter.subjectType))
  if (filter.subjectId) conditions.push(eq(auditEvents.subjectId, filter.subjectId))
  if (filter.organisationId) conditions.push(eq(auditEvents.organisationId, filter.organisationId))
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from))
  if (filter.to) conditions.push(lt(auditEvents.occurredAt, filter.to))
  const where = conditions.length > 0 ? and(...conditions) : undefined

  const [counted] = await db.select({ total: count() }).from(auditEvents).where(where)
  const total = counted?.total ?? 0
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(1, Math.floor(filter.page) || 1), pageCount)
  const events = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { events, total, page, pageCount }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
