import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { type AuditEvent, auditEvents } from './tables.js'

/** "<area>.<what happened>", lower case, e.g. "account.signed_in", "call.submission_selected". */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/

/**
 * The actor label of a person who deleted their account: their events stay, without their name or
 * address. The audit page shows it translated.
 */
export const FORMER_MEMBER_LABEL = 'a former member'

export interface AuditEventInput {
  action: string
  /** The account that acted; null or absent for the system or an anonymous visitor. */
  actorId?: string | null
  /** Who acted, as a person would recognise them (an e-mail address, "system"): kept after the account is gone. */
  actorLabel: string
  subjectType?: string | null
  subjectId?: string | null
  organisationId?: string | null
  ip?: string | null
  /** What an investigator needs (which fields changed, which role), never secrets or passwords. */
  details?: Record<string, unknown>
  /** Defaults to the database's clock. */
  occurredAt?: Date
}

const optionalText = z.string().trim().min(1).max(500).nullish()

const AuditEventSchema = z.object({
  action: z.string().regex(AUDIT_ACTION_PATTERN, 'An audit action looks like "account.signed_in"').max(100),
  actorId: optionalText,
  actorLabel: z.string().trim().min(1).max(500),
  subjectType: optionalText,
  subjectId: optionalText,
  organisationId: optionalText,
  ip: z.string().trim().max(100).nullish(),
  details: z.record(z.string(), z.unknown()).default({}),
  occurredAt: z.date().optional(),
})

/**
 * Adds an event to the audit log. Pass the transaction of the change it records, so the log and
 * the change commit, or roll back, together. A malformed event is a programming error and throws.
 * @example
 * await db.transaction(async (tx) => {
 *   await grantRole(tx, user, 'editor')
 *   await recordAudit(tx, { action: 'role.granted', actorId: admin.id, actorLabel: admin.email,
 *     subjectType: 'user', subjectId: user.id, ip: c.var.clientIp, details: { role: 'editor' } })
 * })
 */
export async function recordAudit(db: Db, event: AuditEventInput): Promise<AuditEvent> {
  const valid = AuditEventSchema.parse(event)
  const [row] = await db
    .insert(auditEvents)
    .values({
      action: valid.action,
      actorId: valid.actorId ?? null,
      actorLabel: valid.actorLabel,
      subjectType: valid.subjectType ?? null,
      subjectId: valid.subjectId ?? null,
      organisationId: valid.organisationId ?? null,
      ip: valid.ip || null,
      details: valid.details,
      ...(valid.occurredAt ? { occurredAt: valid.occurredAt } : {}),
    })
    .returning()
  return row!
}
