import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { formatDateTime } from '../../platform/i18n/format.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { findMailRecipient, listExperts } from '../accounts/index.js'
import { findActivityFromCallApplication } from '../activities/index.js'
import { findResponse, getVersion } from '../questionnaires/index.js'
import {
  findApplicationRound,
  listApplicationIdsInRound,
  listPendingReviews,
  loadDashboard,
  loadDashboardSummary,
} from './dashboard.js'
import { decideApplication, releaseOutcomes } from './decisions.js'
import { assignExpert, autoAssign, forwardApplication, unassignExpert } from './evaluation.js'
import { applicationsSheet, scoresSheet, toCsv, toXlsx } from './exports.js'
import { reviewReminderMail } from './mail.js'
import { conflictPairs, listPanelIds, setPanel } from './panel.js'
import { canManageCalls } from './policy.js'
import { getCallBySlug } from './queries.js'
import { listReviewsOfApplication } from './reviews.js'
import { type Call, DECISIONS, type Decision, ROUNDS, type Round } from './tables.js'
import { DashboardPage } from './views/dashboard-page.js'
import { EditorApplicationPage } from './views/editor-application-page.js'

/** The editors' evaluation pages under /:slug/applications. */
export const evaluationRoutes = new Hono<AppEnv>()

async function managedCall(c: Context<AppEnv>): Promise<Call> {
  if (!canManageCalls(c.var.actor)) throw new ForbiddenError()
  return getCallBySlug(c.var.db, c.req.param('slug') ?? '')
}

function roundFrom(value: unknown): Round {
  return (ROUNDS as readonly unknown[]).includes(value) ? (value as Round) : 'eligibility'
}

async function renderDashboard(
  c: Context<AppEnv>,
  call: Call,
  notice?: string,
  errors?: { field: string; message: string }[],
) {
  const ctx = c.var.pageContext()
  const round = roundFrom(c.req.query('round'))
  const page = Number(c.req.query('page') ?? '1')
  const [dashboard, summary, pool, panel] = await Promise.all([
    loadDashboard(c.var.db, call, ctx.now, { round, page: Number.isFinite(page) ? page : 1 }),
    loadDashboardSummary(c.var.db, call, round, ctx.now),
    listExperts(c.var.db, c.var.actor, ctx.now),
    listPanelIds(c.var.db, call.id, round),
  ])
  return renderPage(
    c,
    <DashboardPage
      ctx={ctx}
      call={call}
      dashboard={dashboard}
      summary={summary}
      pool={pool.experts.map(({ id, name }) => ({ id, name }))}
      panel={panel}
      notice={notice}
      errors={errors}
    />,
    errors ? 409 : 200,
  )
}

const NOTICES = ['panel', 'forwarded', 'assigned', 'reminded', 'released']

evaluationRoutes.get('/:slug/applications', async (c) => {
  const call = await managedCall(c)
  const done = c.req.query('done')
  return renderDashboard(c, call, done && NOTICES.includes(done) ? done : undefined)
})

const dashboardHref = (c: Context<AppEnv>, call: Call, round: Round, done: string) =>
  `/${c.var.locale}/calls/${call.slug}/applications?round=${round}&done=${done}`

evaluationRoutes.post('/:slug/applications/panel', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody({ all: true })
  const round = roundFrom(body.round)
  const chosen = ([] as unknown[])
    .concat(body.experts ?? body['experts[]'] ?? [])
    .filter((v): v is string => typeof v === 'string')
  const pool = new Set((await listExperts(c.var.db, c.var.actor, c.var.now())).experts.map((expert) => expert.id))
  await setPanel(
    c.var.db,
    c.var.actor,
    call.id,
    round,
    chosen.filter((id) => pool.has(id)),
  )
  return c.redirect(dashboardHref(c, call, round, 'panel'), 303)
})

