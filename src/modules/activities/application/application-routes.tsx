import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError } from '../../../platform/forms/form-state.js'
import { parseForm } from '../../../platform/forms/parse-form.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { findParticipantsCall, listParticipantsCalls } from '../../calls/index.js'
import { getVisibleActivityBySlug } from '../drafts.js'
import { mailLinksFrom } from '../notify.js'
import { canOrganise } from '../policy.js'
import type { ActivityDetails } from '../queries.js'
import { FUNDINGS, type Funding, type Registration } from '../tables.js'
import { canSelectParticipants, releaseSelection, selectApplicant, unselectApplicant } from './selection.js'
import { loadLearningNeeds, loadSelectionOverview } from './selection-queries.js'
import { ApplicationSettingsForm, configureApplication } from './settings.js'
import { findAcceptedRegistration, findTravelDetails, saveTravelDetails, TravelForm, travelValues } from './travel.js'
import { LearningNeedsPage } from './views/learning-needs-page.js'
import { SelectionPage } from './views/selection-page.js'
import { ApplicationSettingsPage } from './views/settings-page.js'
import { TravelPage } from './views/travel-page.js'

/**
 * Application mode, mounted at /:locale/activities before /:slug: GET|POST /:slug/selection ·
 * POST /:slug/selection/remove · POST /:slug/selection/release (editors) · GET /:slug/learning-needs
 * (organisers, the host included) · GET|POST /:slug/travel (accepted participants only).
 */
export const applicationRoutes = new Hono<AppEnv>()

type Found = { redirect: Response; details?: undefined } | { redirect?: undefined; details: ActivityDetails }

/** The application-mode activity for someone the rule lets in; visitors go to sign in first. */
async function applicationActivity(
  c: Context<AppEnv>,
  suffix: string,
  allowed: (details: ActivityDetails) => boolean,
): Promise<Found> {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug') ?? '')
  if (details.activity.registrationMode !== 'application') throw new NotFoundError('application')
  if (!c.var.actor) {
    const next = encodeURIComponent(`/activities/${details.activity.slug}${suffix}`)
    return { redirect: c.redirect(`/${c.var.locale}/sign-in?next=${next}`, 303) }
  }
  if (!allowed(details)) throw new ForbiddenError()
  return { details }
}

const forEditors = (c: Context<AppEnv>) => () => canSelectParticipants(c.var.actor)

async function renderSelection(
  c: Context<AppEnv>,
  details: ActivityDetails,
  options: { notice?: string; errors?: FormError[]; status?: 200 | 409 } = {},
) {
  const { activity } = details
  const t = c.var.t
  const [call, overview] = await Promise.all([
    activity.applicationCallId ? findParticipantsCall(c.var.db, activity.applicationCallId, c.var.now()) : undefined,
    loadSelectionOverview(c.var.db, activity, { unknown: t('activities.selection.unknown') }),
  ])
  return renderPage(
    c,
    <SelectionPage
      ctx={c.var.pageContext()}
      activity={activity}
      call={call ?? null}
      overview={overview}
      notice={options.notice}
      errors={options.errors}
    />,
    options.status ?? 200,
  )
}

function selectionPath(c: Context<AppEnv>, details: ActivityDetails, done: string) {
  return `/${c.var.locale}/activities/${details.activity.slug}/selection?done=${done}#balance`
}

applicationRoutes.get('/:slug/selection', async (c) => {
  const found = await applicationActivity(c, '/selection', forEditors(c))
  if (found.redirect) return found.redirect
  const done = c.req.query('done')
  const notice =
    done === 'selected' || done === 'removed' || done === 'released'
      ? c.var.t(`activities.selection.done.${done}`, { count: Number(c.req.query('count') ?? 0) })
      : undefined
  return renderSelection(c, found.details, { notice })
})

