import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError, FormValues } from '../../platform/forms/form-state.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import { grantRole, isGrantableRole, revokeRole } from './commands/grant-role.js'
import { inviteExpert } from './commands/invite-expert.js'
import { ExpertInvitationForm } from './invitation-forms.js'
import type { Action } from './policy.js'
import { can } from './policy.js'
import { getPersonForAdmin, listExperts, listPeople } from './queries/people.js'
import { noticeFrom, signInRedirect } from './sign-in-redirect.js'
import { ExpertsPage } from './views/admin/experts-page.js'
import { PeoplePage } from './views/admin/people-page.js'
import { PersonAdminPage } from './views/admin/person-admin-page.js'
import { RoleChangePage } from './views/admin/role-change-page.js'

/**
 * GET /admin/people (admins: everyone, searchable) · GET /admin/people/:id · GET|POST
 * /admin/people/:id/roles/:role/(grant|revoke) (with a confirmation page) · GET|POST
 * /admin/experts (editors: the expert pool and invitations); mounted at the locale root.
 */
export const adminRoutes = new Hono<AppEnv>()

/** Visitors go to sign in; signed-in people without the right get a 403. */
function refuse(c: Context<AppEnv>, action: Action) {
  if (!c.var.actor) return signInRedirect(c)
  if (!can(c.var.actor, action)) throw new ForbiddenError()
  return undefined
}

adminRoutes.get('/admin/people', async (c) => {
  const refused = refuse(c, 'users.list')
  if (refused) return refused
  const role = c.req.query('role')
  const filter = {
    search: c.req.query('q')?.slice(0, 200),
    role: isGrantableRole(role) ? role : undefined,
    page: Number.parseInt(c.req.query('page') ?? '1', 10) || 1,
  }
  const result = await listPeople(c.var.db, c.var.actor, filter)
  return renderPage(c, <PeoplePage ctx={c.var.pageContext()} result={result} filter={filter} />)
})

const personNotices = {
  granted: 'admin.done.granted',
  revoked: 'admin.done.revoked',
  unchanged: 'admin.done.unchanged',
} as const

adminRoutes.get('/admin/people/:id', async (c) => {
  const refused = refuse(c, 'users.list')
  if (refused) return refused
  const person = await getPersonForAdmin(c.var.db, c.var.actor, c.req.param('id'))
  const problem = c.req.query('problem') === 'last-admin' ? c.var.t('admin.refusal.lastAdmin') : undefined
  return renderPage(
    c,
    <PersonAdminPage
      ctx={c.var.pageContext()}
      person={person}
      notice={noticeFrom(c, personNotices)}
      problem={problem}
    />,
  )
})

function roleChange(c: Context<AppEnv>) {
  const role = c.req.param('role')
  const change = c.req.param('change')
  if (!isGrantableRole(role) || (change !== 'grant' && change !== 'revoke')) throw new NotFoundError('role change')
  return { role, change } as const
}

adminRoutes.get('/admin/people/:id/roles/:role/:change', async (c) => {
  const refused = refuse(c, 'roles.grant')
  if (refused) return refused
  const { role, change } = roleChange(c)
  const person = await getPersonForAdmin(c.var.db, c.var.actor, c.req.param('id'))
  return renderPage(c, <RoleChangePage ctx={c.var.pageContext()} person={person} role={role} change={change} />)
})

adminRoutes.post('/admin/people/:id/roles/:role/:change', async (c) => {
  const refused = refuse(c, 'roles.grant')
  if (refused) return refused
  const { role, change } = roleChange(c)
  const userId = c.req.param('id')
  const command = change === 'grant' ? grantRole : revokeRole
  const result = await command(c.var.db, c.var.actor, { userId, role }, { now: c.var.now() })
  const back = localHref(c.var, `/admin/people/${userId}`)
  if (!result.ok) return c.redirect(`${back}?problem=last-admin`, 303)
  const done = result.changed ? (change === 'grant' ? 'granted' : 'revoked') : 'unchanged'
  return c.redirect(`${back}?done=${done}`, 303)
})

async function renderExperts(c: Context<AppEnv>, form?: { values: FormValues; errors: FormError[] }) {
  const { experts, pending } = await listExperts(c.var.db, c.var.actor, c.var.now())
  return renderPage(
    c,
    <ExpertsPage
      ctx={c.var.pageContext()}
      experts={experts}
      pending={pending}
      notice={form ? undefined : noticeFrom(c, { invited: 'admin.experts.done.invited' })}
      values={form?.values}
      errors={form?.errors}
    />,
    form ? 422 : 200,
  )
}

adminRoutes.get('/admin/experts', async (c) => {
  const refused = refuse(c, 'expert.invite')
  if (refused) return refused
  return renderExperts(c)
})

adminRoutes.post('/admin/experts', async (c) => {
  const refused = refuse(c, 'expert.invite')
  if (refused) return refused
  const { t } = c.var
  const form = parseForm(ExpertInvitationForm(t), await c.req.parseBody(), { t })
  if (!form.ok) return renderExperts(c, form)
  const result = await inviteExpert(
    c.var.db,
    c.var.actor,
    { email: form.data.email, locale: form.data.language },
    { now: c.var.now(), baseUrl: c.var.config.http.baseUrl },
  )
  if (!result.ok) {
    return renderExperts(c, {
      values: form.values,
      errors: [{ field: 'email', message: t('admin.experts.invite.alreadyExpert') }],
    })
  }
  return c.redirect(`${localHref(c.var, '/admin/experts')}?done=invited`, 303)
})
