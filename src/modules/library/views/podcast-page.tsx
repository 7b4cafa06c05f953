import { Markdown } from '../../../platform/markdown/markdown.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { contentLang } from '../../programmes/views/content-lang.js'
import type { LibraryItem, Podcast } from '../tables.js'
import { summaryOf } from './item-card.js'
import { formatDuration } from './labels.js'

/** A show: its description, its RSS feed for podcast apps, and its episodes. */
export function PodcastPage({
  ctx,
  podcast,
  episodes,
  canEdit = false,
  notice,
}: {
  ctx: PageContext
  podcast: Podcast
  episodes: LibraryItem[]
  canEdit?: boolean
  notice?: string
}) {
  const { t } = ctx
  const base = `/library/podcasts/${podcast.slug}`
  const feedHref = localHref(ctx, `${base}/feed.xml`)
  const lang = contentLang(ctx, podcast.language)
  return (
    <Layout
      ctx={ctx}
      title={podcast.title}
      description={summaryOf(podcast.description, 160)}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('library.list.title'), path: '/library' },
        { label: podcast.title },
      ]}
      head={<link rel="alternate" type="application/rss+xml" href={feedHref} title={podcast.title} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <span class="app-caption-m">{t('library.podcast.caption')}</span>
          <h1 class="app-heading-xl" lang={lang}>
            {podcast.title}
          </h1>
          {podcast.coverKey ? (
            <img class="app-library-cover" src={localHref(ctx, `${base}/cover`)} alt={podcast.coverAlt} />
          ) : null}
          <div class="app-prose" lang={lang}>
            {Markdown(podcast.description)}
          </div>
          <p class="app-body">
            {t('library.podcast.by', { author: podcast.author })} ·{' '}
            <a class="app-link" href={feedHref}>
              {t('library.podcast.feed')}
            </a>
            {canEdit ? ' · ' : null}
            {canEdit ? (
              <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                {t('library.podcast.edit')}
              </a>
            ) : null}
          </p>
          <h2 class="app-heading-l">{t('library.podcast.episodes', { count: episodes.length })}</h2>
          {episodes.length === 0 ? <p class="app-body">{t('library.podcast.none')}</p> : null}
          <ol class="app-list" reversed>
            {episodes.map((episode) => (
              <li>
                <h3 class="app-heading-s">
                  <a
                    class="app-link"
                    href={localHref(ctx, `/library/${episode.slug}`)}
                    lang={contentLang(ctx, episode.language)}
                  >
                    {episode.episodeNumber ? `${episode.episodeNumber}. ` : ''}
                    {episode.title}
                  </a>
                </h3>
                <p class="app-body">
                  {summaryOf(episode.description, 200)}
                  {episode.durationSeconds ? ` (${formatDuration(episode.durationSeconds)})` : ''}
                </p>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </Layout>
  )
}
