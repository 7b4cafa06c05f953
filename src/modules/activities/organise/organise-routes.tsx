import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError } from '../../../platform/forms/form-state.js'
import { parseForm } from '../../../platform/forms/parse-form.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { can, listOrganisationsActorCanActFor } from '../../accounts/index.js'
import { findCertificateHolder } from '../certificate/certificate-holder.js'
import { getVisibleActivityBySlug } from '../drafts.js'
import { DelegationForm } from '../forms.js'
import { mailLinksFrom } from '../notify.js'
import { canCreateActivities, canOrganise, canRegisterDelegation } from '../policy.js'
import { type ActivityDetails, listParticipants } from '../queries.js'
import { cancelRegistration, registerForActivity } from '../registration.js'
import { ActivityForm, activityValues } from './activity-form.js'
import {
  countOrganisationSeats,
  createActivityAsOrganiser,
  editActivityAsOrganiser,
  listDelegationCandidates,
  listHostOptions,
  listSeriesOptions,
  markAttendanceAsOrganiser,
} from './organise-commands.js'
import { participantsCsv } from './participants-csv.js'
import { ActivityFormPage } from './views/activity-form-page.js'
import { CertificatePage } from './views/certificate-page.js'
import { DelegationPage } from './views/delegation-page.js'
import { ParticipantsPage } from './views/participants-page.js'

/**
 * Organisers' and delegations' pages, mounted at /:locale/activities before /:slug:
 * GET|POST /new · GET|POST /:slug/edit · GET /:slug/participants · GET /:slug/participants.csv ·
 * POST /:slug/participants/attendance · POST /:slug/participants/:id/cancel · GET|POST /:slug/delegation ·
 * GET /:slug/certificate
 */
export const organiseRoutes = new Hono<AppEnv>()

