import type { Locale, Translate } from '../../../platform/i18n/catalogue.js'
import { dateTimeFormat, intlLocale } from '../../../platform/i18n/format.js'
import type { DatesPrecision, ProgrammePeriod } from '../programme-period.js'

const formats: Record<DatesPrecision, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
}

/**
 * "October 2019 – April 2022", "1 – 30 June 2024", "Ab 2024": the programme's dates at the precision
 * the source gave, as the locale writes a range. Null when no date is known.
 * Calendar dates are formatted in UTC so that they never shift by a day.
 */
export function formatProgrammeDates(locale: Locale, t: Translate, period: ProgrammePeriod): string | null {
  const format = dateTimeFormat(intlLocale(locale), formats[period.datesPrecision])
  const start = period.startsOn ? new Date(`${period.startsOn}T00:00:00Z`) : null
  const end = period.endsOn ? new Date(`${period.endsOn}T00:00:00Z`) : null
  if (start && end) return format.formatRange(start, end)
  if (start) return t('programmes.dates.from', { date: format.format(start) })
  if (end) return t('programmes.dates.until', { date: format.format(end) })
  return null
}