applicationRoutes.post('/:slug/selection', async (c) => {
  const found = await applicationActivity(c, '/selection', forEditors(c))
  if (found.redirect) return found.redirect
  const body = await c.req.parseBody()
  const funding = String(body.funding ?? '') as Funding
  if (!FUNDINGS.includes(funding)) throw new NotFoundError('funding')
  const result = await selectApplicant(c.var.db, c.var.actor, {
    activityId: found.details.activity.id,
    applicationId: String(body.applicationId ?? ''),
    funding,
    now: c.var.now(),
  })
  if (!result.ok) {
    if (result.reason === 'not-allowed') throw new ForbiddenError()
    if (result.reason === 'not-found') throw new NotFoundError('application')
    return renderSelection(c, found.details, {
      errors: [{ field: 'balance-heading', message: c.var.t(`activities.selection.refusal.${result.reason}`) }],
      status: 409,
    })
  }
  return c.redirect(selectionPath(c, found.details, 'selected'), 303)
})

applicationRoutes.post('/:slug/selection/remove', async (c) => {
  const found = await applicationActivity(c, '/selection', forEditors(c))
  if (found.redirect) return found.redirect
  const body = await c.req.parseBody()
  const result = await unselectApplicant(c.var.db, c.var.actor, {
    activityId: found.details.activity.id,
    applicationId: String(body.applicationId ?? ''),
  })
  if (!result.ok) {
    if (result.reason === 'not-allowed') throw new ForbiddenError()
    if (result.reason === 'not-found') throw new NotFoundError('selection')
    return renderSelection(c, found.details, {
      errors: [{ field: 'balance-heading', message: c.var.t('activities.selection.refusal.released') }],
      status: 409,
    })
  }
  return c.redirect(selectionPath(c, found.details, 'removed'), 303)
})

applicationRoutes.post('/:slug/selection/release', async (c) => {
  const found = await applicationActivity(c, '/selection', forEditors(c))
  if (found.redirect) return found.redirect
  const result = await releaseSelection(c.var.db, mailLinksFrom(c.var.config), c.var.actor, {
    activityId: found.details.activity.id,
    now: c.var.now(),
  })
  if (!result.ok) {
    if (result.reason === 'not-allowed') throw new ForbiddenError()
    throw new NotFoundError('selection')
  }
  if (result.full > 0)
    return renderSelection(c, await getVisibleActivityBySlug(c.var.db, c.var.actor, found.details.activity.slug), {
      errors: [
        {
          field: 'balance-heading',
          message: c.var.t('activities.selection.refusal.full', { released: result.released, full: result.full }),
        },
      ],
      status: 409,
    })
  return c.redirect(
    `/${c.var.locale}/activities/${found.details.activity.slug}/selection?done=released&count=${result.released}#balance`,
    303,
  )
})

applicationRoutes.get('/:slug/learning-needs', async (c) => {
  const found = await applicationActivity(c, '/learning-needs', (details) => canOrganise(c.var.actor, details.activity))
  if (found.redirect) return found.redirect
  const needs = await loadLearningNeeds(c.var.db, found.details.activity, c.var.locale)
  return renderPage(c, <LearningNeedsPage ctx={c.var.pageContext()} activity={found.details.activity} needs={needs} />)
})

/** The travel form opens only for a participant accepted through the selection: anyone else gets "not found". */
async function acceptedContext(
  c: Context<AppEnv>,
): Promise<
  | { redirect: Response; details?: undefined; registration?: undefined }
  | { redirect?: undefined; details: ActivityDetails; registration: Registration }
> {
  const found = await applicationActivity(c, '/travel', () => true)
  if (found.redirect) return { redirect: found.redirect }
  const registration = await findAcceptedRegistration(c.var.db, found.details.activity.id, c.var.actor!.id)
  if (!registration) throw new NotFoundError('travel details')
  return { details: found.details, registration }
}