evaluationRoutes.post('/:slug/applications/actions', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody()
  const now = c.var.now()
  const round = roundFrom(body.round)
  switch (body.action) {
    case 'forward-all': {
      const next = ROUNDS[ROUNDS.indexOf(round) + 1]
      if (next)
        for (const id of await listApplicationIdsInRound(c.var.db, call.id, round))
          await forwardApplication(c.var.db, c.var.actor, id, next)
      return c.redirect(dashboardHref(c, call, next ?? round, 'forwarded'), 303)
    }
    case 'assign':
      await autoAssign(c.var.db, c.var.actor, call, now, round)
      return c.redirect(dashboardHref(c, call, round, 'assigned'), 303)
    case 'remind': {
      const byExpert = new Map<string, { count: number; due: Date | null }>()
      for (const review of await listPendingReviews(c.var.db, call.id)) {
        const entry = byExpert.get(review.expertId) ?? { count: 0, due: null }
        entry.count += 1
        if (review.dueAt && (!entry.due || review.dueAt < entry.due)) entry.due = review.dueAt
        byExpert.set(review.expertId, entry)
      }
      for (const [expertId, entry] of byExpert) {
        const recipient = await findMailRecipient(c.var.db, expertId)
        if (!recipient) continue
        const locale = isLocale(recipient.locale) ? recipient.locale : 'en'
        await queueTemplatedMail(c.var.db, {
          to: recipient.email,
          locale,
          template: reviewReminderMail,
          data: {
            name: recipient.name,
            title: call.title,
            count: entry.count,
            due: entry.due ? formatDateTime(locale, entry.due, call.timeZone) : '—',
            pageUrl: `${c.var.config.http.baseUrl}/${locale}/calls/reviews`,
          },
        })
      }
      return c.redirect(dashboardHref(c, call, round, 'reminded'), 303)
    }
    case 'release':
      await releaseOutcomes(c.var.db, c.var.config, c.var.actor, call, now)
      return c.redirect(dashboardHref(c, call, round, 'released'), 303)
    default:
      return c.redirect(`/${c.var.locale}/calls/${call.slug}/applications?round=${round}`, 303)
  }
})

/** Every application that reached the round given (`?round=`, eligibility by default: all of them). */
async function exportRows(c: Context<AppEnv>) {
  const call = await managedCall(c)
  const round = roundFrom(c.req.query('round'))
  return { call, round, rows: (await loadDashboard(c.var.db, call, c.var.now(), { round, pageSize: null })).rows }
}

function download(c: Context<AppEnv>, body: string | Uint8Array, type: string, name: string) {
  return c.body(body as never, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  })
}

evaluationRoutes.get('/:slug/applications.csv', async (c) => {
  const { call, rows } = await exportRows(c)
  const sheet = await applicationsSheet(c.var.db, rows, c.var.t)
  return download(c, toCsv(sheet), 'text/csv; charset=utf-8', `${call.slug}-applications.csv`)
})

evaluationRoutes.get('/:slug/applications.xlsx', async (c) => {
  const { call, round, rows } = await exportRows(c)
  const sheets = [
    await applicationsSheet(c.var.db, rows, c.var.t),
    await scoresSheet(c.var.db, call, round, rows, c.var.t),
  ]
  return download(
    c,
    await toXlsx(sheets),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    `${call.slug}-applications.xlsx`,
  )
})

evaluationRoutes.get('/:slug/applications/scores.csv', async (c) => {
  const { call, round, rows } = await exportRows(c)
  return download(
    c,
    toCsv(await scoresSheet(c.var.db, call, round, rows, c.var.t)),
    'text/csv; charset=utf-8',
    `${call.slug}-scores.csv`,
  )
})

