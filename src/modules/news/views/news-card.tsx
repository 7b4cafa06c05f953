import { formatDate } from '../../../platform/i18n/format.js'
import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { NewsItem } from '../queries.js'

export const newsImagePath = (item: Pick<NewsItem, 'slug' | 'updatedAt'>) =>
  `/news/${item.slug}/image?v=${item.updatedAt.getTime().toString(36)}`

export function NewsCard({ ctx, item, headingLevel }: { ctx: PageContext; item: NewsItem; headingLevel?: 2 | 3 }) {
  return (
    <Card
      headingLevel={headingLevel}
      href={localHref(ctx, `/news/${item.slug}`)}
      title={item.title}
      meta={[
        ctx.t(`news.kind.${item.kind}`),
        item.publishedAt ? formatDate(ctx.locale, item.publishedAt, ctx.timeZone) : ctx.t('news.status.draft'),
      ]}
      description={item.lead}
      // The picture repeats the title: decorative here, so its alt text is empty.
      image={item.imageKey ? { src: localHref(ctx, newsImagePath(item)), alt: '' } : undefined}
    />
  )
}
