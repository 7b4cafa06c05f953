import type { HomeSection } from '../../../platform/module.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listUpcoming } from '../queries.js'
import { ActivityCard } from './activity-card.js'

/** The next three activities; left out while none is coming. */
export const activitiesHomeSection: HomeSection = {
  order: 20,
  async render(ctx, db) {
    const upcoming = await listUpcoming(db, ctx.now, 3)
    if (upcoming.length === 0) return null
    return (
      <Section
        id="home-activities"
        title={ctx.t('activities.home.heading')}
        seeAll={{ href: localHref(ctx, '/activities'), text: ctx.t('activities.home.all') }}
      >
        <CardGrid>
          {upcoming.map((activity) => (
            <ActivityCard ctx={ctx} activity={activity} />
          ))}
        </CardGrid>
      </Section>
    )
  },
}
