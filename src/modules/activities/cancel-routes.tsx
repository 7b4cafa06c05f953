import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import type { Db } from '../../db/client.js'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { formatTimeRange } from '../../platform/time/zoned-time.js'
import { isValidCancelToken, mailLinksFrom } from './notify.js'
import { cancelRegistration } from './registration.js'
import { activities, activityRegistrations } from './tables.js'
import { CancelPage } from './views/cancel-page.js'

/** GET|POST /registrations/:id/cancel?token=…: the signed link from the mails, no sign-in needed. */
export const cancelRoutes = new Hono<AppEnv>()

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function findForToken(db: Db, id: string) {
  if (!uuidPattern.test(id)) return undefined
  const [row] = await db
    .select({ registration: activityRegistrations, activity: activities })
    .from(activityRegistrations)
    .innerJoin(activities, eq(activities.id, activityRegistrations.activityId))
    .where(eq(activityRegistrations.id, id))
  return row
}

cancelRoutes.get('/registrations/:id/cancel', async (c) => {
  const ctx = c.var.pageContext()
  const token = c.req.query('token') ?? ''
  const found = await findForToken(c.var.db, c.req.param('id'))
  const usable =
    found &&
    isValidCancelToken(c.var.config.sessionSecret, found.registration.id, token) &&
    found.registration.status !== 'cancelled' &&
    found.activity.startsAt > ctx.now
  if (!usable) return renderPage(c, <CancelPage ctx={ctx} state="invalid" />, 404)
  return renderPage(
    c,
    <CancelPage
      ctx={ctx}
      state="confirm"
      title={found.activity.title}
      when={formatTimeRange(ctx.locale, found.activity.startsAt, found.activity.endsAt, found.activity.timeZone)}
      waitlisted={found.registration.status === 'waitlisted'}
      action={`/${ctx.locale}/activities/registrations/${found.registration.id}/cancel?token=${encodeURIComponent(token)}`}
    />,
  )
})

cancelRoutes.post('/registrations/:id/cancel', async (c) => {
  const ctx = c.var.pageContext()
  const found = await findForToken(c.var.db, c.req.param('id'))
  if (!found) return renderPage(c, <CancelPage ctx={ctx} state="invalid" />, 404)
  const result = await cancelRegistration(c.var.db, mailLinksFrom(c.var.config), {
    registrationId: found.registration.id,
    by: { token: c.req.query('token') ?? '' },
    now: c.var.now(),
  })
  if (!result.ok) return renderPage(c, <CancelPage ctx={ctx} state="invalid" />, 404)
  return renderPage(c, <CancelPage ctx={ctx} state="done" title={found.activity.title} />)
})
