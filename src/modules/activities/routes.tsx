import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError, FormValues } from '../../platform/forms/parse-form.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { can, listOrganisationsActorCanActFor } from '../accounts/index.js'
import { findParticipantsCall } from '../calls/index.js'
import { listPracticeCardsByIds } from '../practices/index.js'
import { applicationRoutes } from './application/application-routes.js'
import { canSelectParticipants } from './application/selection.js'
import { findAcceptedRegistration } from './application/travel.js'
import type { ApplicationPanelData } from './application/views/application-panel.js'
import { cancelRoutes } from './cancel-routes.js'
import { certificateRoutes } from './certificate/certificate-routes.js'
import { draftRoutes } from './draft-routes.js'
import { getVisibleActivityBySlug } from './drafts.js'
import { findFellowsView } from './fellows/fellows.js'
import { fellowsRoutes } from './fellows/fellows-routes.js'
import { parseActivityFilter } from './filter.js'
import { followUpStateFor } from './follow-up/follow-up.js'
import { followUpRoutes } from './follow-up/follow-up-routes.js'
import { RegistrationForm } from './forms.js'
import { activitiesCalendar } from './ics.js'
import { mailLinksFrom } from './notify.js'
import { organiseRoutes } from './organise/organise-routes.js'
import { canCreateActivities, canOrganise, canRegisterDelegation } from './policy.js'
import {
  type ActivityDetails,
  getSeriesBySlug,
  listActivities,
  listActivitiesBetween,
  listFilterOptions,
} from './queries.js'
import { cancelRegistration, findLiveRegistration, registerForActivity, waitlistPosition } from './registration.js'
import { seriesAtomFeed } from './series-feed.js'
import { ActivityListPage } from './views/activity-list-page.js'
import { type ActivityNotice, ActivityPage } from './views/activity-page.js'
import { CalendarPage, calendarMonth } from './views/calendar-page.js'
import type { Viewer } from './views/registration-panel.js'
import { SeriesPage } from './views/series-page.js'

/** GET / · GET /calendar.ics · GET /:slug · GET /:slug/calendar.ics · POST /:slug/register · POST /:slug/cancel */
export const activityRoutes = new Hono<AppEnv>()
activityRoutes.route('/', cancelRoutes)
activityRoutes.route('/', certificateRoutes)
activityRoutes.route('/', followUpRoutes)
activityRoutes.route('/', fellowsRoutes)
activityRoutes.route('/', organiseRoutes)
activityRoutes.route('/', applicationRoutes)
activityRoutes.route('/', draftRoutes)

export function calendarResponse(c: Context<AppEnv>, body: string, filename: string) {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  })
}

export function calendarEntries(
  c: Context<AppEnv>,
  activities: Parameters<typeof activitiesCalendar>[0]['entries'][number]['activity'][],
) {
  const base = `${c.var.config.http.baseUrl}/${c.var.locale}/activities`
  return activities.map((activity) => ({
    activity,
    url: `${base}/${activity.slug}`,
    onlineLabel: c.var.t('activities.calendar.online'),
  }))
}

activityRoutes.get('/', async (c) => {
  const ctx = c.var.pageContext()
  const filter = parseActivityFilter(new URL(c.req.url).searchParams)
  const [result, options] = await Promise.all([listActivities(c.var.db, filter, ctx.now), listFilterOptions(c.var.db)])
  return renderPage(
    c,
    <ActivityListPage
      ctx={ctx}
      filter={filter}
      result={result}
      options={options}
      canCreate={canCreateActivities(c.var.actor)}
    />,
  )
})

