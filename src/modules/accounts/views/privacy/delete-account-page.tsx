import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import type { DeletionRequirements } from '../../queries/personal-data.js'

/**
 * GET|POST /account/delete: what deleting erases and what it keeps, then the confirmation, with
 * the password (or, for an account without one, a typed word). The site's last administrator
 * sees why they cannot, and no form.
 */
export function DeleteAccountPage(props: {
  ctx: PageContext
  requirements: DeletionRequirements
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, requirements, values, errors } = props
  const { t } = ctx
  const title = t('privacy.delete.title')
  const word = t('privacy.delete.word')
  const withoutAdmin = requirements.organisationsWithoutAdmin
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('auth.account.title'), path: '/account' },
        { label: t('privacy.page.title'), path: '/account/privacy' },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {requirements.lastSiteAdmin ? (
            <NotificationBanner t={t} heading={t('privacy.delete.lastSiteAdminHeading')}>
              <p class="app-body">{t('privacy.delete.lastSiteAdminBody')}</p>
            </NotificationBanner>
          ) : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t('privacy.delete.lead')}</p>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, '/account/privacy')}>
              {t('privacy.delete.downloadFirst')}
            </a>
          </p>

          <h2 class="app-heading-m">{t('privacy.delete.erasedHeading')}</h2>
          <ul class="app-list app-list--bullet">
            <li>{t('privacy.delete.erasedIdentity')}</li>
            <li>{t('privacy.delete.erasedProfile')}</li>
            <li>{t('privacy.delete.erasedMemberships')}</li>
            <li>{t('privacy.delete.erasedInvitations')}</li>
            <li>{t('privacy.delete.erasedSessions')}</li>
            <li>{t('privacy.delete.erasedTraces')}</li>
            <li>{t('privacy.delete.erasedModules')}</li>
          </ul>

          <h2 class="app-heading-m">{t('privacy.delete.keptHeading')}</h2>
          <ul class="app-list app-list--bullet">
            <li>{t('privacy.delete.keptContributions')}</li>
            <li>{t('privacy.delete.keptLog')}</li>
            <li>{t('privacy.delete.keptNumber')}</li>
          </ul>

          {withoutAdmin.length > 0 ? (
            <p class="app-body">
              {t('privacy.delete.organisationsWithoutAdmin', {
                count: withoutAdmin.length,
                names: new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(
                  withoutAdmin.map((organisation) => organisation.name),
                ),
              })}{' '}
              {t('privacy.delete.handOver')}
            </p>
          ) : null}

          {requirements.lastSiteAdmin ? null : (
            <form method="post" action={localHref(ctx, '/account/delete')} novalidate>
              {requirements.proof === 'password' ? (
                <TextInput
                  t={t}
                  name="password"
                  type="password"
                  label={t('privacy.delete.password.label')}
                  hint={t('privacy.delete.password.hint')}
                  autocomplete="current-password"
                  spellcheck={false}
                  error={fieldError(errors, 'password')}
                />
              ) : (
                <TextInput
                  t={t}
                  name="confirmation"
                  label={t('privacy.delete.confirmation.label', { word })}
                  autocomplete="off"
                  spellcheck={false}
                  width="10"
                  value={fieldValue(values, 'confirmation')}
                  error={fieldError(errors, 'confirmation')}
                />
              )}
              <ButtonGroup>
                <Button variant="warning">{t('privacy.delete.submit')}</Button>
                <a class="app-link" href={localHref(ctx, '/account/privacy')}>
                  {t('privacy.delete.cancel')}
                </a>
              </ButtonGroup>
            </form>
          )}
        </div>
      </div>
    </Layout>
  )
}
