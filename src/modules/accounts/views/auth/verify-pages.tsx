import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { AuthFrame } from './auth-frame.js'
import { EmailField } from './email-field.js'
import { LinkProblemPage } from './link-problem-page.js'

/**
 * GET /account/verify?token=: a button rather than confirming on GET, so that a mail scanner
 * fetching the link neither confirms the address nor receives the session that comes with it.
 */
export function VerifyPage(props: { ctx: PageContext; token: string; kind: 'verify' | 'change'; email: string }) {
  const { ctx, token, kind, email } = props
  const { t } = ctx
  const title = t(kind === 'change' ? 'auth.verify.changeTitle' : 'auth.verify.title')
  return (
    <AuthFrame ctx={ctx} title={title}>
      <h1 class="app-heading-l">{title}</h1>
      <p class="app-body">{t(kind === 'change' ? 'auth.verify.changeBody' : 'auth.verify.body', { email })}</p>
      <form method="post" action={localHref(ctx, '/account/verify')} novalidate>
        <input type="hidden" name="token" value={token} />
        <Button>{t('auth.verify.submit')}</Button>
      </form>
    </AuthFrame>
  )
}

/** An expired or damaged confirmation link, with the form to send a new one. */
export function VerifyInvalidPage(props: { ctx: PageContext; values?: FormValues; errors?: FormError[] }) {
  const { ctx, values, errors } = props
  const { t } = ctx
  return (
    <LinkProblemPage
      ctx={ctx}
      title={t('auth.verify.invalidTitle')}
      body={t('auth.verify.invalidBody')}
      errors={errors}
    >
      <h2 class="app-heading-m">{t('auth.verify.resendHeading')}</h2>
      <form method="post" action={localHref(ctx, '/account/verify/resend')} novalidate>
        <EmailField t={t} values={values} errors={errors} />
        <Button>{t('auth.verify.resendSubmit')}</Button>
      </form>
    </LinkProblemPage>
  )
}

/** GET /account/verified: the outcome of a confirmation link. */
export function VerifiedPage({ ctx, kind }: { ctx: PageContext; kind: 'verify' | 'change' }) {
  const { t } = ctx
  const title = t(kind === 'change' ? 'auth.verified.changedTitle' : 'auth.verified.title')
  return (
    <AuthFrame ctx={ctx} title={title}>
      <h1 class="app-heading-l">{title}</h1>
      <p class="app-body">{t(kind === 'change' ? 'auth.verified.changedBody' : 'auth.verified.body')}</p>
      <Button href={localHref(ctx, '/account')}>{t('auth.verified.toAccount')}</Button>
    </AuthFrame>
  )
}
