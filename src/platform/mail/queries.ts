import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../http/errors.js'
import { type MailStatus, mailOutbox, type OutboxMessage } from './tables.js'

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const satisfies readonly MailStatus[]

export interface OutboxFilter {
  status?: MailStatus
  /** All or part of the recipient's address, any case. */
  to?: string
  /** From 1. */
  page: number
  pageSize?: number
}

export type OutboxSummary = Pick<
  OutboxMessage,
  'id' | 'toAddress' | 'subject' | 'status' | 'kind' | 'attempts' | 'createdAt' | 'sentAt' | 'lastError'
>

export interface OutboxPage {
  messages: OutboxSummary[]
  total: number
  page: number
  pageCount: number
}

export const OUTBOX_PAGE_SIZE = 50

/** The outbox newest first, without the bodies, filtered by status and recipient. */
export async function listOutbox(db: Db, filter: OutboxFilter): Promise<OutboxPage> {
  const pageSize = filter.pageSize ?? OUTBOX_PAGE_SIZE
  const conditions: SQL[] = []
  if (filter.status) conditions.push(eq(mailOutbox.status, filter.status))
  if (filter.to) conditions.push(ilike(mailOutbox.toAddress, `%${escapeLike(filter.to)}%`))
  const where = conditions.length > 0 ? and(...conditions) : undefined
  const [counted] = await db.select({ total: count() }).from(mailOutbox).where(where)
  const total = counted?.total ?? 0
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(1, Math.floor(filter.page) || 1), pageCount)
  const messages = await db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      kind: mailOutbox.kind,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { messages, total, page, pageCount }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function findOutboxMessage(db: Db, id: string): Promise<OutboxMessage | undefined> {
  // A malformed id is simply not found; PostgreSQL would reject it with an error instead.
  if (!uuidPattern.test(id)) return undefined
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id))
  return row
}

export async function getOutboxMessage(db: Db, id: string): Promise<OutboxMessage> {
  const message = await findOutboxMessage(db, id)
  if (!message) throw new NotFoundError('mail')
  return message
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
