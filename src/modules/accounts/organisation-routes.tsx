import type { Context } from 'hono'
import { Hono } from 'hono'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import { decideJoinRequest } from './commands/decide-join-request.js'
import { editOrganisation } from './commands/edit-organisation.js'
import { inviteToOrganisation } from './commands/invite-to-organisation.js'
import { askToJoinOrganisation } from './commands/join-organisation.js'
import { leaveOrganisation } from './commands/leave-organisation.js'
import { mergeOrganisations } from './commands/merge-organisations.js'
import { type OrganisationDetails, proposeOrganisation } from './commands/propose-organisation.js'
import { verifyOrganisation } from './commands/verify-organisation.js'
import { isCountryCode } from './countries.js'
import { checkUploadedImage, deleteStoredImage, readStoredImage, storeImage } from './images.js'
import {
  InvitationForm,
  LeaveForm,
  MergeForm,
  OrganisationForm,
  type OrganisationForm as OrganisationFormData,
} from './organisation-forms.js'
import { renderOrganisationSections } from './organisation-sections.js'
import { can } from './policy.js'
import {
  findLeaveSituation,
  findOrganisationBySlug,
  findOwnMembership,
  getCurrentOrganisation,
  getOrganisationBySlug,
  isOrganisationKind,
  listMergeCandidates,
  listOrganisationMembers,
  listOrganisations,
  listPendingOrganisationInvitations,
  listVisibleMembers,
  type Organisation,
} from './queries/organisations.js'
import { noticeFrom, signInRedirect } from './sign-in-redirect.js'
import { tooLargeProblem, uploadLimit } from './upload-limit.js'
import { LeavePage } from './views/organisations/leave-page.js'
import { MergeConfirmPage, MergePage } from './views/organisations/merge-page.js'
import { OrganisationFormPage, organisationValues } from './views/organisations/organisation-form-page.js'
import { OrganisationListPage } from './views/organisations/organisation-list-page.js'
import { OrganisationManagePage } from './views/organisations/organisation-manage-page.js'
import { OrganisationPage } from './views/organisations/organisation-page.js'

/**
 * The directory and each organisation's pages, mounted at the locale root:
 * GET /organisations · GET|POST /organisations/new · GET /organisations/:slug (merged ones 301 to
 * where they went) · GET /organisations/:slug/logo · GET|POST …/edit · POST …/verify ·
 * GET|POST …/merge · GET …/manage · POST …/requests/:userId · POST …/invitations · POST …/join ·
 * GET|POST …/leave
 */
export const organisationRoutes = new Hono<AppEnv>()

const pageNotices = {
  created: 'organisations.done.created',
  proposed: 'organisations.done.proposed',
  updated: 'organisations.done.updated',
  verified: 'organisations.done.verified',
  requested: 'organisations.done.requested',
  merged: 'organisations.done.merged',
  joined: 'organisations.done.joined',
  left: 'organisations.done.left',
} as const
const manageNotices = {
  approved: 'organisations.done.approved',
  declined: 'organisations.done.declined',
  'already-decided': 'organisations.done.alreadyDecided',
  invited: 'organisations.done.invited',
} as const

const env = (c: Context<AppEnv>) => ({ now: c.var.now(), baseUrl: c.var.config.http.baseUrl })
const organisationPath = (c: Context<AppEnv>, organisation: Pick<Organisation, 'slug'>, done?: string) =>
  `${localHref(c.var, `/organisations/${organisation.slug}`)}${done ? `?done=${done}` : ''}`

organisationRoutes.get('/organisations', async (c) => {
  const kind = c.req.query('kind')
  const country = c.req.query('country')
  const filter = {
    kind: isOrganisationKind(kind) ? kind : undefined,
    country: isCountryCode(country) ? country : undefined,
    page: Number.parseInt(c.req.query('page') ?? '1', 10) || 1,
  }
  const result = await listOrganisations(c.var.db, c.var.actor, filter)
  return renderPage(
    c,
    <OrganisationListPage
      ctx={c.var.pageContext()}
      result={result}
      filter={filter}
      canPropose={can(c.var.actor, 'organisation.create')}
    />,
  )
})

function guardCreate(c: Context<AppEnv>) {
  if (!c.var.actor) return signInRedirect(c)
  if (!can(c.var.actor, 'organisation.create')) throw new ForbiddenError()
  return undefined
}

organisationRoutes.get('/organisations/new', async (c) => {
  const refused = guardCreate(c)
  if (refused) return refused
  return renderPage(
    c,
    <OrganisationFormPage
      ctx={c.var.pageContext()}
      verifiesOnCreate={can(c.var.actor, 'organisation.verify')}
      values={{}}
      errors={tooLargeProblem(c, 'logo')}
    />,
  )
})

