import { type Context, Hono } from 'hono'
import { parseForm } from '../forms/parse-form.js'
import type { AppEnv } from '../http/env.js'
import { renderPage } from '../http/render.js'
import { localHref } from '../ui/page-context.js'
import { getOutboxMessage, listOutbox, MAIL_STATUSES } from './queries.js'
import { queueTemplatedMail, retryMail } from './queue.js'
import type { MailStatus } from './tables.js'
import { TestMailForm, testMail } from './test-mail.js'
import { OutboxMessagePage } from './views/outbox-message-page.js'
import { OutboxPage } from './views/outbox-page.js'

/**
 * Decides whether the request may see an admin page: throws ForbiddenError (or NotFoundError) to
 * refuse, or returns a Response (e.g. a redirect to sign in) to answer instead.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most checks only throw, and a function that returns nothing is typed void.
export type Authorize = (c: Context<AppEnv>) => void | Response | Promise<void | Response>

export interface AdminRoutesOptions {
  authorize: Authorize
  /** Where the routes are mounted below the locale; the pages link within it. */
  basePath?: string
}

/**
 * GET / (list, filters in the query) · POST /test (queue a test e-mail) · GET /:id (one e-mail) ·
 * POST /:id/retry. Mount below the locale: `localized.route('/admin/outbox', outboxRoutes({ authorize }))`.
 */
export function outboxRoutes({ authorize, basePath = '/admin/outbox' }: AdminRoutesOptions) {
  const routes = new Hono<AppEnv>()

  routes.use('*', async (c, next) => {
    const answer = await authorize(c)
    if (answer instanceof Response) return answer
    // Mail holds personal data and live sign-in links: never kept by a browser or shared cache.
    c.header('Cache-Control', 'private, no-store')
    await next()
  })

  const listPage = async (c: Context<AppEnv>, testForm?: Parameters<typeof OutboxPage>[0]['testForm']) => {
    const query = c.req.query()
    const filter = {
      status: MAIL_STATUSES.includes(query.status as MailStatus) ? (query.status as MailStatus) : undefined,
      to: query.to?.trim().slice(0, 254) || undefined,
    }
    const outbox = await listOutbox(c.var.db, { ...filter, page: Number(query.page) || 1 })
    return (
      <OutboxPage
        ctx={c.var.pageContext()}
        basePath={basePath}
        outbox={outbox}
        filter={filter}
        smtpConfigured={Boolean(c.var.config.mail.smtpUrl)}
        testForm={testForm}
      />
    )
  }

  routes.get('/', async (c) => renderPage(c, await listPage(c)))

  routes.post('/test', async (c) => {
    const form = parseForm(TestMailForm(c.var.t), await c.req.parseBody(), { t: c.var.t })
    if (!form.ok) return renderPage(c, await listPage(c, { values: form.values, errors: form.errors }), 422)
    const message = await queueTemplatedMail(c.var.db, {
      to: form.data.recipient,
      locale: c.var.locale,
      template: testMail,
      data: { siteUrl: c.var.config.http.baseUrl },
    })
    return c.redirect(`${localHref(c.var, basePath)}/${message.id}?notice=queued`, 303)
  })

  routes.get('/:id', async (c) => {
    const message = await getOutboxMessage(c.var.db, c.req.param('id'))
    const notice = c.req.query('notice')
    return renderPage(
      c,
      <OutboxMessagePage
        ctx={c.var.pageContext()}
        basePath={basePath}
        message={message}
        smtpConfigured={Boolean(c.var.config.mail.smtpUrl)}
        notice={notice === 'queued' || notice === 'retried' || notice === 'cannot-retry' ? notice : undefined}
      />,
    )
  })

  routes.post('/:id/retry', async (c) => {
    const id = c.req.param('id')
    const result = await retryMail(c.var.db, id, c.var.now())
    const notice = result.ok ? 'retried' : 'cannot-retry'
    return c.redirect(`${localHref(c.var, basePath)}/${id}?notice=${notice}`, 303)
  })

  return routes
}
