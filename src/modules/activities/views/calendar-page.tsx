import { dateTimeFormat, intlLocale } from '../../../platform/i18n/format.js'
import { dayIn } from '../../../platform/time/zoned-time.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import type { ActivityCardData } from '../queries.js'

export interface CalendarMonth {
  /** "2026-06" */
  month: string
  previous: string
  next: string
}

/** The month a `month=YYYY-MM` parameter names, or the current one in the zone. */
export function calendarMonth(param: string | undefined, now: Date, timeZone: string): CalendarMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(param ?? '')
  const year = match ? Number(match[1]) : Number(dayIn(now, timeZone).slice(0, 4))
  const month = match ? Number(match[2]) : Number(dayIn(now, timeZone).slice(5, 7))
  const valid = year >= 2000 && year <= 2100 && month >= 1 && month <= 12
  const y = valid ? year : Number(dayIn(now, timeZone).slice(0, 4))
  const m = valid ? month : Number(dayIn(now, timeZone).slice(5, 7))
  const label = (yy: number, mm: number) => `${yy}-${String(mm).padStart(2, '0')}`
  return {
    month: label(y, m),
    previous: m === 1 ? label(y - 1, 12) : label(y, m - 1),
    next: m === 12 ? label(y + 1, 1) : label(y, m + 1),
  }
}

/**
 * The month as a table of the days that have activities (a day per row), which reads in order
 * with a screen reader and on a phone, unlike a seven-column grid. Days are those of the site's zone.
 */
export function CalendarPage({
  ctx,
  month,
  activities,
}: {
  ctx: PageContext
  month: CalendarMonth
  activities: ActivityCardData[]
}) {
  const { t, locale } = ctx
  const path = localHref(ctx, '/activities')
  const monthName = dateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month.month}-01T00:00:00Z`),
  )
  const dayName = dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
  const time = dateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: ctx.timeZone })
  const days = new Map<string, ActivityCardData[]>()
  for (const activity of activities) {
    // An activity over several days appears on each of them within the month.
    const first = dayIn(activity.startsAt, ctx.timeZone)
    const last = dayIn(new Date(activity.endsAt.getTime() - 1), ctx.timeZone)
    for (
      let day = new Date(`${first}T00:00:00Z`);
      day.toISOString().slice(0, 10) <= last;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const key = day.toISOString().slice(0, 10)
      if (!key.startsWith(month.month)) continue
      days.set(key, [...(days.get(key) ?? []), activity])
    }
  }
  const title = t('activities.calendar.title', { month: monthName })
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: title },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <nav aria-label={t('activities.calendar.navigation')}>
        <ul class="app-list">
          <li>
            <a class="app-link" href={`${path}/calendar?month=${month.previous}`}>
              {t('activities.calendar.previous')}
            </a>
          </li>
          <li>
            <a class="app-link" href={`${path}/calendar?month=${month.next}`}>
              {t('activities.calendar.next')}
            </a>
          </li>
          <li>
            <a class="app-link" href={path}>
              {t('activities.calendar.listLink')}
            </a>
          </li>
        </ul>
      </nav>
      {days.size === 0 ? (
        <p class="app-body">{t('activities.calendar.none')}</p>
      ) : (
        <Table
          caption={t('activities.calendar.caption', { month: monthName, zone: ctx.timeZone })}
          captionSize="m"
          firstCellIsHeader
          head={[t('activities.calendar.day'), t('activities.calendar.activities')]}
          rows={[...days.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([day, list]) => [
              { text: <time datetime={day}>{dayName.format(new Date(`${day}T00:00:00Z`))}</time> },
              {
                text: (
                  <ul class="app-list">
                    {list.map((activity) => (
                      <li>
                        {time.format(activity.startsAt)}{' '}
                        <a class="app-link" href={`${path}/${activity.slug}`}>
                          {activity.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ])}
        />
      )}
    </Layout>
  )
}
