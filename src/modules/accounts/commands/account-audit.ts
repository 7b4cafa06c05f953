import { recordAudit } from '../../../platform/audit/index.js'
import type { AuthRequest } from './auth-request.js'

export type AccountAuditAction =
  | 'account.signed_up'
  | 'account.verified'
  | 'account.signed_in'
  | 'account.sign_in_failed'
  | 'account.signed_out_everywhere'
  | 'account.password_reset'
  | 'account.password_changed'
  | 'account.email_change_requested'
  | 'account.email_changed'

/**
 * Writes an account event to the audit log. `person` is who it is about; for these events that is
 * also who acted (a failed sign-in has no one: the label keeps the address that was tried).
 */
export async function recordAccountEvent(
  request: Pick<AuthRequest, 'db' | 'ip'>,
  action: AccountAuditAction,
  person: { id: string; email: string } | { id?: undefined; email: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(request.db, {
    action,
    actorId: person.id ?? null,
    actorLabel: person.email,
    subjectType: person.id ? 'user' : null,
    subjectId: person.id ?? null,
    ip: request.ip,
    details,
  })
}