function signInFirst(c: Context<AppEnv>, next: string) {
  if (c.var.actor) return undefined
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

/** The activity, for an organiser of it; a visitor is sent to sign in, anyone else refused. */
async function organised(
  c: Context<AppEnv>,
  suffix: string,
): Promise<{ redirect: Response; details?: undefined } | { redirect?: undefined; details: ActivityDetails }> {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug') ?? '')
  const redirect = signInFirst(c, `/activities/${details.activity.slug}${suffix}`)
  if (redirect) return { redirect }
  if (!canOrganise(c.var.actor, details.activity)) throw new ForbiddenError()
  return { details }
}

async function formOptions(c: Context<AppEnv>) {
  const [hosts, series] = await Promise.all([listHostOptions(c.var.db, c.var.actor), listSeriesOptions(c.var.db)])
  return { hosts, series, hostOptional: can(c.var.actor, 'content.edit') }
}

function schemaFor(c: Context<AppEnv>, options: Awaited<ReturnType<typeof formOptions>>, currentHost?: string | null) {
  const hostIds = options.hosts.map((host) => host.id)
  // An organisation admin editing keeps a host they cannot pick themselves (an editor chose it).
  if (currentHost && !hostIds.includes(currentHost)) hostIds.push(currentHost)
  return ActivityForm(c.var.t, {
    hostIds,
    seriesIds: options.series.map((series) => series.id),
    hostRequired: !options.hostOptional,
  })
}

organiseRoutes.get('/new', async (c) => {
  const redirect = signInFirst(c, '/activities/new')
  if (redirect) return redirect
  if (!canCreateActivities(c.var.actor)) throw new ForbiddenError()
  const options = await formOptions(c)
  const values = {
    timeZone: c.var.pageContext().timeZone,
    format: 'on-site',
    registrationMode: 'open',
    hostOrganisationId: options.hostOptional ? '' : (options.hosts[0]?.id ?? ''),
  }
  return renderPage(c, <ActivityFormPage ctx={c.var.pageContext()} {...options} values={values} />)
})

organiseRoutes.post('/new', async (c) => {
  const redirect = signInFirst(c, '/activities/new')
  if (redirect) return redirect
  if (!canCreateActivities(c.var.actor)) throw new ForbiddenError()
  const options = await formOptions(c)
  const form = parseForm(schemaFor(c, options), await c.req.parseBody({ all: true }), { t: c.var.t })
  if (!form.ok)
    return renderPage(
      c,
      <ActivityFormPage ctx={c.var.pageContext()} {...options} values={form.values} errors={form.errors} />,
      422,
    )
  const result = await createActivityAsOrganiser(c.var.db, c.var.actor, form.data, c.var.now())
  if (!result.ok) throw new ForbiddenError()
  return c.redirect(`/${c.var.locale}/activities/${result.value.slug}/edit?done=created`, 303)
})

organiseRoutes.get('/:slug/edit', async (c) => {
  const found = await organised(c, '/edit')
  if (found.redirect) return found.redirect
  const { activity, sessions } = found.details
  const options = await formOptions(c)
  const done = c.req.query('done')
  const notice = done === 'created' || done === 'saved' ? c.var.t(`activities.form.done.${done}`) : undefined
  if (activity.hostOrganisationId && !options.hosts.some((host) => host.id === activity.hostOrganisationId))
    options.hosts.push({ id: activity.hostOrganisationId, name: found.details.host?.name ?? '' })
  return renderPage(
    c,
    <ActivityFormPage
      ctx={c.var.pageContext()}
      activity={activity}
      {...options}
      values={activityValues(activity, sessions)}
      notice={notice}
    />,
  )
})

organiseRoutes.post('/:slug/edit', async (c) => {
  const found = await organised(c, '/edit')
  if (found.redirect) return found.redirect
  const { activity } = found.details
  const options = await formOptions(c)
  if (activity.hostOrganisationId && !options.hosts.some((host) => host.id === activity.hostOrganisationId))
    options.hosts.push({ id: activity.hostOrganisationId, name: found.details.host?.name ?? '' })
  const form = parseForm(schemaFor(c, options, activity.hostOrganisationId), await c.req.parseBody({ all: true }), {
    t: c.var.t,
  })
  if (!form.ok)
    return renderPage(
      c,
      <ActivityFormPage
        ctx={c.var.pageContext()}
        activity={activity}
        {...options}
        values={form.values}
        errors={form.errors}
      />,
      422,
    )
  const result = await editActivityAsOrganiser(
    c.var.db,
    mailLinksFrom(c.var.config),
    c.var.actor,
    activity,
    form.data,
    c.var.now(),
  )
  if (!result.ok) throw new ForbiddenError()
  return c.redirect(`/${c.var.locale}/activities/${activity.slug}/edit?done=saved`, 303)
})

async function renderParticipants(
  c: Context<AppEnv>,
  details: ActivityDetails,
  options: { notice?: string; errors?: FormError[]; status?: 200 | 409 } = {},
) {
  const participants = await listParticipants(c.var.db, details.activity.id)
  return renderPage(
    c,
    <ParticipantsPage
      ctx={c.var.pageContext()}
      activity={details.activity}
      participants={participants}
      notice={options.notice}
      errors={options.errors}
    />,
    options.status ?? 200,
  )
}

organiseRoutes.get('/:slug/participants', async (c) => {
  const found = await organised(c, '/participants')
  if (found.redirect) return found.redirect
  const done = c.req.query('done')
  const notice =
    done === 'attendance' || done === 'cancelled' ? c.var.t(`activities.participants.done.${done}`) : undefined
  return renderParticipants(c, found.details, { notice })
})

organiseRoutes.get('/:slug/participants.csv', async (c) => {
  const found = await organised(c, '/participants')
  if (found.redirect) return found.redirect
  const participants = await listParticipants(c.var.db, found.details.activity.id)
  return c.body(participantsCsv(participants, c.var.t), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${found.details.activity.slug}-participants.csv"`,
    'cache-control': 'private, no-store',
  })
})

organiseRoutes.post('/:slug/participants/attendance', async (c) => {
  const found = await organised(c, '/participants')
  if (found.redirect) return found.redirect
  const body = await c.req.parseBody({ all: true })
  const raw = body.attended ?? body['attended[]']
  const ids = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String))
  const result = await markAttendanceAsOrganiser(c.var.db, c.var.actor, found.details.activity, ids, c.var.now())
  if (!result.ok) {
    if (result.reason !== 'not-started') throw new ForbiddenError()
    return renderParticipants(c, found.details, {
      errors: [{ field: 'attendance-heading', message: c.var.t('activities.participants.attendance.later') }],
      status: 409,
    })
  }
  return c.redirect(`/${c.var.locale}/activities/${found.details.activity.slug}/participants?done=attendance`, 303)
})

organiseRoutes.post('/:slug/participants/:id/cancel', async (c) => {
  const found = await organised(c, '/participants')
  if (found.redirect) return found.redirect
  const participants = await listParticipants(c.var.db, found.details.activity.id)
  const registrationId = c.req.param('id')
  if (!participants.some((participant) => participant.registrationId === registrationId))
    throw new NotFoundError('registration')
  const result = await cancelRegistration(c.var.db, mailLinksFrom(c.var.config), {
    registrationId,
    by: c.var.actor,
    now: c.var.now(),
  })
  if (!result.ok) {
    if (result.reason === 'not-allowed') throw new ForbiddenError()
    return renderParticipants(c, await getVisibleActivityBySlug(c.var.db, c.var.actor, found.details.activity.slug), {
      errors: [{ field: 'participants', message: c.var.t(`activities.participants.cancelRefused.${result.reason}`) }],
      status: 409,
    })
  }
  return c.redirect(`/${c.var.locale}/activities/${found.details.activity.slug}/participants?done=cancelled`, 303)
})

