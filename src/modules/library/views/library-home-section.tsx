import type { HomeSection } from '../../../platform/module.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listLatestItems } from '../queries.js'
import { LibraryCard } from './item-card.js'

/** The three newest items of the library; left out while it is empty. */
export const libraryHomeSection: HomeSection = {
  order: 35,
  async render(ctx, db) {
    const items = await listLatestItems(db, 3)
    if (items.length === 0) return null
    return (
      <Section
        id="home-library"
        title={ctx.t('library.home.heading')}
        seeAll={{ href: localHref(ctx, '/library'), text: ctx.t('library.home.all') }}
      >
        <CardGrid>
          {items.map((item) => (
            <LibraryCard ctx={ctx} item={item} />
          ))}
        </CardGrid>
      </Section>
    )
  },
}
