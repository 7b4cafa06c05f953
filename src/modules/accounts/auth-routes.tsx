import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { FormError } from '../../platform/forms/form-state.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { Actor } from '../../platform/http/actor.js'
import { clientIp } from '../../platform/http/client-ip.js'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import {
  ChangeEmailForm,
  ChangePasswordForm,
  EmailForm,
  NewPasswordForm,
  SignInForm,
  SignInLinkForm,
  SignUpForm,
} from './auth-forms.js'
import { authFor } from './auth-registry.js'
import type { AuthRequest, SessionCookies } from './commands/auth-request.js'
import { changePassword, requestEmailChange } from './commands/change-credentials.js'
import { findPasswordResetPerson, requestPasswordReset, resetPassword } from './commands/reset-password.js'
import { requestSignInLink, signInWithLink, signInWithPassword } from './commands/sign-in.js'
import { signOut, signOutEverywhere } from './commands/sign-out.js'
import { signUp } from './commands/sign-up.js'
import { describeVerificationToken, resendVerification, verifyEmailAddress } from './commands/verify-email.js'
import { safeNextPath } from './next-path.js'
import { ACCOUNT_NOTICES, type AccountNotice, AccountPage } from './views/auth/account-page.js'
import { CheckEmailPage } from './views/auth/check-email-page.js'
import { NewPasswordPage, ResetInvalidPage, ResetRequestPage } from './views/auth/reset-password-pages.js'
import { LinkInvalidPage, LinkSignInPage, SignInPage, SignOutPage } from './views/auth/sign-in-pages.js'
import { SignUpPage } from './views/auth/sign-up-page.js'
import { VerifiedPage, VerifyInvalidPage, VerifyPage } from './views/auth/verify-pages.js'

/**
 * Signing up, in and out, confirming addresses, resetting and changing credentials; mounted at
 * the locale's root. Forms call Better Auth on the server (commands/), never its HTTP handler.
 *
 * GET|POST /sign-up · GET /sign-up/check-email · GET|POST /sign-in · POST /sign-in/link ·
 * GET /sign-in/link-sent · GET /sign-in/link?token= · POST /sign-in/link/confirm · GET|POST /sign-out ·
 * GET|POST /reset-password · GET /reset-password/sent · GET /account · POST /account/email ·
 * POST /account/password · POST /account/sign-out-everywhere · GET|POST /account/verify ·
 * GET /account/verified · POST /account/verify/resend · GET /account/verify/sent
 */
export const authRoutes = new Hono<AppEnv>()

type C = Context<AppEnv>

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

/** Every page here holds a token, an address or a form about credentials: no cache may keep it. */
function page(c: C, view: Child, status: ContentfulStatusCode = 200) {
  c.header('Cache-Control', 'no-store')
  return renderPage(c, view, status)
}

/** 303 to a path below the current locale, or to a full local path (a checked `next`). */
function redirect(c: C, path: string, cookies: SessionCookies = []) {
  for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true })
  c.header('Cache-Control', 'no-store')
  return c.redirect(isLocale(path.split('/')[1]) ? path : `/${c.var.locale}${path}`, 303)
}

function rateLimited(c: C, retryAfterSeconds: number): FormError[] {
  c.header('Retry-After', String(retryAfterSeconds))
  return [{ field: '', message: c.var.t('auth.error.rateLimited') }]
}

const nextOf = (c: C, value: unknown) => safeNextPath(value, c.var.locale)
const body = (c: C) => c.req.parseBody()

// Sign-up

authRoutes.get('/sign-up', (c) => {
  if (c.var.actor) return redirect(c, '/account')
  return page(c, <SignUpPage ctx={c.var.pageContext()} next={nextOf(c, c.req.query('next'))} />)
})

authRoutes.post('/sign-up', async (c) => {
  const form = parseForm(SignUpForm(c.var.t), await body(c), { t: c.var.t })
  const next = nextOf(c, form.values.next)
  if (!form.ok)
    return page(c, <SignUpPage ctx={c.var.pageContext()} values={form.values} errors={form.errors} next={next} />, 422)
  const result = await signUp(authRequest(c), form.data)
  if (!result.ok) {
    const errors = rateLimited(c, result.retryAfterSeconds)
    return page(c, <SignUpPage ctx={c.var.pageContext()} values={form.values} errors={errors} next={next} />, 429)
  }
  return redirect(c, '/sign-up/check-email')
})

authRoutes.get('/sign-up/check-email', (c) => page(c, <CheckEmailPage ctx={c.var.pageContext()} reason="sign-up" />))

// Confirming an address

