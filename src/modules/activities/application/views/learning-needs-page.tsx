import { Layout } from '../../../../platform/ui/layout.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import type { Activity } from '../../tables.js'
import type { Tally } from '../selection-queries.js'

export interface LearningNeedsPageProps {
  ctx: PageContext
  activity: Activity
  needs: { selected: number; topics: Tally; needs: string[] }
}

/** For the host and editors: what the selected participants want to learn, to shape the programme. */
export function LearningNeedsPage({ ctx, activity, needs }: LearningNeedsPageProps) {
  const { t } = ctx
  const title = t('activities.needs.title', { title: activity.title })
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: t('activities.needs.breadcrumb') },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('activities.needs.lead', { count: needs.selected })}</p>
      {needs.topics.length > 0 ? (
        <Table
          caption={t('activities.needs.topics')}
          captionSize="m"
          firstCellIsHeader
          head={[t('activities.needs.topic'), { text: t('activities.needs.count'), numeric: true }]}
          rows={needs.topics.map((topic) => [topic.key, { text: topic.count, numeric: true }])}
        />
      ) : null}
      <section aria-labelledby="needs-heading" class="app-section">
        <h2 class="app-heading-m" id="needs-heading">
          {t('activities.needs.written')}
        </h2>
        {needs.needs.length === 0 ? (
          <p class="app-body">{t('activities.needs.none')}</p>
        ) : (
          <ul class="app-list app-list--bullet">
            {needs.needs.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  )
}
