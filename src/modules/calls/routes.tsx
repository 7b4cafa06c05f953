import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { can, listOrganisationsActorCanActFor } from '../accounts/index.js'
import { listApplicationsOf } from './applications.js'
import { applyRoutes } from './apply-routes.js'
import { awardEditorRoutes } from './awards/routes.js'
import { parseCallFilter } from './call-filter.js'
import { editorRoutes } from './editor-routes.js'
import { evaluationRoutes } from './evaluation-routes.js'
import { callsAtomFeed, deadlineCalendar } from './feeds.js'
import { canManageCalls, isExpert } from './policy.js'
import { getCallBySlug, listCalls, listNewestCalls } from './queries.js'
import { reviewRoutes } from './review-routes.js'
import type { Call } from './tables.js'
import { CallListPage } from './views/call-list-page.js'
import { CallPage, type CallViewer } from './views/call-page.js'

/** GET / · GET /feed.xml · GET /:slug · GET /:slug/deadline.ics, plus editors' and applicants' routes. */
export const callRoutes = new Hono<AppEnv>()

callRoutes.get('/', async (c) => {
  const ctx = c.var.pageContext()
  const filter = parseCallFilter(new URL(c.req.url).searchParams)
  const items = await listCalls(c.var.db, filter, ctx.now)
  return renderPage(
    c,
    <CallListPage
      ctx={ctx}
      filter={filter}
      items={items}
      canManage={canManageCalls(c.var.actor)}
      canReview={isExpert(c.var.actor)}
    />,
  )
})

callRoutes.get('/feed.xml', async (c) => {
  const xml = callsAtomFeed({
    calls: await listNewestCalls(c.var.db, 50),
    locale: c.var.locale,
    baseUrl: c.var.config.http.baseUrl,
    t: c.var.t,
  })
  return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
})

callRoutes.route('/', editorRoutes)
callRoutes.route('/', reviewRoutes)
callRoutes.route('/', applyRoutes)
callRoutes.route('/', evaluationRoutes)
callRoutes.route('/', awardEditorRoutes)

async function viewerFor(c: Context<AppEnv>, call: Call): Promise<CallViewer> {
  const actor = c.var.actor
  if (!actor)
    return { kind: 'visitor', signInHref: `/${c.var.locale}/sign-in?next=${encodeURIComponent(`/calls/${call.slug}`)}` }
  if (!can(actor, 'member.act')) return { kind: 'unverified' }
  const [organisations, applications] = await Promise.all([
    listOrganisationsActorCanActFor(c.var.db, actor),
    listApplicationsOf(c.var.db, actor.id, call.id),
  ])
  return {
    kind: 'member',
    organisations,
    applications: applications.map(({ application }) => ({
      id: application.id,
      reference: application.reference,
      status: application.status,
    })),
  }
}

export async function renderCall(
  c: Context<AppEnv>,
  call: Call,
  options: {
    values?: Record<string, string | string[]>
    errors?: { field: string; message: string }[]
    status?: 200 | 409 | 422
  } = {},
) {
  const ctx = c.var.pageContext()
  return renderPage(
    c,
    <CallPage
      ctx={ctx}
      call={call}
      viewer={await viewerFor(c, call)}
      canManage={canManageCalls(c.var.actor)}
      values={options.values}
      errors={options.errors}
    />,
    options.status ?? 200,
  )
}

callRoutes.get('/:slug', async (c) => renderCall(c, await getCallBySlug(c.var.db, c.req.param('slug'))))

callRoutes.get('/:slug/deadline.ics', async (c) => {
  const call = await getCallBySlug(c.var.db, c.req.param('slug'))
  const body = deadlineCalendar({
    call,
    url: `${c.var.config.http.baseUrl}/${c.var.locale}/calls/${call.slug}`,
    host: new URL(c.var.config.http.baseUrl).host,
    summary: c.var.t('calls.ics.summary', { title: call.title }),
  })
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${call.slug}.ics"`,
  })
})
