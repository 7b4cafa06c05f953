import type { HomeSection } from '../../../platform/module.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listOpenCalls } from '../queries.js'
import { CallCard } from './call-bits.js'

/** Calls open now, the nearest deadline first; left out while none is open. */
export const callsHomeSection: HomeSection = {
  order: 15,
  async render(ctx, db) {
    const open = await listOpenCalls(db, ctx.now, 3)
    if (open.length === 0) return null
    return (
      <Section
        id="home-calls"
        title={ctx.t('calls.home.heading')}
        seeAll={{ href: localHref(ctx, '/calls?state=open'), text: ctx.t('calls.home.all') }}
      >
        <CardGrid>
          {open.map((call) => (
            <CallCard ctx={ctx} call={call} />
          ))}
        </CardGrid>
      </Section>
    )
  },
}