async function renderApplication(
  c: Context<AppEnv>,
  call: Call,
  options: { values?: Record<string, string>; errors?: { field: string; message: string }[] } = {},
) {
  const ctx = c.var.pageContext()
  const id = c.req.param('id') ?? ''
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('application')
  // The application's row as the dashboard shows it, in the round it is in now (one row, not the call's).
  const round = await findApplicationRound(c.var.db, call.id, id)
  if (!round) throw new NotFoundError('application')
  const { rows } = await loadDashboard(c.var.db, call, ctx.now, { round, applicationId: id })
  const row = rows[0]
  if (!row) throw new NotFoundError('application')
  const response = await findResponse(c.var.db, row.application.responseId)
  if (!response) throw new NotFoundError('application')
  const [version, panel, pool, conflicts, reviews, madeActivity] = await Promise.all([
    getVersion(c.var.db, response.versionId),
    listPanelIds(c.var.db, call.id, row.application.round),
    listExperts(c.var.db, c.var.actor, ctx.now),
    conflictPairs(c.var.db, [row.application.id]),
    listReviewsOfApplication(c.var.db, row.application.id),
    findActivityFromCallApplication(c.var.db, row.application.id),
  ])
  const experts = pool.experts.filter(
    (expert) => panel.includes(expert.id) || reviews.some((review) => review.expertId === expert.id),
  )
  const conflicted = new Set(
    experts.filter((expert) => conflicts.has(`${row.application.id}:${expert.id}`)).map((expert) => expert.id),
  )
  return renderPage(
    c,
    <EditorApplicationPage
      ctx={ctx}
      call={call}
      row={row}
      reviews={reviews}
      response={response}
      version={version}
      experts={experts.map(({ id, name }) => ({ id, name }))}
      assignable={panel}
      conflicted={conflicted}
      madeActivity={madeActivity}
      values={options.values}
      errors={options.errors}
    />,
    options.errors ? 409 : 200,
  )
}

evaluationRoutes.get('/:slug/applications/:id', async (c) => renderApplication(c, await managedCall(c)))

const back = (c: Context<AppEnv>, call: Call) =>
  c.redirect(`/${c.var.locale}/calls/${call.slug}/applications/${c.req.param('id')}`, 303)

evaluationRoutes.post('/:slug/applications/:id/assign', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody()
  const expertId = typeof body.expertId === 'string' ? body.expertId : ''
  const result = await assignExpert(
    c.var.db,
    c.var.actor,
    { call, applicationId: c.req.param('id'), expertId },
    c.var.now(),
  )
  if (!result.ok)
    return renderApplication(c, call, {
      values: { expertId },
      errors: [{ field: 'expertId', message: c.var.t(`calls.assign.${result.reason}`) }],
    })
  return back(c, call)
})

evaluationRoutes.post('/:slug/applications/:id/unassign', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody()
  if (typeof body.reviewId === 'string') await unassignExpert(c.var.db, c.var.actor, body.reviewId)
  return back(c, call)
})

evaluationRoutes.post('/:slug/applications/:id/forward', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody()
  if ((ROUNDS as readonly unknown[]).includes(body.round))
    await forwardApplication(c.var.db, c.var.actor, c.req.param('id'), body.round as Round)
  return back(c, call)
})

evaluationRoutes.post('/:slug/applications/:id/decide', async (c) => {
  const call = await managedCall(c)
  const body = await c.req.parseBody()
  const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 2000) : ''
  const values = { decision: typeof body.decision === 'string' ? body.decision : '', reason }
  if (!(DECISIONS as readonly unknown[]).includes(body.decision))
    return renderApplication(c, call, {
      values,
      errors: [{ field: 'decision', message: c.var.t('calls.decide.missing') }],
    })
  const result = await decideApplication(c.var.db, c.var.actor, {
    applicationId: c.req.param('id'),
    decision: body.decision as Decision,
    reason,
  })
  if (!result.ok)
    return renderApplication(c, call, {
      values,
      errors: [{ field: 'decision', message: c.var.t(`calls.decide.${result.reason}`) }],
    })
  return back(c, call)
})
