import { type Context, Hono } from 'hono'
import type { AppEnv } from '../http/env.js'
import { renderPage } from '../http/render.js'
import { parseAuditFilter } from './filter.js'
import { listAuditEvents } from './queries.js'
import { AuditLogPage } from './views/audit-log-page.js'

export interface AuditRoutesOptions {
  /**
   * Throws ForbiddenError (or NotFoundError) to refuse the request, or returns a Response (e.g. a
   * redirect to sign in) to answer instead; the same check as the outbox's.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most checks only throw, and a function that returns nothing is typed void.
  authorize: (c: Context<AppEnv>) => void | Response | Promise<void | Response>
  /** Where the routes are mounted below the locale; the pages link within it. */
  basePath?: string
}

/**
 * GET / : the audit log, newest first, every filter in the query string so a view can be shared.
 * Read-only: nothing in the log can be changed or deleted from the web.
 * Mount below the locale: `localized.route('/admin/audit', auditRoutes({ authorize }))`.
 */
export function auditRoutes({ authorize, basePath = '/admin/audit' }: AuditRoutesOptions) {
  const routes = new Hono<AppEnv>()

  routes.use('*', async (c, next) => {
    const answer = await authorize(c)
    if (answer instanceof Response) return answer
    c.header('Cache-Control', 'private, no-store')
    await next()
  })

  routes.get('/', async (c) => {
    const ctx = c.var.pageContext()
    const query = c.req.query()
    const parsed = parseAuditFilter(query, c.var.t, ctx.timeZone)
    if (!parsed.ok) {
      return renderPage(
        c,
        <AuditLogPage ctx={ctx} basePath={basePath} values={parsed.values} errors={parsed.errors} />,
        400,
      )
    }
    const log = await listAuditEvents(c.var.db, { ...parsed.filter, page: Number(query.page) || 1 })
    return renderPage(c, <AuditLogPage ctx={ctx} basePath={basePath} values={parsed.values} log={log} />)
  })

  return routes
}
