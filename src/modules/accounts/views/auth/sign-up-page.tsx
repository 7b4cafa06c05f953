import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { richMessage } from '../../../../platform/pages/rich-message.js'
import { Button } from '../../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { AuthFrame, NextField } from './auth-frame.js'
import { EmailField } from './email-field.js'

/** GET|POST /sign-up. The password is never shown again: a page in a browser's history must not hold it. */
export function SignUpPage(props: { ctx: PageContext; values?: FormValues; errors?: FormError[]; next?: string }) {
  const { ctx, values, errors, next } = props
  const { t } = ctx
  const signIn = `${localHref(ctx, '/sign-in')}${next ? `?next=${encodeURIComponent(next)}` : ''}`
  return (
    <AuthFrame ctx={ctx} title={t('auth.signUp.title')} errors={errors}>
      <h1 class="app-heading-l">{t('auth.signUp.title')}</h1>
      <p class="app-body">{t('auth.signUp.lead')}</p>
      <form method="post" action={localHref(ctx, '/sign-up')} novalidate>
        <NextField next={next} />
        <TextInput
          t={t}
          name="name"
          label={t('auth.field.name')}
          autocomplete="name"
          spellcheck={false}
          value={fieldValue(values, 'name')}
          error={fieldError(errors, 'name')}
        />
        <EmailField t={t} hint={t('auth.signUp.emailHint')} values={values} errors={errors} />
        <TextInput
          t={t}
          name="password"
          type="password"
          label={t('auth.field.password')}
          hint={t('auth.hint.newPassword')}
          autocomplete="new-password"
          spellcheck={false}
          error={fieldError(errors, 'password')}
        />
        <Button>{t('auth.signUp.submit')}</Button>
      </form>
      <p class="app-body">
        {richMessage(t, 'auth.signUp.haveAccount', {
          link: (
            <a class="app-link" href={signIn}>
              {t('auth.signUp.signInLink')}
            </a>
          ),
        })}
      </p>
    </AuthFrame>
  )
}