organisationRoutes.post('/organisations/new', uploadLimit, async (c) => {
  const refused = guardCreate(c)
  if (refused) return refused
  const { t } = c.var
  const form = parseForm(OrganisationForm(t), await c.req.parseBody({ all: true }), { t })
  const verifiesOnCreate = can(c.var.actor, 'organisation.verify')
  const show = (values: Record<string, string | string[]>, errors: { field: string; message: string }[]) =>
    renderPage(
      c,
      <OrganisationFormPage
        ctx={c.var.pageContext()}
        verifiesOnCreate={verifiesOnCreate}
        values={values}
        errors={errors}
      />,
      422,
    )
  if (!form.ok) return show(form.values, form.errors)
  const logo = await storeLogo(c, form.data.logo)
  if (!logo.ok) return show(form.values, [{ field: 'logo', message: logo.message }])
  try {
    const { organisation } = await proposeOrganisation(
      c.var.db,
      c.var.actor,
      { ...detailsFrom(form.data), logoPath: logo.path },
      env(c),
    )
    return c.redirect(organisationPath(c, organisation, verifiesOnCreate ? 'created' : 'proposed'), 303)
  } catch (error) {
    await deleteStoredImage(c.var.config, 'organisation-logos', logo.path)
    throw error
  }
})

organisationRoutes.get('/organisations/:slug', async (c) => {
  const { db, actor } = c.var
  const found = await getOrganisationBySlug(db, actor, c.req.param('slug'))
  if ('mergedInto' in found) return c.redirect(organisationPath(c, found.mergedInto), 301)
  const { organisation } = found
  const ctx = c.var.pageContext()
  const [members, membership, sections] = await Promise.all([
    listVisibleMembers(db, actor, organisation.id),
    findOwnMembership(db, actor, organisation.id),
    renderOrganisationSections(ctx, db, organisation, actor),
  ])
  const organisationId = organisation.id
  return renderPage(
    c,
    <OrganisationPage
      ctx={ctx}
      organisation={organisation}
      members={members}
      sections={sections}
      notice={noticeFrom(c, pageNotices)}
      viewer={{
        signedIn: actor !== null,
        verified: actor?.emailVerified ?? false,
        membership,
        canJoin: !membership && can(actor, 'organisation.request-to-join', { organisationId }),
        canManage: can(actor, 'organisation.manage', { organisationId }),
        canEdit: can(actor, 'organisation.edit', { organisationId }),
        canVerify: can(actor, 'organisation.verify', { organisationId }),
        canMerge: can(actor, 'organisation.merge', { organisationId }),
      }}
    />,
  )
})

organisationRoutes.get('/organisations/:slug/logo', async (c) => {
  const found = await getOrganisationBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const organisation = 'mergedInto' in found ? found.mergedInto : found.organisation
  const image = organisation.logoPath
    ? await readStoredImage(c.var.config, 'organisation-logos', organisation.logoPath)
    : undefined
  if (!image) throw new NotFoundError('logo')
  return c.body(image.bytes, 200, {
    'content-type': image.type,
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
    'cache-control': organisation.verifiedAt ? 'public, max-age=3600' : 'private, max-age=0',
  })
})

async function editable(c: Context<AppEnv>) {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug')!)
  if (!c.var.actor) return { redirect: signInRedirect(c) }
  if (!can(c.var.actor, 'organisation.edit', { organisationId: organisation.id })) throw new ForbiddenError()
  return { organisation }
}

organisationRoutes.get('/organisations/:slug/edit', async (c) => {
  const found = await editable(c)
  if ('redirect' in found) return found.redirect
  return renderPage(
    c,
    <OrganisationFormPage
      ctx={c.var.pageContext()}
      organisation={found.organisation}
      values={organisationValues(found.organisation)}
      errors={tooLargeProblem(c, 'logo')}
    />,
  )
})

