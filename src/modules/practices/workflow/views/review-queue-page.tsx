import { formatDate } from '../../../../platform/i18n/format.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { FilterActions } from '../../../../platform/ui/filter-actions.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Pagination } from '../../../../platform/ui/pagination.js'
import { Table } from '../../../../platform/ui/table.js'
import type { PublicationStatus } from '../../policy.js'
import { PUBLICATION_STATUSES } from '../../tables.js'
import { type PracticeListItem, REVIEW_PAGE_SIZE } from '../workflow-queries.js'
import { PublicationTag } from './publication-tag.js'

/** The editors' queue: submitted practices first, filtered by state. */
export function ReviewQueuePage({
  ctx,
  states,
  page,
  result,
}: {
  ctx: PageContext
  states: PublicationStatus[]
  page: number
  result: { total: number; items: PracticeListItem[] }
}) {
  const { t, locale } = ctx
  const title = t('practices.workflow.queue.title')
  const path = localHref(ctx, '/practices/review')
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
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('practices.workflow.queue.lead')}</p>
      <form method="get" action={path}>
        <Checkboxes
          t={t}
          name="state"
          legend={t('practices.workflow.column.state')}
          legendSize="s"
          small
          inline
          items={PUBLICATION_STATUSES.map((status) => ({
            value: status,
            text: t(`practices.workflow.state.${status}`),
          }))}
          values={states}
        />
        <FilterActions
          apply={t('practices.filter.apply')}
          clear={t('practices.workflow.queue.clear')}
          listPath={path}
          filtered={states.length > 0}
        />
      </form>
      <p class="app-body">{t('practices.list.count', { count: result.total })}</p>
      {result.items.length > 0 ? (
        <Table
          caption={t('practices.workflow.queue.caption')}
          captionSize="m"
          head={[
            t('practices.workflow.column.practice'),
            t('practices.workflow.column.organisation'),
            t('practices.workflow.column.state'),
            t('practices.workflow.column.updated'),
          ]}
          rows={result.items.map((item) => [
            {
              text: (
                <a class="app-link" href={localHref(ctx, `/practices/${item.slug}/review`)}>
                  {item.title}
                </a>
              ),
            },
            item.organisationName ?? '',
            { text: <PublicationTag t={t} status={item.publicationStatus} /> },
            formatDate(locale, item.updatedAt, ctx.timeZone, 'medium'),
          ])}
        />
      ) : null}
      <Pagination
        t={t}
        current={page}
        total={Math.ceil(result.total / REVIEW_PAGE_SIZE)}
        path={path}
        query={{ state: states }}
      />
    </Layout>
  )
}
