import { type FormError, type FormValues, fieldError } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { AuthFrame, NextField } from './auth-frame.js'
import { EmailField } from './email-field.js'
import { LinkProblemPage } from './link-problem-page.js'

/**
 * GET /sign-in: two forms, password and e-mailed link. Their e-mail fields are "email" and
 * "linkEmail", so each error summary link lands in the right form. The password is never refilled.
 */
export function SignInPage(props: {
  ctx: PageContext
  values?: FormValues
  errors?: FormError[]
  next?: string
  notice?: 'password-reset'
}) {
  const { ctx, values, errors, next, notice } = props
  const { t } = ctx
  const withNext = (path: string) => `${localHref(ctx, path)}${next ? `?next=${encodeURIComponent(next)}` : ''}`
  return (
    <AuthFrame
      ctx={ctx}
      title={t('auth.signIn.title')}
      errors={errors}
      banner={
        notice === 'password-reset' ? (
          <NotificationBanner t={t} type="success">
            <p class="app-body">{t('auth.signIn.passwordReset')}</p>
          </NotificationBanner>
        ) : null
      }
    >
      <h1 class="app-heading-l">{t('auth.signIn.title')}</h1>
      <h2 class="app-heading-m">{t('auth.signIn.passwordHeading')}</h2>
      <form method="post" action={localHref(ctx, '/sign-in')} novalidate>
        <NextField next={next} />
        <EmailField t={t} values={values} errors={errors} />
        <TextInput
          t={t}
          name="password"
          type="password"
          label={t('auth.field.password')}
          autocomplete="current-password"
          spellcheck={false}
          error={fieldError(errors, 'password')}
        />
        <Button>{t('auth.signIn.submit')}</Button>
      </form>
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/reset-password')}>
          {t('auth.signIn.forgotten')}
        </a>
      </p>

      <h2 class="app-heading-m">{t('auth.signIn.linkHeading')}</h2>
      <p class="app-body">{t('auth.signIn.linkBody')}</p>
      <form method="post" action={localHref(ctx, '/sign-in/link')} novalidate>
        <NextField next={next} />
        <EmailField t={t} name="linkEmail" values={values} errors={errors} />
        <Button variant="secondary">{t('auth.signIn.linkSubmit')}</Button>
      </form>

      <h2 class="app-heading-m">{t('auth.signIn.noAccountHeading')}</h2>
      <p class="app-body">
        <a class="app-link" href={withNext('/sign-up')}>
          {t('auth.signIn.createAccount')}
        </a>
      </p>
    </AuthFrame>
  )
}

/**
 * GET /sign-in/link?token=: a button, not a sign-in on GET, so a mail scanner that fetches the link
 * does not use up its one use.
 */
export function LinkSignInPage(props: { ctx: PageContext; token: string; next?: string }) {
  const { ctx, token, next } = props
  const { t } = ctx
  return (
    <AuthFrame ctx={ctx} title={t('auth.link.title')}>
      <h1 class="app-heading-l">{t('auth.link.title')}</h1>
      <p class="app-body">{t('auth.link.body')}</p>
      <form method="post" action={localHref(ctx, '/sign-in/link/confirm')} novalidate>
        <input type="hidden" name="token" value={token} />
        <NextField next={next} />
        <Button>{t('auth.link.submit')}</Button>
      </form>
    </AuthFrame>
  )
}

export function LinkInvalidPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx
  return (
    <LinkProblemPage ctx={ctx} title={t('auth.link.invalidTitle')} body={t('auth.link.invalidBody')}>
      <Button href={`${localHref(ctx, '/sign-in')}#linkEmail`}>{t('auth.link.again')}</Button>
    </LinkProblemPage>
  )
}

/** GET /sign-out: the button for someone signed in; after signing out, the confirmation. */
export function SignOutPage({ ctx, signedIn }: { ctx: PageContext; signedIn: boolean }) {
  const { t } = ctx
  if (signedIn) {
    return (
      <AuthFrame ctx={ctx} title={t('auth.signOut.title')}>
        <h1 class="app-heading-l">{t('auth.signOut.title')}</h1>
        <p class="app-body">{t('auth.signOut.body')}</p>
        <form method="post" action={localHref(ctx, '/sign-out')} novalidate>
          <Button>{t('auth.signOut.submit')}</Button>
        </form>
      </AuthFrame>
    )
  }
  return (
    <AuthFrame ctx={ctx} title={t('auth.signOut.doneTitle')}>
      <h1 class="app-heading-l">{t('auth.signOut.doneTitle')}</h1>
      <p class="app-body">{t('auth.signOut.doneBody')}</p>
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/sign-in')}>
          {t('auth.signOut.signInAgain')}
        </a>
      </p>
    </AuthFrame>
  )
}
