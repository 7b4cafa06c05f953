import type { HomeSection } from '../../../platform/module.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { calendarDateIn, withStatus } from '../programme-period.js'
import { listProgrammesForHome } from '../queries.js'
import type { ProgrammeCardData } from './programme-card.js'
import { ProgrammeCards } from './programme-list-page.js'

/** The home page is one screen of the programme: a few cards, the rest one link away. */
const HOME_PROGRAMMES_LIMIT = 6

/** The programmes on the home page: the current ones first, so the running work leads. */
export function ProgrammesHomeSection({ ctx, programmes }: { ctx: PageContext; programmes: ProgrammeCardData[] }) {
  const { t } = ctx
  const ordered = [
    ...programmes.filter((programme) => programme.status !== 'past'),
    ...programmes.filter((programme) => programme.status === 'past'),
  ]
  return (
    <Section
      id="home-programmes"
      title={t('programmes.home.heading')}
      seeAll={{ href: localHref(ctx, '/programmes'), text: t('programmes.home.all') }}
    >
      <ProgrammeCards ctx={ctx} programmes={ordered} />
    </Section>
  )
}

/** Left out of the home page while there is no programme. */
export const programmesHomeSection: HomeSection = {
  order: 90,
  async render(ctx, db) {
    const today = calendarDateIn(ctx.timeZone, ctx.now)
    const programmes = withStatus(await listProgrammesForHome(db, today, HOME_PROGRAMMES_LIMIT), today)
    return programmes.length > 0 ? <ProgrammesHomeSection ctx={ctx} programmes={programmes} /> : null
  },
}
