import { type FormError, type FormValues, fieldError } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { AuthFrame } from './auth-frame.js'
import { EmailField } from './email-field.js'
import { LinkProblemPage } from './link-problem-page.js'

/** GET /reset-password: the address to send the link to. */
export function ResetRequestPage(props: { ctx: PageContext; values?: FormValues; errors?: FormError[] }) {
  const { ctx, values, errors } = props
  const { t } = ctx
  return (
    <AuthFrame ctx={ctx} title={t('auth.reset.title')} errors={errors}>
      <h1 class="app-heading-l">{t('auth.reset.title')}</h1>
      <p class="app-body">{t('auth.reset.lead')}</p>
      <form method="post" action={localHref(ctx, '/reset-password')} novalidate>
        <EmailField t={t} values={values} errors={errors} />
        <Button>{t('auth.reset.submit')}</Button>
      </form>
    </AuthFrame>
  )
}

/** GET /reset-password?token=: the new password. The token rides in a hidden field of the form. */
export function NewPasswordPage(props: { ctx: PageContext; token: string; errors?: FormError[] }) {
  const { ctx, token, errors } = props
  const { t } = ctx
  return (
    <AuthFrame ctx={ctx} title={t('auth.reset.newTitle')} errors={errors}>
      <h1 class="app-heading-l">{t('auth.reset.newTitle')}</h1>
      <p class="app-body">{t('auth.reset.newLead')}</p>
      <form method="post" action={localHref(ctx, '/reset-password')} novalidate>
        <input type="hidden" name="token" value={token} />
        <TextInput
          t={t}
          name="password"
          type="password"
          label={t('auth.field.newPassword')}
          hint={t('auth.hint.newPassword')}
          autocomplete="new-password"
          spellcheck={false}
          error={fieldError(errors, 'password')}
        />
        <Button>{t('auth.reset.newSubmit')}</Button>
      </form>
    </AuthFrame>
  )
}

export function ResetInvalidPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx
  return (
    <LinkProblemPage ctx={ctx} title={t('auth.reset.invalidTitle')} body={t('auth.reset.invalidBody')}>
      <Button href={localHref(ctx, '/reset-password')}>{t('auth.reset.again')}</Button>
    </LinkProblemPage>
  )
}