authRoutes.get('/account/verify', (c) => {
  const token = c.req.query('token') ?? ''
  const described = describeVerificationToken(token, c.var.config.sessionSecret, c.var.now())
  if (!described) return page(c, <VerifyInvalidPage ctx={c.var.pageContext()} />, 400)
  return page(c, <VerifyPage ctx={c.var.pageContext()} token={token} kind={described.kind} email={described.email} />)
})

authRoutes.post('/account/verify', async (c) => {
  const token = String((await body(c)).token ?? '')
  const result = await verifyEmailAddress(authRequest(c), token)
  if (!result.ok) return page(c, <VerifyInvalidPage ctx={c.var.pageContext()} />, 400)
  return redirect(c, result.kind === 'change' ? '/account/verified?change=1' : '/account/verified', result.cookies)
})

authRoutes.get('/account/verified', (c) =>
  page(c, <VerifiedPage ctx={c.var.pageContext()} kind={c.req.query('change') ? 'change' : 'verify'} />),
)

authRoutes.post('/account/verify/resend', async (c) => {
  const actor = c.var.actor
  if (actor && !actor.emailVerified) {
    const result = await resendVerification(authRequest(c), { email: actor.email })
    if (!result.ok) return accountPage(c, actor, { errors: rateLimited(c, result.retryAfterSeconds) }, 429)
    return redirect(c, '/account?notice=verification-sent')
  }
  const form = parseForm(EmailForm(c.var.t), await body(c), { t: c.var.t })
  if (!form.ok)
    return page(c, <VerifyInvalidPage ctx={c.var.pageContext()} values={form.values} errors={form.errors} />, 422)
  const result = await resendVerification(authRequest(c), form.data)
  if (!result.ok) {
    const errors = rateLimited(c, result.retryAfterSeconds)
    return page(c, <VerifyInvalidPage ctx={c.var.pageContext()} values={form.values} errors={errors} />, 429)
  }
  return redirect(c, '/account/verify/sent')
})

authRoutes.get('/account/verify/sent', (c) =>
  page(c, <CheckEmailPage ctx={c.var.pageContext()} reason="verification" />),
)

// Signing in

authRoutes.get('/sign-in', (c) => {
  const next = nextOf(c, c.req.query('next'))
  if (c.var.actor) return redirect(c, next ?? '/account')
  const notice = c.req.query('notice') === 'password-reset' ? 'password-reset' : undefined
  return page(c, <SignInPage ctx={c.var.pageContext()} next={next} notice={notice} />)
})

authRoutes.post('/sign-in', async (c) => {
  const form = parseForm(SignInForm(c.var.t), await body(c), { t: c.var.t })
  const next = nextOf(c, form.values.next)
  const again = (errors: FormError[], status: ContentfulStatusCode) =>
    page(c, <SignInPage ctx={c.var.pageContext()} values={form.values} errors={errors} next={next} />, status)
  if (!form.ok) return again(form.errors, 422)
  const result = await signInWithPassword(authRequest(c), form.data)
  if (result.ok) return redirect(c, next ?? '/account', result.cookies)
  if (result.reason === 'rate-limited') return again(rateLimited(c, result.retryAfterSeconds), 429)
  return again([{ field: 'email', message: c.var.t('auth.error.wrongCredentials') }], 422)
})

authRoutes.post('/sign-in/link', async (c) => {
  const form = parseForm(SignInLinkForm(c.var.t), await body(c), { t: c.var.t })
  const next = nextOf(c, form.values.next)
  if (!form.ok)
    return page(c, <SignInPage ctx={c.var.pageContext()} values={form.values} errors={form.errors} next={next} />, 422)
  const result = await requestSignInLink(authRequest(c), { email: form.data.linkEmail, next })
  if (!result.ok) {
    const errors = rateLimited(c, result.retryAfterSeconds)
    return page(c, <SignInPage ctx={c.var.pageContext()} values={form.values} errors={errors} next={next} />, 429)
  }
  return redirect(c, '/sign-in/link-sent')
})

authRoutes.get('/sign-in/link-sent', (c) => page(c, <CheckEmailPage ctx={c.var.pageContext()} reason="sign-in-link" />))

authRoutes.get('/sign-in/link', (c) => {
  const token = c.req.query('token')
  if (!token) return page(c, <LinkInvalidPage ctx={c.var.pageContext()} />, 400)
  return page(c, <LinkSignInPage ctx={c.var.pageContext()} token={token} next={nextOf(c, c.req.query('next'))} />)
})

authRoutes.post('/sign-in/link/confirm', async (c) => {
  const fields = await body(c)
  const result = await signInWithLink(authRequest(c), String(fields.token ?? ''))
  if (!result.ok) return page(c, <LinkInvalidPage ctx={c.var.pageContext()} />, 400)
  return redirect(c, nextOf(c, fields.next) ?? '/account', result.cookies)
})

