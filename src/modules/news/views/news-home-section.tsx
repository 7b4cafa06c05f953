import type { HomeSection } from '../../../platform/module.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listPublishedNews } from '../queries.js'
import { NewsCard } from './news-card.js'

/** The three latest stories and announcements; left out while there are none. */
export const newsHomeSection: HomeSection = {
  order: 5,
  async render(ctx, db) {
    const { items } = await listPublishedNews(db, ctx.now, 1, 3)
    if (items.length === 0) return null
    return (
      <Section
        id="home-news"
        title={ctx.t('news.home.heading')}
        seeAll={{ href: localHref(ctx, '/news'), text: ctx.t('news.home.all') }}
      >
        <CardGrid>
          {items.map((item) => (
            <NewsCard ctx={ctx} item={item} />
          ))}
        </CardGrid>
      </Section>
    )
  },
}
