import { formatTimeRange } from '../../../platform/time/zoned-time.js'
import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { countryName, type Theme, themeLabelKey } from '../../accounts/index.js'
import type { ActivityCardData } from '../queries.js'

export function kindLabel(ctx: PageContext, kind: ActivityCardData['kind']): string {
  return ctx.t(`activities.kind.${kind}`)
}

export function ActivityCard({
  ctx,
  activity,
  headingLevel = 3,
}: {
  ctx: PageContext
  activity: ActivityCardData
  headingLevel?: 2 | 3 | 4
}) {
  const place = activity.online
    ? ctx.t('activities.online')
    : [activity.hostCity, activity.hostCountry ? countryName(activity.hostCountry, ctx.locale) : null]
        .filter(Boolean)
        .join(', ')
  return (
    <Card
      headingLevel={headingLevel}
      href={localHref(ctx, `/activities/${activity.slug}`)}
      title={activity.title}
      meta={[
        <time datetime={activity.startsAt.toISOString()}>
          {formatTimeRange(ctx.locale, activity.startsAt, activity.endsAt, activity.timeZone)}
        </time>,
        ...(place ? [place] : []),
        ...(activity.seriesTitle
          ? [
              activity.episodeNumber
                ? `${activity.seriesTitle} · ${ctx.t('activities.episode', { number: activity.episodeNumber })}`
                : activity.seriesTitle,
            ]
          : []),
      ]}
      description={activity.summary}
      tags={[
        { text: kindLabel(ctx, activity.kind), colour: 'blue' as const },
        ...activity.themes.map((theme) => ({
          text: ctx.t(themeLabelKey(theme as Theme)),
          colour: 'turquoise' as const,
        })),
      ]}
    />
  )
}
