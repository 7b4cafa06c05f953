import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { fileStorageFor, serveStoredFile } from '../../platform/storage/index.js'
import { findOrganisationById, listOrganisationsActorCanActFor } from '../accounts/index.js'
import { type FileAnswer, parseAnswers } from '../questionnaires/index.js'
import {
  canReopen,
  findApplication,
  listApplicationsOf,
  loadAnswers,
  reopenApplication,
  saveApplication,
  startApplication,
  submitApplication,
  withdrawApplication,
} from './applications.js'
import { sendReceipt } from './notify.js'
import { canReadApplication, showsApplicantTo } from './policy.js'
import { getCallBySlug } from './queries.js'
import { listAssignedExpertIds } from './reviews.js'
import { renderCall } from './routes.js'
import { isAcceptingSubmissions } from './state.js'
import {
  ApplicationFormPage,
  type ApplicationNotice,
  type ApplicationView,
  CheckPage,
  MyApplicationsPage,
  SubmittedPage,
} from './views/application-pages.js'

/** The applicant's pages: start, draft, check, submit, withdraw, files; "my applications". */
export const applyRoutes = new Hono<AppEnv>()

function signIn(c: Context<AppEnv>, next: string) {
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

applyRoutes.get('/mine', async (c) => {
  const actor = c.var.actor
  if (!actor) return signIn(c, '/calls/mine')
  const rows = await listApplicationsOf(c.var.db, actor.id)
  return renderPage(c, <MyApplicationsPage ctx={c.var.pageContext()} rows={rows} />)
})

applyRoutes.post('/:slug/apply', async (c) => {
  const call = await getCallBySlug(c.var.db, c.req.param('slug'))
  const actor = c.var.actor
  if (!actor) return signIn(c, `/calls/${call.slug}`)
  const body = await c.req.parseBody()
  const organisationId = typeof body.organisationId === 'string' && body.organisationId ? body.organisationId : null
  const result = await startApplication(c.var.db, c.var.config, actor, call, organisationId, c.var.now())
  if (!result.ok) {
    const message =
      result.reason === 'ineligible'
        ? c.var.t(`calls.refusal.ineligible.${result.why}`)
        : c.var.t(`calls.refusal.${result.reason}`)
    return renderCall(c, call, {
      values: organisationId ? { organisationId } : {},
      errors: [{ field: organisationId ? 'organisationId' : 'apply-heading', message }],
      status: 409,
    })
  }
  return c.redirect(`/${c.var.locale}/calls/applications/${result.application.id}`, 303)
})

/** The application with its answers, for someone allowed to read it; 404 for anyone else. */
async function loadView(c: Context<AppEnv>): Promise<ApplicationView> {
  const found = await findApplication(c.var.db, c.req.param('id') ?? '')
  if (!found) throw new NotFoundError('application')
  const experts = await listAssignedExpertIds(c.var.db, found.application.id)
  if (!canReadApplication(c.var.actor, found.application, experts)) throw new NotFoundError('application')
  const answers = await loadAnswers(c.var.db, found.application)
  if (!answers) throw new NotFoundError('application')
  // Blind calls: an expert never learns who applied, here or anywhere.
  const organisation =
    found.application.organisationId && showsApplicantTo(c.var.actor, found.call, found.application)
      ? await findOrganisationById(c.var.db, found.application.organisationId)
      : undefined
  return { ...found, ...answers, organisationName: organisation?.name ?? null }
}

async function actingOrganisations(c: Context<AppEnv>) {
  return (await listOrganisationsActorCanActFor(c.var.db, c.var.actor)).map(({ id, name }) => ({ id, name }))
}

function isOwnDraft(c: Context<AppEnv>, view: ApplicationView) {
  return view.application.status === 'draft' && view.application.personId === c.var.actor?.id
}

applyRoutes.get('/applications/:id', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  const ctx = c.var.pageContext()
  const done = c.req.query('done')
  const notice = (['saved', 'submitted', 'withdrawn', 'reopened'] as const).find((value) => value === done) as
    | ApplicationNotice
    | undefined
  if (isOwnDraft(c, view))
    return renderPage(
      c,
      <ApplicationFormPage ctx={ctx} view={view} organisations={await actingOrganisations(c)} notice={notice} />,
    )
  return renderSubmitted(c, view, notice)
})

function renderSubmitted(
  c: Context<AppEnv>,
  view: ApplicationView,
  notice?: ApplicationNotice,
  errors?: { field: string; message: string }[],
) {
  const ctx = c.var.pageContext()
  const own = view.application.personId === c.var.actor?.id
  const base = `/${c.var.locale}/calls/applications/${view.application.id}`
  return renderPage(
    c,
    <SubmittedPage
      ctx={ctx}
      view={view}
      notice={notice}
      errors={errors}
      canWithdraw={own && view.application.status === 'submitted' && isAcceptingSubmissions(view.call, ctx.now)}
      canChange={own && canReopen(view.call, view.application, ctx.now)}
      fileHref={(questionId) => `${base}/files/${questionId}`}
    />,
    errors ? 409 : 200,
  )
}

/** Calls that allow it: the applicant opens their submitted application again to change it. */
applyRoutes.post('/applications/:id/reopen', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  const result = await reopenApplication(c.var.db, c.var.actor, view.application.id, c.var.now())
  const base = `/${c.var.locale}/calls/applications/${view.application.id}`
  if (result.ok) return c.redirect(`${base}?done=reopened`, 303)
  if (result.reason === 'not-found') throw new NotFoundError('application')
  const message = result.reason === 'closed' ? 'calls.application.changeClosed' : 'calls.application.notEditable'
  return renderSubmitted(c, view, undefined, [{ field: '', message: c.var.t(message) }])
})

