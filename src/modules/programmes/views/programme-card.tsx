import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { TagColour } from '../../../platform/ui/tag.js'
import type { ProgrammeStatus } from '../programme-period.js'
import type { ProgrammeSummary } from '../queries.js'
import { contentLang } from './content-lang.js'
import { formatProgrammeDates } from './programme-dates.js'

export interface ProgrammeCardData extends ProgrammeSummary {
  status: ProgrammeStatus
}

/** A programme on the programmes list and on the home page: name, summary, dates, partners. */
export function ProgrammeCard({ ctx, programme }: { ctx: PageContext; programme: ProgrammeCardData }) {
  const { t } = ctx
  const lang = contentLang(ctx, programme.language)
  const dates = formatProgrammeDates(ctx.locale, t, programme)
  return (
    <Card
      headingLevel={3}
      href={localHref(ctx, `/programmes/${programme.slug}`)}
      title={lang ? <span lang={lang}>{programme.name}</span> : programme.name}
      meta={[...(dates ? [dates] : []), t('programmes.partnersCount', { count: programme.partnersCount })]}
      description={lang ? <span lang={lang}>{programme.summary}</span> : programme.summary}
      tags={statusTags(ctx, programme.status, programme.euFunded)}
    />
  )
}

/** "Past programme", "Upcoming", "Funded by the EU": only the labels that tell the reader something. */
export function statusTags(ctx: PageContext, status: ProgrammeStatus, euFunded: boolean) {
  const tags: { text: string; colour: TagColour }[] = []
  if (status === 'past') tags.push({ text: ctx.t('programmes.status.past'), colour: 'grey' })
  if (status === 'upcoming') tags.push({ text: ctx.t('programmes.status.upcoming'), colour: 'green' })
  if (euFunded) tags.push({ text: ctx.t('programmes.euFunded'), colour: 'blue' })
  return tags
}
