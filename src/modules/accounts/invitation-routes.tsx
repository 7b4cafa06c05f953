import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError, FormValues } from '../../platform/forms/form-state.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import { authFor } from './auth-registry.js'
import {
  type AcceptedInvitation,
  acceptInvitation,
  acceptInvitationWithNewAccount,
} from './commands/accept-invitation.js'
import { NewAccountForm } from './invitation-forms.js'
import { findInvitationByToken, type InvitationDetails } from './queries/invitations.js'
import { InvitationGonePage, type InvitationMode, InvitationPage } from './views/invitations/invitation-page.js'

/** GET|POST /invitations/:token — the link in an invitation e-mail; mounted at the locale root. */
export const invitationRoutes = new Hono<AppEnv>()

// The token is in the address: no cache keeps the page (the views also keep it out of Referer headers).
invitationRoutes.use('/invitations/*', async (c, next) => {
  await next()
  c.header('cache-control', 'no-store')
})

function modeFor(c: Context<AppEnv>, details: InvitationDetails): InvitationMode {
  const { actor } = c.var
  if (actor) return actor.email.toLowerCase() === details.invitation.email ? 'accept' : 'wrong-account'
  return details.accountExists ? 'sign-in' : 'create'
}

async function show(
  c: Context<AppEnv>,
  token: string,
  details: InvitationDetails,
  form?: { values: FormValues; errors: FormError[] },
) {
  return renderPage(
    c,
    <InvitationPage
      ctx={c.var.pageContext()}
      token={token}
      details={details}
      mode={modeFor(c, details)}
      signedInAs={c.var.actor?.email}
      values={form?.values}
      errors={form?.errors}
    />,
    form ? 422 : 200,
  )
}

function gone(c: Context<AppEnv>, reason: 'not-found' | 'expired' | 'accepted' | 'revoked') {
  return renderPage(
    c,
    <InvitationGonePage ctx={c.var.pageContext()} reason={reason} />,
    reason === 'not-found' ? 404 : 410,
  )
}

function accepted(c: Context<AppEnv>, result: AcceptedInvitation) {
  if (result.purpose === 'expert') return c.redirect(`${localHref(c.var, '/account/profile')}?done=expert`, 303)
  return c.redirect(`${localHref(c.var, `/organisations/${result.organisation.slug}`)}?done=joined`, 303)
}

invitationRoutes.get('/invitations/:token', async (c) => {
  const token = c.req.param('token')
  const details = await findInvitationByToken(c.var.db, token, c.var.now())
  if (!details) return gone(c, 'not-found')
  if (details.state !== 'pending') return gone(c, details.state)
  return show(c, token, details)
})

invitationRoutes.post('/invitations/:token', async (c) => {
  const { db, t } = c.var
  const token = c.req.param('token')
  const now = c.var.now()
  const details = await findInvitationByToken(db, token, now)
  if (!details) return gone(c, 'not-found')
  if (details.state !== 'pending') return gone(c, details.state)
  const mode = modeFor(c, details)

  if (mode === 'accept') {
    const result = await acceptInvitation(db, c.var.actor, token, { now })
    if (result.ok) return accepted(c, result)
    if (result.reason === 'wrong-account') return show(c, token, details)
    return gone(c, result.reason)
  }
  if (mode !== 'create') return show(c, token, details)

  const form = parseForm(NewAccountForm(t), await c.req.parseBody(), { t })
  if (!form.ok) return show(c, token, details, form)
  const result = await acceptInvitationWithNewAccount(
    db,
    { token, name: form.data.name, password: form.data.password, locale: c.var.locale },
    { now },
  )
  if (!result.ok) {
    if (result.reason === 'password') {
      return show(c, token, details, {
        values: form.values,
        errors: [{ field: 'password', message: t(`invitations.password.${result.problem}`) }],
      })
    }
    if (result.reason === 'account-exists') return show(c, token, { ...details, accountExists: true })
    return gone(c, result.reason)
  }
  // The new account signs in at once, as a person who just chose a password expects.
  const { headers } = await authFor(db, c.var.config).api.signInEmail({
    body: { email: result.email, password: form.data.password },
    returnHeaders: true,
  })
  const response = accepted(c, result)
  for (const cookie of headers.getSetCookie()) response.headers.append('set-cookie', cookie)
  return response
})
