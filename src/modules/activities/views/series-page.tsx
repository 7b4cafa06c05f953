import { CardGrid } from '../../../platform/ui/card.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { ActivityCardData } from '../queries.js'
import type { ActivitySeries } from '../tables.js'
import { ActivityCard } from './activity-card.js'
import { paragraphs } from './activity-page.js'

export function SeriesPage({
  ctx,
  series,
  episodes,
}: {
  ctx: PageContext
  series: ActivitySeries
  episodes: ActivityCardData[]
}) {
  const { t } = ctx
  const path = localHref(ctx, `/activities/series/${series.slug}`)
  const title = t('activities.series.title', { title: series.title })
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={series.summary || undefined}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: series.title },
      ]}
      head={
        <>
          <link rel="alternate" type="application/atom+xml" href={`${path}/feed.xml`} title={series.title} />
          <link rel="alternate" type="text/calendar" href={`${path}/calendar.ics`} title={series.title} />
        </>
      }
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{title}</h1>
          {paragraphs(series.summary).map((paragraph) => (
            <p class="app-body-l">{paragraph}</p>
          ))}
          <ul class="app-list">
            <li>
              <a class="app-link" href={`${path}/calendar.ics`}>
                {t('activities.series.feed')}
              </a>
            </li>
            <li>
              <a class="app-link" href={`${path}/feed.xml`}>
                {t('activities.series.atom')}
              </a>
            </li>
          </ul>
        </div>
      </div>
      <h2 class="app-heading-l">{t('activities.series.episodes')}</h2>
      <CardGrid>
        {episodes.map((episode) => (
          <ActivityCard ctx={ctx} activity={episode} />
        ))}
      </CardGrid>
    </Layout>
  )
}