applyRoutes.post('/applications/:id', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  if (!isOwnDraft(c, view)) return c.redirect(`/${c.var.locale}/calls/applications/${view.application.id}`, 303)
  const body = await c.req.parseBody({ all: true })
  const organisations = await actingOrganisations(c)
  const parsed = await parseAnswers(view.version, body, {
    t: c.var.t,
    locale: c.var.locale,
    mode: 'draft',
    organisations,
    previous: view.response.answers,
  })
  const ctx = c.var.pageContext()
  const again = (notice: ApplicationNotice | undefined, status: 409 | 422, errors = parsed.errors) =>
    renderPage(
      c,
      <ApplicationFormPage
        ctx={ctx}
        view={view}
        organisations={organisations}
        values={parsed.values}
        errors={errors}
        notice={notice}
      />,
      status,
    )
  if (parsed.errors.length > 0) return again(undefined, 422)
  const result = await saveApplication(
    c.var.db,
    c.var.config,
    c.var.actor,
    { call: view.call, application: view.application, version: view.version, revision: Number(body.revision), parsed },
    c.var.now(),
  )
  if (!result.ok) {
    if (result.reason === 'stale')
      return again('stale', 409, [{ field: 'revision', message: c.var.t('calls.application.stale') }])
    if (result.reason === 'closed')
      return again('closed', 409, [{ field: 'revision', message: c.var.t('calls.application.closed') }])
    if (result.reason === 'not-editable')
      return again(undefined, 409, [{ field: 'revision', message: c.var.t('calls.application.notEditable') }])
    return c.redirect(`/${c.var.locale}/calls/applications/${view.application.id}`, 303)
  }
  const base = `/${c.var.locale}/calls/applications/${view.application.id}`
  return c.redirect(body.next === 'check' ? `${base}/check` : `${base}?done=saved`, 303)
})

applyRoutes.get('/applications/:id/check', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  if (!isOwnDraft(c, view)) return c.redirect(`/${c.var.locale}/calls/applications/${view.application.id}`, 303)
  const ctx = c.var.pageContext()
  return renderPage(c, <CheckPage ctx={ctx} view={view} closed={!isAcceptingSubmissions(view.call, ctx.now)} />)
})

applyRoutes.post('/applications/:id/submit', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  const body = await c.req.parseBody()
  const revision = Number(body.revision)
  const result = await submitApplication(
    c.var.db,
    c.var.config,
    c.var.actor,
    { applicationId: view.application.id, revision: Number.isInteger(revision) ? revision : undefined, t: c.var.t },
    c.var.now(),
  )
  const base = `/${c.var.locale}/calls/applications/${view.application.id}`
  const ctx = c.var.pageContext()
  if (result.ok) {
    if (!result.alreadySubmitted) await sendReceipt(c.var.db, c.var.config, view.call, result.application)
    return c.redirect(`${base}?done=submitted`, 303)
  }
  if (result.reason === 'invalid')
    return renderPage(
      c,
      <ApplicationFormPage ctx={ctx} view={view} organisations={await actingOrganisations(c)} errors={result.errors} />,
      422,
    )
  if (result.reason === 'closed')
    return renderPage(
      c,
      <CheckPage
        ctx={ctx}
        view={view}
        closed
        errors={[{ field: 'copy', message: c.var.t('calls.application.closed') }]}
      />,
      409,
    )
  if (result.reason === 'stale') {
    const fresh = await loadView(c)
    return renderPage(
      c,
      <CheckPage
        ctx={ctx}
        view={fresh}
        errors={[{ field: 'revision', message: c.var.t('calls.application.staleCheck') }]}
      />,
      409,
    )
  }
  return c.redirect(base, 303)
})

applyRoutes.post('/applications/:id/withdraw', async (c) => {
  if (!c.var.actor) return signIn(c, `/calls/applications/${c.req.param('id')}`)
  const view = await loadView(c)
  const result = await withdrawApplication(c.var.db, c.var.actor, view.application.id, c.var.now())
  const base = `/${c.var.locale}/calls/applications/${view.application.id}`
  if (!result.ok)
    return renderPage(
      c,
      <CheckPage
        ctx={c.var.pageContext()}
        view={view}
        closed
        errors={[{ field: 'copy', message: c.var.t('calls.application.closed') }]}
      />,
      409,
    )
  return c.redirect(`${base}?done=withdrawn`, 303)
})

/** A file answer: only to those who may read the application; always a download, never sniffed. */
applyRoutes.get('/applications/:id/files/:questionId', async (c) => {
  if (!c.var.actor) throw new NotFoundError('file')
  const view = await loadView(c)
  const answer = view.response.answers[c.req.param('questionId')] as FileAnswer | undefined
  if (!answer || typeof answer !== 'object' || !('storageKey' in answer)) throw new NotFoundError('file')
  const hideName =
    view.call.blind &&
    c.var.actor.id !== view.application.personId &&
    !c.var.actor.roles.some((role) => role === 'editor' || role === 'admin')
  const extension = answer.fileName.includes('.') ? answer.fileName.slice(answer.fileName.lastIndexOf('.')) : ''
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: answer.storageKey,
    type: answer.type,
    downloadName: hideName
      ? `${view.application.reference ?? 'application'}-${c.req.param('questionId')}${extension}`
      : answer.fileName,
  })
})