/** The delegation page: the organisation from ?organisation=, else the first the person may register for. */
interface DelegationContext {
  details: ActivityDetails
  organisations: { id: string; name: string }[]
  organisation: { id: string; name: string }
}

async function delegationContext(
  c: Context<AppEnv>,
): Promise<{ redirect: Response; context?: undefined } | { redirect?: undefined; context: DelegationContext }> {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug') ?? '')
  const redirect = signInFirst(c, `/activities/${details.activity.slug}/delegation`)
  if (redirect) return { redirect }
  const actor = c.var.actor
  const organisations = (await listOrganisationsActorCanActFor(c.var.db, actor))
    .filter((organisation) => canRegisterDelegation(actor, organisation.id))
    .map(({ id, name }) => ({ id, name }))
  const wanted = c.req.query('organisation')
  const organisation = organisations.find((option) => option.id === wanted) ?? organisations[0]
  if (!organisation) throw new ForbiddenError()
  return { context: { details, organisations, organisation } }
}

async function renderDelegation(
  c: Context<AppEnv>,
  context: DelegationContext,
  options: { notice?: string; refusals?: string[]; errors?: FormError[]; chosen?: string[]; status?: 200 | 422 } = {},
) {
  const { details, organisation } = context
  const [candidates, taken] = await Promise.all([
    listDelegationCandidates(c.var.db, details.activity.id, organisation.id),
    countOrganisationSeats(c.var.db, details.activity.id, organisation.id),
  ])
  return renderPage(
    c,
    <DelegationPage
      ctx={c.var.pageContext()}
      activity={details.activity}
      organisations={context.organisations}
      organisation={organisation}
      candidates={candidates}
      taken={taken}
      {...options}
    />,
    options.status ?? 200,
  )
}

organiseRoutes.get('/:slug/delegation', async (c) => {
  const found = await delegationContext(c)
  if (found.redirect) return found.redirect
  return renderDelegation(c, found.context)
})

organiseRoutes.post('/:slug/delegation', async (c) => {
  const found = await delegationContext(c)
  if (found.redirect) return found.redirect
  const ready = found.context
  const { t } = c.var
  const candidates = await listDelegationCandidates(c.var.db, ready.details.activity.id, ready.organisation.id)
  const form = parseForm(
    DelegationForm(
      t,
      candidates.filter((candidate) => !candidate.registered).map((candidate) => candidate.id),
    ),
    await c.req.parseBody({ all: true }),
    { t },
  )
  if (!form.ok) return renderDelegation(c, ready, { errors: form.errors, status: 422 })
  const links = mailLinksFrom(c.var.config)
  const refusals: string[] = []
  let registered = 0
  // One at a time, in the order ticked: each goes through the activity's lock and limit.
  for (const userId of form.data.people) {
    const result = await registerForActivity(c.var.db, links, c.var.actor, {
      activityId: ready.details.activity.id,
      userId,
      organisationId: ready.organisation.id,
      now: c.var.now(),
    })
    if (result.ok) registered += 1
    else {
      const name = candidates.find((candidate) => candidate.id === userId)?.name ?? userId
      refusals.push(t('activities.delegation.refused', { name, reason: t(`activities.refusal.${result.reason}`) }))
    }
  }
  return renderDelegation(c, ready, {
    notice: t('activities.delegation.done', { count: registered }),
    refusals,
  })
})

/**
 * The certificate of attendance: one's own once marked as attended; organisers may open anyone's
 * with ?registration=<id>. Anyone else, or without attendance, gets "not found".
 */
organiseRoutes.get('/:slug/certificate', async (c) => {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const redirect = signInFirst(c, `/activities/${details.activity.slug}/certificate`)
  if (redirect) return redirect
  const holder = await findCertificateHolder(c.var.db, c.var.actor!, details.activity, c.req.query('registration'))
  if (!holder) throw new NotFoundError('certificate')
  return renderPage(
    c,
    <CertificatePage
      ctx={c.var.pageContext()}
      activity={details.activity}
      hostName={details.host?.name ?? null}
      participantName={holder.name}
      pdfHref={`/${c.var.locale}/activities/${details.activity.slug}/certificate.pdf${c.req.query('registration') ? `?registration=${encodeURIComponent(c.req.query('registration') ?? '')}` : ''}`}
    />,
  )
})