// Signing out

authRoutes.get('/sign-out', (c) => page(c, <SignOutPage ctx={c.var.pageContext()} signedIn={c.var.actor !== null} />))

authRoutes.post('/sign-out', async (c) => redirect(c, '/sign-out', await signOut(authRequest(c))))

authRoutes.post('/account/sign-out-everywhere', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInFirst(c)
  return redirect(c, '/sign-out', await signOutEverywhere(authRequest(c), actor))
})

// Resetting a forgotten password

authRoutes.get('/reset-password', async (c) => {
  const token = c.req.query('token')
  if (token === undefined) return page(c, <ResetRequestPage ctx={c.var.pageContext()} />)
  const person = await findPasswordResetPerson(authRequest(c), token)
  if (!person) return page(c, <ResetInvalidPage ctx={c.var.pageContext()} />, 400)
  return page(c, <NewPasswordPage ctx={c.var.pageContext()} token={token} />)
})

authRoutes.post('/reset-password', async (c) => {
  const fields = await body(c)
  if (fields.token === undefined) {
    const form = parseForm(EmailForm(c.var.t), fields, { t: c.var.t })
    if (!form.ok)
      return page(c, <ResetRequestPage ctx={c.var.pageContext()} values={form.values} errors={form.errors} />, 422)
    const result = await requestPasswordReset(authRequest(c), form.data)
    if (!result.ok) {
      const errors = rateLimited(c, result.retryAfterSeconds)
      return page(c, <ResetRequestPage ctx={c.var.pageContext()} values={form.values} errors={errors} />, 429)
    }
    return redirect(c, '/reset-password/sent')
  }
  const token = String(fields.token)
  const request = authRequest(c)
  const person = await findPasswordResetPerson(request, token)
  if (!person) return page(c, <ResetInvalidPage ctx={c.var.pageContext()} />, 400)
  const form = parseForm(NewPasswordForm(c.var.t, person.email), fields, { t: c.var.t })
  if (!form.ok) return page(c, <NewPasswordPage ctx={c.var.pageContext()} token={token} errors={form.errors} />, 422)
  const result = await resetPassword(request, form.data)
  if (!result.ok) return page(c, <ResetInvalidPage ctx={c.var.pageContext()} />, 400)
  // Every session of the account has ended, this browser's too: its cookie goes as well.
  return redirect(c, '/sign-in?notice=password-reset', await signOut(request))
})

authRoutes.get('/reset-password/sent', (c) =>
  page(c, <CheckEmailPage ctx={c.var.pageContext()} reason="password-reset" />),
)

// The account page and the changes made from it

function signInFirst(c: C) {
  return redirect(c, `/sign-in?next=${encodeURIComponent('/account')}`)
}

function accountPage(
  c: C,
  actor: Actor,
  state: { notice?: AccountNotice; values?: Record<string, string | string[]>; errors?: FormError[] },
  status: ContentfulStatusCode = 200,
) {
  return page(c, <AccountPage ctx={c.var.pageContext()} actor={actor} {...state} />, status)
}

authRoutes.get('/account', (c) => {
  const actor = c.var.actor
  if (!actor) return signInFirst(c)
  const notice = ACCOUNT_NOTICES.find((known) => known === c.req.query('notice'))
  return accountPage(c, actor, { notice })
})

authRoutes.post('/account/email', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInFirst(c)
  const form = parseForm(ChangeEmailForm(c.var.t, actor.email), await body(c), { t: c.var.t })
  if (!form.ok) return accountPage(c, actor, { values: form.values, errors: form.errors }, 422)
  const result = await requestEmailChange(authRequest(c), actor, form.data)
  if (!result.ok)
    return accountPage(c, actor, { values: form.values, errors: rateLimited(c, result.retryAfterSeconds) }, 429)
  return redirect(c, '/account?notice=email-change-sent')
})

authRoutes.post('/account/password', async (c) => {
  const actor = c.var.actor
  if (!actor) return signInFirst(c)
  const form = parseForm(ChangePasswordForm(c.var.t, actor.email), await body(c), { t: c.var.t })
  if (!form.ok) return accountPage(c, actor, { errors: form.errors }, 422)
  const result = await changePassword(authRequest(c), actor, form.data)
  if (result.ok) return redirect(c, '/account?notice=password-changed', result.cookies)
  if (result.reason === 'rate-limited')
    return accountPage(c, actor, { errors: rateLimited(c, result.retryAfterSeconds) }, 429)
  return accountPage(
    c,
    actor,
    { errors: [{ field: 'currentPassword', message: c.var.t('auth.error.currentPasswordWrong') }] },
    422,
  )
})
