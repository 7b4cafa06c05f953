import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { AuthFrame } from './auth-frame.js'

export type CheckEmailReason = 'sign-up' | 'verification' | 'sign-in-link' | 'password-reset'

const bodyKeys: Record<CheckEmailReason, string[]> = {
  'sign-up': ['auth.checkEmail.signUp', 'auth.checkEmail.signUpKnown'],
  verification: ['auth.checkEmail.resent'],
  'sign-in-link': ['auth.checkEmail.link'],
  'password-reset': ['auth.checkEmail.reset'],
}

/**
 * "Check your e-mail", after any form that sends a link. It never says whether the address has
 * an account, nor repeats the address: the page is the same for every visitor who gets here.
 */
export function CheckEmailPage({ ctx, reason }: { ctx: PageContext; reason: CheckEmailReason }) {
  const { t } = ctx
  return (
    <AuthFrame ctx={ctx} title={t('auth.checkEmail.title')}>
      <h1 class="app-heading-l">{t('auth.checkEmail.title')}</h1>
      {bodyKeys[reason].map((key) => (
        <p class="app-body">{t(key)}</p>
      ))}
      <p class="app-body">{t('auth.checkEmail.noMail')}</p>
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/sign-in')}>
          {t('auth.checkEmail.backToSignIn')}
        </a>
      </p>
    </AuthFrame>
  )
}
