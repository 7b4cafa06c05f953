import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import type { Actor } from '../../../../platform/http/actor.js'
import { Button } from '../../../../platform/ui/button.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList } from '../../../../platform/ui/summary-list.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { AuthFrame } from './auth-frame.js'

export const ACCOUNT_NOTICES = ['verification-sent', 'email-change-sent', 'password-changed'] as const
export type AccountNotice = (typeof ACCOUNT_NOTICES)[number]

const noticeKeys: Record<AccountNotice, string> = {
  'verification-sent': 'auth.account.notice.verificationSent',
  'email-change-sent': 'auth.account.notice.emailChangeSent',
  'password-changed': 'auth.account.notice.passwordChanged',
}

/**
 * GET /account: the person's details and the forms that change their credentials. Its three forms
 * post to their own URLs and come back here with their errors; field names differ between forms
 * (newEmail, currentPassword, newPassword) so every id is unique on the page.
 */
export function AccountPage(props: {
  ctx: PageContext
  actor: Actor
  notice?: AccountNotice
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, actor, notice, values, errors } = props
  const { t } = ctx
  const banner = notice ? (
    <NotificationBanner t={t} type="success">
      <p class="app-body">{t(noticeKeys[notice], { email: actor.email })}</p>
    </NotificationBanner>
  ) : !actor.emailVerified ? (
    <NotificationBanner t={t} heading={t('auth.account.unverifiedHeading')}>
      <p class="app-body">{t('auth.account.unverifiedBody', { email: actor.email })}</p>
      <form method="post" action={localHref(ctx, '/account/verify/resend')} novalidate>
        <input type="hidden" name="email" value={actor.email} />
        <Button variant="secondary">{t('auth.account.resend')}</Button>
      </form>
    </NotificationBanner>
  ) : null

  return (
    <AuthFrame ctx={ctx} title={t('auth.account.title')} errors={errors} banner={banner}>
      <h1 class="app-heading-l">{t('auth.account.title')}</h1>
      <h2 class="app-heading-m">{t('auth.account.detailsHeading')}</h2>
      <SummaryList
        rows={[
          { key: t('auth.field.name'), value: actor.name },
          {
            key: t('auth.field.email'),
            value: (
              <>
                {actor.email}{' '}
                {actor.emailVerified ? (
                  <Tag colour="green">{t('auth.account.verified')}</Tag>
                ) : (
                  <Tag colour="yellow">{t('auth.account.notVerified')}</Tag>
                )}
              </>
            ),
          },
        ]}
      />
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/account/profile')}>
          {t('auth.account.profileLink')}
        </a>
      </p>
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/account/privacy')}>
          {t('privacy.accountLink')}
        </a>
      </p>

      <h2 class="app-heading-m">{t('auth.account.changeEmailHeading')}</h2>
      <form method="post" action={localHref(ctx, '/account/email')} novalidate>
        <TextInput
          t={t}
          name="newEmail"
          type="email"
          label={t('auth.field.newEmail')}
          hint={t('auth.account.changeEmailHint')}
          autocomplete="email"
          spellcheck={false}
          value={fieldValue(values, 'newEmail')}
          error={fieldError(errors, 'newEmail')}
        />
        <Button variant="secondary">{t('auth.account.changeEmailSubmit')}</Button>
      </form>

      <h2 class="app-heading-m">{t('auth.account.changePasswordHeading')}</h2>
      <p class="app-body">{t('auth.account.changePasswordLead')}</p>
      <form method="post" action={localHref(ctx, '/account/password')} novalidate>
        <TextInput
          t={t}
          name="currentPassword"
          type="password"
          label={t('auth.field.currentPassword')}
          autocomplete="current-password"
          spellcheck={false}
          error={fieldError(errors, 'currentPassword')}
        />
        <TextInput
          t={t}
          name="newPassword"
          type="password"
          label={t('auth.field.newPassword')}
          hint={t('auth.hint.newPassword')}
          autocomplete="new-password"
          spellcheck={false}
          error={fieldError(errors, 'newPassword')}
        />
        <Button variant="secondary">{t('auth.account.changePasswordSubmit')}</Button>
      </form>

      <h2 class="app-heading-m">{t('auth.account.everywhereHeading')}</h2>
      <p class="app-body">{t('auth.account.everywhereBody')}</p>
      <form method="post" action={localHref(ctx, '/account/sign-out-everywhere')} novalidate>
        <Button variant="warning">{t('auth.account.everywhereSubmit')}</Button>
      </form>
    </AuthFrame>
  )
}