organisationRoutes.post('/organisations/:slug/edit', uploadLimit, async (c) => {
  const found = await editable(c)
  if ('redirect' in found) return found.redirect
  const { organisation } = found
  const { t } = c.var
  const form = parseForm(OrganisationForm(t), await c.req.parseBody({ all: true }), { t })
  const show = (values: Record<string, string | string[]>, errors: { field: string; message: string }[]) =>
    renderPage(
      c,
      <OrganisationFormPage ctx={c.var.pageContext()} organisation={organisation} values={values} errors={errors} />,
      422,
    )
  if (!form.ok) return show(form.values, form.errors)
  const logo = await storeLogo(c, form.data.logo)
  if (!logo.ok) return show(form.values, [{ field: 'logo', message: logo.message }])
  const logoPath = logo.path ?? (form.data.removeLogo.length > 0 ? null : undefined)
  try {
    const { replacedLogo } = await editOrganisation(
      c.var.db,
      c.var.actor,
      organisation.id,
      { ...detailsFrom(form.data), logoPath },
      env(c),
    )
    await deleteStoredImage(c.var.config, 'organisation-logos', replacedLogo)
  } catch (error) {
    await deleteStoredImage(c.var.config, 'organisation-logos', logo.path)
    throw error
  }
  return c.redirect(organisationPath(c, organisation, 'updated'), 303)
})

organisationRoutes.post('/organisations/:slug/verify', async (c) => {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug'))
  if (!c.var.actor) return signInRedirect(c)
  await verifyOrganisation(c.var.db, c.var.actor, organisation.id, env(c))
  return c.redirect(organisationPath(c, organisation, 'verified'), 303)
})

async function mergeable(c: Context<AppEnv>) {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug')!)
  if (!c.var.actor) return { redirect: signInRedirect(c) }
  if (!can(c.var.actor, 'organisation.merge', { organisationId: organisation.id })) throw new ForbiddenError()
  return { organisation }
}

organisationRoutes.get('/organisations/:slug/merge', async (c) => {
  const found = await mergeable(c)
  if ('redirect' in found) return found.redirect
  const search = c.req.query('q') ?? ''
  const candidates = await listMergeCandidates(c.var.db, c.var.actor, found.organisation, search)
  return renderPage(
    c,
    <MergePage ctx={c.var.pageContext()} organisation={found.organisation} candidates={candidates} search={search} />,
  )
})

organisationRoutes.post('/organisations/:slug/merge', async (c) => {
  const found = await mergeable(c)
  if ('redirect' in found) return found.redirect
  const { organisation } = found
  const { t, db, actor } = c.var
  const form = parseForm(MergeForm(t), await c.req.parseBody(), { t })
  const target = form.ok ? await findOrganisationBySlug(db, form.data.target) : undefined
  const refuse = async (message: string, values = form.values) => {
    const candidates = await listMergeCandidates(db, actor, organisation)
    return renderPage(
      c,
      <MergePage
        ctx={c.var.pageContext()}
        organisation={organisation}
        candidates={candidates}
        search=""
        values={values}
        errors={[{ field: 'target', message }]}
      />,
      422,
    )
  }
  if (!form.ok) return refuse(form.errors[0]!.message)
  if (!target || target.id === organisation.id) return refuse(t('organisations.merge.target.missing'), {})
  if (target.mergedIntoId) return refuse(t('organisations.merge.target.merged'), {})
  if (!form.data.confirm) {
    const members = await listOrganisationMembers(db, actor, organisation.id)
    return renderPage(
      c,
      <MergeConfirmPage
        ctx={c.var.pageContext()}
        organisation={organisation}
        target={target}
        memberships={members.length}
      />,
    )
  }
  const result = await mergeOrganisations(db, actor, { fromId: organisation.id, intoId: target.id }, env(c))
  if (!result.ok) return refuse(t('organisations.merge.target.merged'), {})
  return c.redirect(organisationPath(c, result.into, 'merged'), 303)
})

async function manageable(c: Context<AppEnv>) {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug')!)
  if (!c.var.actor) return { redirect: signInRedirect(c) }
  if (!can(c.var.actor, 'organisation.manage', { organisationId: organisation.id })) throw new ForbiddenError()
  return { organisation }
}

async function renderManagePage(
  c: Context<AppEnv>,
  organisation: Organisation,
  form?: { values: Record<string, string | string[]>; errors: { field: string; message: string }[] },
) {
  const [members, invitations] = await Promise.all([
    listOrganisationMembers(c.var.db, c.var.actor, organisation.id),
    listPendingOrganisationInvitations(c.var.db, c.var.actor, organisation.id, c.var.now()),
  ])
  return renderPage(
    c,
    <OrganisationManagePage
      ctx={c.var.pageContext()}
      organisation={organisation}
      members={members}
      invitations={invitations}
      notice={form ? undefined : noticeFrom(c, manageNotices)}
      values={form?.values}
      errors={form?.errors}
    />,
    form ? 422 : 200,
  )
}

organisationRoutes.get('/organisations/:slug/manage', async (c) => {
  const found = await manageable(c)
  if ('redirect' in found) return found.redirect
  return renderManagePage(c, found.organisation)
})

