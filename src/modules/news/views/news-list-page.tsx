import { Button } from '../../../platform/ui/button.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { type NewsItem, PAGE_SIZE } from '../queries.js'
import { NewsCard } from './news-card.js'

export function NewsListPage(props: {
  ctx: PageContext
  /** The words searched for, or empty for the whole list. */
  q?: string
  page: number
  total: number
  items: NewsItem[]
  /** Editors only: drafts, and the link to write news. */
  drafts?: NewsItem[]
}) {
  const { ctx, page, total, items, drafts } = props
  const q = props.q ?? ''
  const { t } = ctx
  const path = localHref(ctx, '/news')
  return (
    <Layout
      ctx={ctx}
      title={q ? t('news.list.titleFor', { q }) : t('news.list.title')}
      description={t('news.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('news.list.title') }]}
      head={<link rel="alternate" type="application/atom+xml" href={`${path}/feed.xml`} title={t('news.feed.title')} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('news.list.title')}</h1>
          <p class="app-body-l">{t('news.list.lead')}</p>
          {drafts ? (
            <p class="app-body">
              <a class="app-link" href={`${path}/new`}>
                {t('news.list.create')}
              </a>
            </p>
          ) : null}
          <search>
            <form method="get" action={path} class="app-news-search">
              <TextInput t={t} name="q" type="search" label={t('news.list.search')} labelSize="s" value={q} />
              <Button>{t('news.list.searchButton')}</Button>
            </form>
          </search>
        </div>
      </div>
      <h2 class="app-heading-m">
        {q ? t('news.list.countFor', { count: total, q }) : t('news.list.count', { count: total })}
      </h2>
      {items.length === 0 ? (
        <p class="app-body">{t('news.list.empty')}</p>
      ) : (
        <CardGrid>
          {items.map((item) => (
            <NewsCard ctx={ctx} item={item} />
          ))}
        </CardGrid>
      )}
      <Pagination
        t={t}
        current={page}
        total={Math.ceil(total / PAGE_SIZE)}
        path={path}
        query={q ? new URLSearchParams({ q }) : undefined}
      />
      <p class="app-body">
        <a class="app-link" href={`${path}/feed.xml`}>
          {t('news.list.feed')}
        </a>{' '}
        ·{' '}
        <a class="app-link" href={`/api/news?lang=${ctx.locale}`}>
          {t('news.list.json')}
        </a>
      </p>
      {drafts && drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 class="app-heading-m" id="drafts-heading">
            {t('news.list.drafts')}
          </h2>
          <CardGrid>
            {drafts.map((item) => (
              <NewsCard ctx={ctx} item={item} />
            ))}
          </CardGrid>
        </section>
      ) : null}
    </Layout>
  )
}
