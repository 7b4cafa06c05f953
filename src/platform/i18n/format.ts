import type { Locale } from './catalogue.js'

/**
 * The Intl locale for a shipped language: English is written for a European audience, so
 * dates read "21 November 2026", not the US order.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale
}

/** Dates, times and numbers through Intl, always in a named time zone. */
export function formatDate(locale: Locale, value: Date | string, timeZone: string, style: 'long' | 'medium' = 'long') {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone }).format(toDate(value))
}

export function formatDateTime(locale: Locale, value: Date | string, timeZone: string) {
  // Intl refuses timeZoneName beside dateStyle/timeStyle (a TypeError), so the fields are spelt out.
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(toDate(value))
}

/** A calendar date with no time (a `date` column): formatted in UTC so it never shifts a day. */
export function formatCalendarDate(locale: Locale, isoDate: string, style: 'long' | 'medium' = 'long') {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value)
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone: the day people there see. */
export function calendarDayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  )
}