/** The list's iCal feed, with the list's filters: upcoming activities only, up to 500. */
activityRoutes.get('/calendar.ics', async (c) => {
  const filter = { ...parseActivityFilter(new URL(c.req.url).searchParams), when: 'upcoming' as const, page: 1 }
  const now = c.var.now()
  const { items } = await listActivities(c.var.db, filter, now, { limit: 500 })
  const body = activitiesCalendar({
    name: c.var.t('activities.list.feedTitle'),
    host: new URL(c.var.config.http.baseUrl).host,
    entries: calendarEntries(c, items),
    now,
  })
  return calendarResponse(c, body, 'activities.ics')
})

activityRoutes.get('/calendar', async (c) => {
  const ctx = c.var.pageContext()
  const month = calendarMonth(c.req.query('month'), ctx.now, ctx.timeZone)
  // A day either side, so activities near midnight in the site's zone are not missed.
  const from = new Date(Date.parse(`${month.month}-01T00:00:00Z`) - 24 * 3600_000)
  const to = new Date(Date.parse(`${month.next}-01T00:00:00Z`) + 24 * 3600_000)
  const activities = await listActivitiesBetween(c.var.db, from, to)
  return renderPage(c, <CalendarPage ctx={ctx} month={month} activities={activities} />)
})

activityRoutes.get('/series/:slug', async (c) => {
  const { series, episodes } = await getSeriesBySlug(c.var.db, c.req.param('slug'))
  return renderPage(c, <SeriesPage ctx={c.var.pageContext()} series={series} episodes={episodes} />)
})

activityRoutes.get('/series/:slug/calendar.ics', async (c) => {
  const { series, episodes } = await getSeriesBySlug(c.var.db, c.req.param('slug'))
  const body = activitiesCalendar({
    name: series.title,
    host: new URL(c.var.config.http.baseUrl).host,
    entries: calendarEntries(c, episodes),
    now: c.var.now(),
  })
  return calendarResponse(c, body, `${series.slug}.ics`)
})

activityRoutes.get('/series/:slug/feed.xml', async (c) => {
  const { series, episodes } = await getSeriesBySlug(c.var.db, c.req.param('slug'))
  const xml = seriesAtomFeed({ series, episodes, locale: c.var.locale, baseUrl: c.var.config.http.baseUrl, t: c.var.t })
  return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
})

async function viewerFor(c: Context<AppEnv>, details: ActivityDetails): Promise<Viewer> {
  const actor = c.var.actor
  if (!actor) {
    const next = `/activities/${details.activity.slug}`
    return { kind: 'visitor', signInHref: `/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}` }
  }
  if (!can(actor, 'member.act')) return { kind: 'unverified', organiser: canOrganise(actor, details.activity) }
  const [registration, organisations] = await Promise.all([
    findLiveRegistration(c.var.db, details.activity.id, actor.id),
    listOrganisationsActorCanActFor(c.var.db, actor),
  ])
  return {
    kind: 'member',
    organiser: canOrganise(actor, details.activity),
    registration: registration ?? null,
    position: registration ? await waitlistPosition(c.var.db, registration) : null,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    delegations: organisations
      .filter((organisation) => canRegisterDelegation(actor, organisation.id))
      .map(({ id, name }) => ({ id, name })),
  }
}

/** Application mode: the participants call and the viewer's accepted place, for the page's panel. */
async function applicationFor(c: Context<AppEnv>, details: ActivityDetails): Promise<ApplicationPanelData | undefined> {
  const { activity } = details
  if (activity.registrationMode !== 'application') return undefined
  const actor = c.var.actor
  const [call, accepted] = await Promise.all([
    activity.applicationCallId ? findParticipantsCall(c.var.db, activity.applicationCallId, c.var.now()) : undefined,
    actor ? findAcceptedRegistration(c.var.db, activity.id, actor.id) : undefined,
  ])
  return {
    call: call ?? null,
    accepted: accepted ?? null,
    canSelect: canSelectParticipants(actor),
    canSeeNeeds: canOrganise(actor, activity),
  }
}

