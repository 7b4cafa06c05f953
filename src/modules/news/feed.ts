import { Feed } from 'feed'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { markdownToHtml } from '../../platform/markdown/markdown.js'
import type { NewsItem } from './queries.js'

/** The newest published news as an Atom feed, with each story's lead and rendered body. */
export function newsAtomFeed(options: { items: NewsItem[]; locale: Locale; baseUrl: string; t: Translate }): string {
  const { items, locale, baseUrl, t } = options
  const listUrl = `${baseUrl}/${locale}/news`
  const feed = new Feed({
    title: `${t('news.feed.title')} · ${t('site.name')}`,
    id: `${listUrl}/feed.xml`,
    link: listUrl,
    language: locale,
    updated: items[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${listUrl}/feed.xml` },
    copyright: t('site.name'),
    author: { name: t('site.name') },
  })
  for (const item of items) {
    const url = `${listUrl}/${item.slug}`
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      description: item.lead,
      content: markdownToHtml(item.body),
      date: item.updatedAt,
      published: item.publishedAt ?? undefined,
    })
  }
  return feed.atom1()
}