organisationRoutes.post('/organisations/:slug/requests/:userId', async (c) => {
  const found = await manageable(c)
  if ('redirect' in found) return found.redirect
  const decision = (await c.req.parseBody()).decision
  if (decision !== 'approve' && decision !== 'decline') throw new NotFoundError('decision')
  const result = await decideJoinRequest(
    c.var.db,
    c.var.actor,
    { organisationId: found.organisation.id, userId: c.req.param('userId'), decision },
    env(c),
  )
  const done = result.ok ? (decision === 'approve' ? 'approved' : 'declined') : 'already-decided'
  return c.redirect(`${organisationPath(c, found.organisation)}/manage?done=${done}`, 303)
})

organisationRoutes.post('/organisations/:slug/invitations', async (c) => {
  const found = await manageable(c)
  if ('redirect' in found) return found.redirect
  const { organisation } = found
  const { t } = c.var
  const form = parseForm(InvitationForm(t), await c.req.parseBody(), { t })
  if (!form.ok) return renderManagePage(c, organisation, form)
  const result = await inviteToOrganisation(
    c.var.db,
    c.var.actor,
    { organisationId: organisation.id, email: form.data.email, role: form.data.role, locale: form.data.language },
    env(c),
  )
  if (!result.ok) {
    return renderManagePage(c, organisation, {
      values: form.values,
      errors: [{ field: 'email', message: t('organisations.invite.alreadyMember') }],
    })
  }
  return c.redirect(`${organisationPath(c, organisation)}/manage?done=invited`, 303)
})

organisationRoutes.post('/organisations/:slug/join', async (c) => {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug'))
  if (!c.var.actor) return signInRedirect(c)
  const result = await askToJoinOrganisation(c.var.db, c.var.actor, organisation.id, env(c))
  // Already a member, or already asked: the page shows where they stand, without a notice.
  return c.redirect(organisationPath(c, organisation, result.ok ? 'requested' : undefined), 303)
})

async function leavable(c: Context<AppEnv>) {
  const organisation = await getCurrentOrganisation(c.var.db, c.var.actor, c.req.param('slug')!)
  if (!c.var.actor) return { redirect: signInRedirect(c) }
  const situation = await findLeaveSituation(c.var.db, c.var.actor, organisation.id)
  if (!situation) return { redirect: c.redirect(organisationPath(c, organisation), 303) }
  return { organisation, situation }
}

organisationRoutes.get('/organisations/:slug/leave', async (c) => {
  const found = await leavable(c)
  if ('redirect' in found) return found.redirect
  return renderPage(
    c,
    <LeavePage ctx={c.var.pageContext()} organisation={found.organisation} situation={found.situation} />,
  )
})

organisationRoutes.post('/organisations/:slug/leave', async (c) => {
  const found = await leavable(c)
  if ('redirect' in found) return found.redirect
  const { organisation, situation } = found
  const { t } = c.var
  const form = parseForm(LeaveForm(t), await c.req.parseBody(), { t })
  const successorId = form.ok ? form.data.successorId : undefined
  const result = await leaveOrganisation(c.var.db, c.var.actor, { organisationId: organisation.id, successorId })
  if (!result.ok && result.reason === 'not-a-member') return c.redirect(organisationPath(c, organisation), 303)
  if (!result.ok) {
    return renderPage(
      c,
      <LeavePage
        ctx={c.var.pageContext()}
        organisation={organisation}
        situation={{ ...situation, needsSuccessor: true }}
        values={form.values}
        errors={[{ field: 'successorId', message: t('organisations.leave.successor.missing') }]}
      />,
      422,
    )
  }
  return c.redirect(organisationPath(c, organisation, 'left'), 303)
})

function detailsFrom(form: OrganisationFormData): OrganisationDetails {
  return {
    name: form.name,
    kind: form.kind,
    country: form.country,
    city: form.city ?? null,
    populationBand: form.populationBand ?? null,
    website: form.website ?? null,
    description: form.description,
  }
}

type StoredLogo = { ok: true; path: string | undefined } | { ok: false; message: string }

async function storeLogo(c: Context<AppEnv>, file: File | undefined): Promise<StoredLogo> {
  if (!file) return { ok: true, path: undefined }
  const image = await checkUploadedImage(file)
  if (!image.ok) {
    const key = image.reason === 'too-large' ? 'organisations.form.logo.tooLarge' : 'organisations.form.logo.notImage'
    return { ok: false, message: c.var.t(key) }
  }
  return { ok: true, path: await storeImage(c.var.config, 'organisation-logos', image) }
}
