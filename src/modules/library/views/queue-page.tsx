import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { Tag } from '../../../platform/ui/tag.js'
import type { LibraryStatus } from '../tables.js'
import { kindLabel } from './labels.js'

interface Row {
  slug: string
  title: string
  kind: Parameters<typeof kindLabel>[1]
  status: LibraryStatus
  updatedAt: Date
  reviewComment?: string
}

/** The editors' moderation queue, or a member's own contributions: the same table. */
export function QueuePage({ ctx, rows, mode }: { ctx: PageContext; rows: Row[]; mode: 'review' | 'mine' }) {
  const { t } = ctx
  const title = t(mode === 'review' ? 'library.review.title' : 'library.mine.title')
  const date = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.timeZone })
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('library.list.title'), path: '/library' },
        { label: title },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body-l">{t(mode === 'review' ? 'library.review.lead' : 'library.mine.lead')}</p>
      {rows.length === 0 ? (
        <p class="app-body">{t(mode === 'review' ? 'library.review.empty' : 'library.mine.empty')}</p>
      ) : (
        <Table
          caption={title}
          head={[
            t('library.field.title'),
            t('library.field.kind'),
            t('library.field.status'),
            t('library.field.updated'),
          ]}
          rows={rows.map((row) => [
            {
              text: (
                <a class="app-link" href={localHref(ctx, `/library/${row.slug}`)}>
                  {row.title}
                </a>
              ),
            },
            kindLabel(ctx, row.kind),
            {
              text: (
                <Tag colour={row.status === 'published' ? 'green' : row.status === 'rejected' ? 'red' : 'yellow'}>
                  {t(`library.status.${row.status}`)}
                </Tag>
              ),
            },
            date.format(row.updatedAt),
          ])}
        />
      )}
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/library/contribute')}>
          {t('library.list.contribute')}
        </a>
      </p>
    </Layout>
  )
}
