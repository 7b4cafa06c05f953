import type { Locale } from '../i18n/catalogue.js'
import { dateTimeFormat, intlLocale } from '../i18n/format.js'

/** Whether Intl knows the IANA zone ("Europe/Warsaw"); "CET" style abbreviations are refused. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(value) && value !== 'UTC') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

/**
 * The instant a wall-clock time ("2026-06-12T10:00") names in a zone; null when it is no time.
 * In the hour a daylight-saving change skips or repeats, it takes the offset in force after the change.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  const check = new Date(wall)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null
  const first = wall - offsetAt(wall, timeZone)
  const second = wall - offsetAt(first, timeZone)
  return new Date(second)
}

/** The wall-clock time of an instant in a zone, as a datetime-local value ("2026-06-12T10:00"). */
export function utcToZonedTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone))
  return shifted.toISOString().slice(0, 16)
}

/** "12 June 2026, 10:00 – 17:00 CEST", or with both dates when the activity spans days. */
export function formatTimeRange(locale: Locale, start: Date, end: Date, timeZone: string): string {
  const format = dateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
  return format.formatRange(start, end)
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}
