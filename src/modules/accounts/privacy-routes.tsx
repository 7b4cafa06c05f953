import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { FormError } from '../../platform/forms/form-state.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import { clientIp } from '../../platform/http/client-ip.js'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { authFor } from './auth-registry.js'
import type { AuthRequest } from './commands/auth-request.js'
import { type DeletionProof, deleteAccount } from './commands/delete-account.js'
import { exportPersonalData } from './commands/export-personal-data.js'
import { signOut } from './commands/sign-out.js'
import { DeleteWithConfirmationForm, DeleteWithPasswordForm } from './privacy-forms.js'
import { type DeletionRequirements, findDeletionRequirements, summarisePersonalData } from './queries/personal-data.js'
import { signInRedirect } from './sign-in-redirect.js'
import { AccountDeletedPage } from './views/privacy/account-deleted-page.js'
import { DeleteAccountPage } from './views/privacy/delete-account-page.js'
import { YourDataPage } from './views/privacy/your-data-page.js'

/**
 * A person's own data: GET /account/privacy · POST /account/privacy/download (the JSON file) ·
 * GET|POST /account/delete · GET /account/deleted; mounted at the locale's root.
 */
export const privacyRoutes = new Hono<AppEnv>()

type C = Context<AppEnv>

/** These pages show a person's own data, or take their password: no cache may keep them. */
function page(c: C, view: Child, status: ContentfulStatusCode = 200) {
  c.header('Cache-Control', 'no-store')
  return renderPage(c, view, status)
}

/** A POST without a session goes to sign-in and comes back to the page the form was on. */
function signInThenBackTo(c: C, path: string) {
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(path)}`, 303)
}

function authRequest(c: C): AuthRequest {
  return {
    db: c.var.db,
    config: c.var.config,
    auth: authFor(c.var.db, c.var.config),
    headers: c.req.raw.headers,
    ip: clientIp(c),
    now: c.var.now(),
    locale: c.var.locale,
    actor: c.var.actor,
  }
}

privacyRoutes.get('/account/privacy', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInRedirect(c)
  const summary = await summarisePersonalData(c.var.db, actor.id, c.var.now())
  return page(c, <YourDataPage ctx={c.var.pageContext()} summary={summary} />)
})

privacyRoutes.post('/account/privacy/download', async (c) => {
  if (!c.var.actor) return signInThenBackTo(c, '/account/privacy')
  const file = await exportPersonalData(c.var.db, c.var.config, c.var.actor, { now: c.var.now(), ip: clientIp(c) })
  c.header('Content-Type', 'application/json; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="${file.fileName}"`)
  c.header('Cache-Control', 'no-store')
  return c.body(file.json, 200)
})

function deletePage(
  c: C,
  requirements: DeletionRequirements,
  form: { values?: Record<string, string | string[]>; errors?: FormError[] } = {},
  status: ContentfulStatusCode = 200,
) {
  return page(c, <DeleteAccountPage ctx={c.var.pageContext()} requirements={requirements} {...form} />, status)
}

privacyRoutes.get('/account/delete', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInRedirect(c)
  return deletePage(c, await findDeletionRequirements(c.var.db, actor.id))
})

privacyRoutes.post('/account/delete', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInThenBackTo(c, '/account/delete')
  const { t } = c.var
  const requirements = await findDeletionRequirements(c.var.db, actor.id)
  if (requirements.lastSiteAdmin) return deletePage(c, requirements, {}, 409)
  const body = await c.req.parseBody()
  let proof: DeletionProof
  let values: Record<string, string | string[]>
  if (requirements.proof === 'password') {
    const form = parseForm(DeleteWithPasswordForm(t), body, { t })
    if (!form.ok) return deletePage(c, requirements, { errors: form.errors }, 422)
    proof = { password: form.data.password }
    values = {}
  } else {
    const form = parseForm(DeleteWithConfirmationForm(t), body, { t })
    if (!form.ok) return deletePage(c, requirements, form, 422)
    proof = { typedConfirmation: true }
    values = form.values
  }

  const request = authRequest(c)
  const result = await deleteAccount(request, actor, proof)
  if (result.ok) {
    // The sessions are gone already; this answer also clears the browser's cookie.
    for (const cookie of await signOut(request)) c.header('Set-Cookie', cookie, { append: true })
    c.header('Cache-Control', 'no-store')
    return c.redirect(`/${c.var.locale}/account/deleted`, 303)
  }
  if (result.reason === 'rate-limited') {
    c.header('Retry-After', String(result.retryAfterSeconds))
    return deletePage(c, requirements, { errors: [{ field: '', message: t('auth.error.rateLimited') }] }, 429)
  }
  if (result.reason === 'last-site-admin') {
    return deletePage(c, { ...requirements, lastSiteAdmin: true }, {}, 409)
  }
  const error =
    result.reason === 'wrong-password'
      ? { field: 'password', message: t('privacy.delete.password.wrong') }
      : { field: 'confirmation', message: t('privacy.delete.confirmation.wrong', { word: t('privacy.delete.word') }) }
  return deletePage(c, requirements, { values, errors: [error] }, 422)
})

privacyRoutes.get('/account/deleted', (c) => page(c, <AccountDeletedPage ctx={c.var.pageContext()} />))