async function renderActivity(
  c: Context<AppEnv>,
  details: ActivityDetails,
  options: { notice?: ActivityNotice; values?: FormValues; errors?: FormError[]; status?: 200 | 409 | 422 } = {},
) {
  const ctx = c.var.pageContext()
  const [viewer, practices, application, followUp, fellows] = await Promise.all([
    viewerFor(c, details),
    listPracticeCardsByIds(c.var.db, details.activity.practiceIds, ctx.locale),
    applicationFor(c, details),
    followUpStateFor(c.var.db, c.var.actor, details.activity, ctx.now),
    findFellowsView(c.var.db, c.var.actor, details.activity),
  ])
  return renderPage(
    c,
    <ActivityPage
      ctx={ctx}
      details={details}
      practices={practices}
      viewer={viewer}
      application={application}
      notice={options.notice}
      values={options.values}
      errors={options.errors}
      followUp={followUp.kind === 'none' ? undefined : followUp.kind}
      fellows={fellows}
    />,
    options.status ?? 200,
  )
}

activityRoutes.get('/:slug', async (c) => {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const done = c.req.query('done')
  const position = Number(c.req.query('position'))
  const notice: ActivityNotice | undefined =
    done === 'confirmed' || done === 'cancelled' || done === 'published'
      ? { kind: done }
      : done === 'waitlisted' && Number.isInteger(position) && position > 0
        ? { kind: 'waitlisted', position }
        : undefined
  return renderActivity(c, details, { notice })
})

/** "Add to calendar": public facts only, never the joining link. */
activityRoutes.get('/:slug/calendar.ics', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const body = activitiesCalendar({
    name: activity.title,
    host: new URL(c.var.config.http.baseUrl).host,
    entries: calendarEntries(c, [activity]),
    now: c.var.now(),
  })
  return calendarResponse(c, body, `${activity.slug}.ics`)
})

activityRoutes.post('/:slug/register', async (c) => {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const actor = c.var.actor
  if (!actor)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`/activities/${details.activity.slug}`)}`,
      303,
    )
  const organisations = await listOrganisationsActorCanActFor(c.var.db, actor)
  const t = c.var.t
  const form = parseForm(
    RegistrationForm(
      t,
      organisations.map((organisation) => organisation.id),
    ),
    await c.req.parseBody({ all: true }),
    { t },
  )
  if (!form.ok) return renderActivity(c, details, { values: form.values, errors: form.errors, status: 422 })
  const result = await registerForActivity(c.var.db, mailLinksFrom(c.var.config), actor, {
    activityId: details.activity.id,
    organisationId: form.data.organisationId,
    needs: form.data.needs,
    now: c.var.now(),
  })
  if (!result.ok) {
    const reason = t(`activities.refusal.${result.reason}`)
    return renderActivity(c, await getVisibleActivityBySlug(c.var.db, c.var.actor, details.activity.slug), {
      values: form.values,
      // A refusal is about the registration, not one field: the summary links to its section.
      errors: [{ field: 'registration-heading', message: reason }],
      status: 409,
    })
  }
  const base = `/${c.var.locale}/activities/${details.activity.slug}`
  return result.registration.status === 'confirmed'
    ? c.redirect(`${base}?done=confirmed`, 303)
    : c.redirect(`${base}?done=waitlisted&position=${result.position}`, 303)
})

activityRoutes.post('/:slug/cancel', async (c) => {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const actor = c.var.actor
  if (!actor)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`/activities/${details.activity.slug}`)}`,
      303,
    )
  const registration = await findLiveRegistration(c.var.db, details.activity.id, actor.id)
  if (!registration) throw new NotFoundError('registration')
  const result = await cancelRegistration(c.var.db, mailLinksFrom(c.var.config), {
    registrationId: registration.id,
    by: actor,
    now: c.var.now(),
  })
  if (!result.ok) return renderActivity(c, details, { status: 409 })
  return c.redirect(`/${c.var.locale}/activities/${details.activity.slug}?done=cancelled`, 303)
})
