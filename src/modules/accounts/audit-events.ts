import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'

/** The security-relevant events of organisations, memberships, invitations, roles and profiles. */
export type AccountsAuditAction =
  | 'organisation.created'
  | 'organisation.updated'
  | 'organisation.verified'
  | 'organisation.merged'
  | 'membership.requested'
  | 'membership.approved'
  | 'membership.declined'
  | 'membership.left'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'role.granted'
  | 'role.revoked'
  | 'profile.updated'

export interface AccountsAuditEvent {
  action: AccountsAuditAction
  subject: { type: 'organisation' | 'user' | 'invitation'; id: string }
  organisationId?: string
  details?: Record<string, unknown>
}

/**
 * Records one event of this part of the module in the audit log, in the caller's transaction, so
 * the log and the change commit together. Who acted is kept by address too: the log outlives accounts.
 */
export async function recordAccountsEvent(
  db: Db,
  actor: Pick<Actor, 'id' | 'email'> | null,
  event: AccountsAuditEvent,
) {
  await recordAudit(db, {
    action: event.action,
    actorId: actor?.id ?? null,
    actorLabel: actor?.email ?? 'system',
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    organisationId: event.organisationId ?? null,
    details: event.details ?? {},
  })
}