applicationRoutes.get('/:slug/travel', async (c) => {
  const found = await acceptedContext(c)
  if (found.redirect) return found.redirect
  const stored = await findTravelDetails(c.var.db, found.registration.id)
  const notice = c.req.query('done') === 'saved' ? c.var.t('activities.travel.saved') : undefined
  return renderPage(
    c,
    <TravelPage
      ctx={c.var.pageContext()}
      activity={found.details.activity}
      registration={found.registration}
      values={travelValues(stored)}
      notice={notice}
    />,
  )
})

applicationRoutes.post('/:slug/travel', async (c) => {
  const found = await acceptedContext(c)
  if (found.redirect) return found.redirect
  const t = c.var.t
  const form = parseForm(TravelForm(t), await c.req.parseBody({ all: true }), { t })
  const page = (values: Record<string, string | string[]>, errors: FormError[], status: 409 | 422) =>
    renderPage(
      c,
      <TravelPage
        ctx={c.var.pageContext()}
        activity={found.details.activity}
        registration={found.registration}
        values={values}
        errors={errors}
      />,
      status,
    )
  if (!form.ok) return page(form.values, form.errors, 422)
  const result = await saveTravelDetails(c.var.db, c.var.actor, {
    activity: found.details.activity,
    data: form.data,
    now: c.var.now(),
  })
  if (!result.ok)
    return page(form.values, [{ field: 'travelFrom', message: t(`activities.travel.refusal.${result.reason}`) }], 409)
  return c.redirect(`/${c.var.locale}/activities/${found.details.activity.slug}/travel?done=saved`, 303)
})

/** Editors put any activity in application mode: its participants call and places. */
async function settingsContext(c: Context<AppEnv>) {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug') ?? '')
  if (!c.var.actor) {
    const next = encodeURIComponent(`/activities/${details.activity.slug}/application`)
    return { redirect: c.redirect(`/${c.var.locale}/sign-in?next=${next}`, 303) }
  }
  if (!canSelectParticipants(c.var.actor)) throw new ForbiddenError()
  return { details, calls: await listParticipantsCalls(c.var.db) }
}

applicationRoutes.get('/:slug/application', async (c) => {
  const found = await settingsContext(c)
  if (found.redirect) return found.redirect
  const { activity } = found.details
  return renderPage(
    c,
    <ApplicationSettingsPage
      ctx={c.var.pageContext()}
      activity={activity}
      calls={found.calls}
      values={{
        applicationCallId: activity.applicationCallId ?? '',
        fundedPlaces: String(activity.fundedPlaces ?? ''),
        selfFundedPlaces: String(activity.selfFundedPlaces ?? ''),
      }}
      notice={c.req.query('done') === 'saved' ? c.var.t('activities.settings.saved') : undefined}
    />,
  )
})

applicationRoutes.post('/:slug/application', async (c) => {
  const found = await settingsContext(c)
  if (found.redirect) return found.redirect
  const { activity } = found.details
  const t = c.var.t
  const form = parseForm(
    ApplicationSettingsForm(
      t,
      found.calls.map((call) => call.id),
    ),
    await c.req.parseBody(),
    { t },
  )
  const page = (values: Record<string, string | string[]>, errors: FormError[], status: 409 | 422) =>
    renderPage(
      c,
      <ApplicationSettingsPage
        ctx={c.var.pageContext()}
        activity={activity}
        calls={found.calls}
        values={values}
        errors={errors}
      />,
      status,
    )
  if (!form.ok) return page(form.values, form.errors, 422)
  const result = await configureApplication(c.var.db, c.var.actor, activity.id, form.data)
  if (!result.ok) {
    if (result.reason === 'not-allowed') throw new ForbiddenError()
    return page(
      form.values,
      [{ field: 'fundedPlaces', message: t('activities.settings.overCapacity', { capacity: activity.capacity ?? 0 }) }],
      409,
    )
  }
  return c.redirect(`/${c.var.locale}/activities/${activity.slug}/application?done=saved`, 303)
})
