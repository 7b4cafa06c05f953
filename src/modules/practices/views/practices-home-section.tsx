import type { HomeSection } from '../../../platform/module.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listNewestPractices } from '../queries.js'
import { PracticeCard } from './practice-card.js'

const HOME_PRACTICES_LIMIT = 6

/** The six newest published practices; left out while none is published. */
export const practicesHomeSection: HomeSection = {
  order: 30,
  async render(ctx, db) {
    const practices = await listNewestPractices(db, ctx.locale, HOME_PRACTICES_LIMIT)
    if (practices.length === 0) return null
    return (
      <Section
        id="home-practices"
        title={ctx.t('practices.home.heading')}
        seeAll={{ href: localHref(ctx, '/practices'), text: ctx.t('practices.home.all') }}
      >
        <CardGrid>
          {practices.map((practice) => (
            <PracticeCard ctx={ctx} practice={practice} />
          ))}
        </CardGrid>
      </Section>
    )
  },
}
