// The audit log other modules write to (recordAudit, inside the change's transaction) and the
// admin page that reads it.
export { auditMessages } from './audit-messages.js'
export { type AuditRoutesOptions, auditRoutes } from './audit-routes.js'
export { type AuditFilter, type AuditPage, listAuditEvents } from './queries.js'
export { AUDIT_ACTION_PATTERN, type AuditEventInput, FORMER_MEMBER_LABEL, recordAudit } from './record.js'
export { type AuditEvent, auditEvents } from './tables.js'
