import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { formatDate } from '../../../../platform/i18n/format.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import { isTheme, themeLabelKey } from '../../themes.js'
import { InvitationForm } from '../invitation-form.js'

export function ExpertsPage({
  ctx,
  experts,
  pending,
  notice,
  values,
  errors,
}: {
  ctx: PageContext
  experts: { id: string; name: string; email: string; expertise: string[] }[]
  pending: { id: string; email: string; expiresAt: Date }[]
  notice?: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const title = t('admin.experts.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      <ErrorSummary t={t} errors={errors} />
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('admin.experts.lead')}</p>

      <section class="app-section" aria-labelledby="experts-heading">
        <h2 class="app-heading-l" id="experts-heading">
          {t('admin.experts.pool', { count: experts.length })}
        </h2>
        {experts.length === 0 ? (
          <p class="app-body">{t('admin.experts.empty')}</p>
        ) : (
          <Table
            caption={<span class="app-visually-hidden">{t('admin.experts.caption')}</span>}
            head={[t('admin.people.column.name'), t('admin.people.column.email'), t('admin.experts.column.expertise')]}
            rows={experts.map((expert) => [
              {
                text: (
                  <a class="app-link" href={localHref(ctx, `/people/${expert.id}`)}>
                    {expert.name}
                  </a>
                ),
              },
              expert.email,
              expert.expertise
                .filter(isTheme)
                .map((theme) => t(themeLabelKey(theme)))
                .join(', '),
            ])}
          />
        )}
      </section>

      <section class="app-section" aria-labelledby="pending-heading">
        <h2 class="app-heading-l" id="pending-heading">
          {t('admin.experts.pending')}
        </h2>
        {pending.length === 0 ? (
          <p class="app-body">{t('admin.experts.pendingEmpty')}</p>
        ) : (
          <Table
            caption={<span class="app-visually-hidden">{t('admin.experts.pending')}</span>}
            head={[t('admin.people.column.email'), t('admin.experts.column.expires')]}
            rows={pending.map((invitation) => [
              invitation.email,
              formatDate(locale, invitation.expiresAt, ctx.timeZone),
            ])}
          />
        )}
      </section>

      <InvitationForm
        ctx={ctx}
        action="/admin/experts"
        heading={t('admin.experts.invite.heading')}
        emailLabel={t('admin.experts.invite.email.label')}
        emailHint={t('admin.experts.invite.email.hint')}
        languageLegend={t('admin.experts.invite.language.legend')}
        submit={t('admin.experts.invite.submit')}
        values={values}
        errors={errors}
      />
    </Layout>
  )
}
