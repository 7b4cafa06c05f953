import { formatDate } from '../../../../platform/i18n/format.js'
import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList } from '../../../../platform/ui/summary-list.js'
import type { PersonalDataSummary } from '../../queries/personal-data.js'

/**
 * GET /account/privacy: what the site holds about the signed-in person, counted, with the
 * download (a POST, so no link or prefetch can trigger it and the audit log sees every one) and
 * the way to delete the account.
 */
export function YourDataPage({ ctx, summary }: { ctx: PageContext; summary: PersonalDataSummary }) {
  const { t } = ctx
  const title = t('privacy.page.title')
  const roles = summary.siteRoles.filter((role) => ['admin', 'editor', 'expert'].includes(role))
  const rows = [
    { key: t('privacy.summary.name'), value: summary.name },
    {
      key: t('privacy.summary.email'),
      value: `${summary.email} (${t(summary.emailVerified ? 'privacy.summary.verified' : 'privacy.summary.notVerified')})`,
    },
    {
      key: t('privacy.summary.roles'),
      value:
        roles.length > 0
          ? roles.map((role) => t(`privacy.summary.role.${role}`)).join(', ')
          : t('privacy.summary.noRoles'),
    },
    { key: t('privacy.summary.created'), value: formatDate(ctx.locale, summary.createdAt, ctx.timeZone) },
    {
      key: t('privacy.summary.profile'),
      value: t(summary.hasProfile ? 'privacy.summary.profileFilled' : 'privacy.summary.profileEmpty'),
    },
    {
      key: t('privacy.summary.organisations'),
      value: t('privacy.summary.organisationsValue', {
        memberships: summary.memberships,
        requests: summary.joinRequests,
      }),
    },
    {
      key: t('privacy.summary.invitations'),
      value: t('privacy.summary.invitationsValue', {
        sent: summary.invitationsSent,
        received: summary.invitationsReceived,
      }),
    },
    {
      key: t('privacy.summary.sessions'),
      value: t('privacy.summary.sessionsValue', { count: summary.activeSessions }),
    },
    {
      key: t('privacy.summary.auditEvents'),
      value: t('privacy.summary.auditEventsValue', { count: summary.auditEvents }),
    },
    { key: t('privacy.summary.mail'), value: t('privacy.summary.mailValue', { count: summary.mail }) },
  ]
  if (summary.otherParts.length > 0) {
    rows.push({ key: t('privacy.summary.otherParts'), value: summary.otherParts.map((key) => t(key)).join(', ') })
  }
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('auth.account.title'), path: '/account' },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t('privacy.page.lead')}</p>

          <h2 class="app-heading-m">{t('privacy.summary.heading')}</h2>
          <SummaryList rows={rows} />
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, '/privacy')}>
              {t('privacy.page.noticeLink')}
            </a>
          </p>

          <h2 class="app-heading-m">{t('privacy.download.heading')}</h2>
          <p class="app-body">{t('privacy.download.body')}</p>
          <form method="post" action={localHref(ctx, '/account/privacy/download')} novalidate>
            <Button variant="secondary">{t('privacy.download.submit')}</Button>
          </form>

          <h2 class="app-heading-m">{t('privacy.delete.heading')}</h2>
          <p class="app-body">{t('privacy.delete.summary')}</p>
          <Button variant="warning" href={localHref(ctx, '/account/delete')}>
            {t('privacy.delete.start')}
          </Button>
        </div>
      </div>
    </Layout>
  )
}
