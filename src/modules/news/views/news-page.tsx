import { formatDate } from '../../../platform/i18n/format.js'
import { Markdown } from '../../../platform/markdown/markdown.js'
import { Button } from '../../../platform/ui/button.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Tag } from '../../../platform/ui/tag.js'
import { type Theme, themeLabelKey } from '../../accounts/index.js'
import type { NewsItem } from '../queries.js'
import { newsImagePath } from './news-card.js'

export function NewsPage(props: {
  ctx: PageContext
  item: NewsItem
  isPublic: boolean
  canEdit: boolean
  notice?: string
}) {
  const { ctx, item, isPublic, canEdit, notice } = props
  const { t } = ctx
  const lang = item.language === ctx.locale ? undefined : item.language
  const base = `/news/${item.slug}`
  return (
    <Layout
      ctx={ctx}
      title={item.title}
      description={item.lead}
      indexable={isPublic}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('news.list.title'), path: '/news' },
        { label: item.title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <span class="app-caption-m">
            {t(`news.kind.${item.kind}`)}
            {item.publishedAt ? (
              <>
                {' · '}
                <time datetime={item.publishedAt.toISOString()}>
                  {formatDate(ctx.locale, item.publishedAt, ctx.timeZone)}
                </time>
              </>
            ) : null}
          </span>
          {!isPublic ? (
            <p class="app-body">
              <Tag colour="grey">{t('news.status.draft')}</Tag>
            </p>
          ) : null}
          <div lang={lang}>
            <h1 class="app-heading-xl">{item.title}</h1>
            <p class="app-body-l">{item.lead}</p>
          </div>
          {canEdit ? (
            <div class="app-body">
              <p class="app-body">
                <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                  {t('news.edit.link')}
                </a>
              </p>
              <form method="post" action={localHref(ctx, `${base}/${isPublic ? 'unpublish' : 'publish'}`)}>
                <Button variant={isPublic ? 'secondary' : 'primary'}>
                  {t(isPublic ? 'news.unpublish.submit' : 'news.publish.submit')}
                </Button>
              </form>
            </div>
          ) : null}
          {item.imageKey ? (
            <img class="app-news-image" src={localHref(ctx, newsImagePath(item))} alt={item.imageAlt} lang={lang} />
          ) : null}
          <div class="app-prose" lang={lang}>
            {Markdown(item.body)}
          </div>
          {item.themes.length > 0 ? (
            <>
              <h2 class="app-heading-m">{t('news.themes')}</h2>
              <ul class="app-card__tags">
                {item.themes.map((theme) => (
                  <li class="app-card__tag">
                    <Tag colour="turquoise">{t(themeLabelKey(theme as Theme))}</Tag>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {item.related.length > 0 ? (
            <>
              <h2 class="app-heading-m">{t('news.related')}</h2>
              <ul class="app-list app-list--bullet">
                {item.related.map((link) => (
                  <li>
                    <a class="app-link" href={localHref(ctx, link.path)}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
