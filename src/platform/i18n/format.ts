import type { Locale } from './catalogue.js'

/**
 * The Intl locale for a shipped language: English is written for a European audience, so
 * dates read "21 November 2026", not the US order.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale
}

// Creating an Intl formatter costs far more than formatting with one (lists format hundreds of
// dates), so each locale-and-options pair is built once per process.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** A shared Intl.DateTimeFormat for this Intl locale and these options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** Dates, times and numbers through Intl, always in a named time zone. */
export function formatDate(locale: Locale, value: Date | string, timeZone: string, style: 'long' | 'medium' = 'long') {
  return dateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone }).format(toDate(value))
}

export function formatDateTime(locale: Locale, value: Date | string, timeZone: string) {
  // Intl refuses timeZoneName beside dateStyle/timeStyle (a TypeError), so the fields are spelt out.
  return dateTimeFormat(intlLocale(locale), {
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
  return dateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  return numberFormat(intlLocale(locale), options).format(value)
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone: the day people there see. */
export function calendarDayIn(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}
