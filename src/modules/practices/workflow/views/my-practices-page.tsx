import { formatDate } from '../../../../platform/i18n/format.js'
import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import type { PracticeListItem } from '../workflow-queries.js'
import { PublicationTag } from './publication-tag.js'

/** The practices of the member's organisations, in every state, with a way to propose another. */
export function MyPracticesPage({
  ctx,
  items,
  canPropose,
  notice,
}: {
  ctx: PageContext
  items: PracticeListItem[]
  canPropose: boolean
  notice?: string
}) {
  const { t, locale } = ctx
  const title = t('practices.workflow.mine.title')
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: title },
      ]}
    >
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('practices.workflow.mine.lead')}</p>
      {canPropose ? (
        <Button href={localHref(ctx, '/practices/new')}>{t('practices.workflow.new.title')}</Button>
      ) : (
        <p class="app-body">{t('practices.workflow.mine.noOrganisation')}</p>
      )}
      {items.length === 0 ? (
        <p class="app-body">{t('practices.workflow.mine.empty')}</p>
      ) : (
        <Table
          caption={t('practices.workflow.mine.caption')}
          captionSize="m"
          head={[
            t('practices.workflow.column.practice'),
            t('practices.workflow.column.organisation'),
            t('practices.workflow.column.state'),
            t('practices.workflow.column.updated'),
          ]}
          rows={items.map((item) => [
            {
              text: (
                <a
                  class="app-link"
                  href={localHref(
                    ctx,
                    `/practices/${item.slug}${item.publicationStatus === 'draft' || item.publicationStatus === 'changes-requested' ? '/edit' : ''}`,
                  )}
                >
                  {item.title}
                </a>
              ),
            },
            item.organisationName ?? '',
            { text: <PublicationTag t={t} status={item.publicationStatus} /> },
            formatDate(locale, item.updatedAt, ctx.timeZone, 'medium'),
          ])}
        />
      )}
    </Layout>
  )
}
