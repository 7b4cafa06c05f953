import type { Context } from 'hono'
import { Hono } from 'hono'
import { auditMessages, auditRoutes } from '../../platform/audit/index.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import { mergeCatalogues } from '../../platform/i18n/catalogue.js'
import { mailMessages, outboxRoutes } from '../../platform/mail/index.js'
import { type Action, can } from './policy.js'
import { signInRedirect } from './sign-in-redirect.js'

/** The platform's admin pages (the mail outbox, the audit log), guarded by this module's policy. */
function requireAllowed(action: Action) {
  return (c: Context<AppEnv>) => {
    if (!c.var.actor) return signInRedirect(c)
    if (!can(c.var.actor, action)) throw new ForbiddenError()
  }
}

export const platformAdminRoutes = new Hono<AppEnv>()
platformAdminRoutes.route('/admin/outbox', outboxRoutes({ authorize: requireAllowed('outbox.read') }))
platformAdminRoutes.route('/admin/audit', auditRoutes({ authorize: requireAllowed('audit.read') }))

export const platformAdminMessages = mergeCatalogues(mailMessages, auditMessages)
