import { calendarDayIn } from '../../platform/i18n/format.js'
/** How much of a programme's start and end dates is known (see programmes.dates_precision). */
export type DatesPrecision = 'day' | 'month' | 'year'

export type ProgrammeStatus = 'upcoming' | 'current' | 'past'

export interface ProgrammePeriod {
  /** ISO calendar dates (YYYY-MM-DD); with a coarser precision, the first day of the month or year. */
  startsOn: string | null
  endsOn: string | null
  datesPrecision: DatesPrecision
}

/**
 * Where a programme stands on `today` (an ISO date in the site's time zone). A programme without
 * dates counts as current: the programmes in our sources that give none are the running ones.
 * An end known only to the month ("April 2022") lasts until that month's last day.
 */
export function programmeStatus(period: ProgrammePeriod, today: string): ProgrammeStatus {
  if (period.startsOn && today < period.startsOn) return 'upcoming'
  if (period.endsOn && today > lastDayOf(period.endsOn, period.datesPrecision)) return 'past'
  return 'current'
}

/** The last calendar day a date of this precision covers: 2022-04-01 at 'month' → 2022-04-30. */
export function lastDayOf(isoDate: string, precision: DatesPrecision): string {
  if (precision === 'day') return isoDate
  const [year, month] = isoDate.split('-').map(Number) as [number, number]
  if (precision === 'year') return `${year}-12-31`
  const last = new Date(Date.UTC(year, month, 0))
  return last.toISOString().slice(0, 10)
}

/** Today's calendar date where the site is, e.g. Europe/Brussels, as YYYY-MM-DD. */
export function calendarDateIn(timeZone: string, now: Date): string {
  return calendarDayIn(now, timeZone)
}

/** The stored form of a date of some precision: the first day of its month or year. */
export function normaliseToPrecision(isoDate: string, precision: DatesPrecision): string {
  if (precision === 'month') return `${isoDate.slice(0, 7)}-01`
  if (precision === 'year') return `${isoDate.slice(0, 4)}-01-01`
  return isoDate
}

/** The date as schema.org and ISO 8601 write it at this precision: 2019-10, 2019, or 2019-10-01. */
export function isoAtPrecision(isoDate: string, precision: DatesPrecision): string {
  if (precision === 'month') return isoDate.slice(0, 7)
  if (precision === 'year') return isoDate.slice(0, 4)
  return isoDate
}

/** Each programme with where it stands on `today`. */
export function withStatus<T extends ProgrammePeriod>(items: T[], today: string): (T & { status: ProgrammeStatus })[] {
  return items.map((item) => ({ ...item, status: programmeStatus(item, today) }))
}
