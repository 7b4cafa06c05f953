import type { FormError } from '../forms/form-state.js'
import type { Translate } from '../i18n/catalogue.js'
import type { AuditFilter } from './queries.js'

/** The query-string parameters of the audit log's filter form, which are also its field names. */
export const AUDIT_FILTER_FIELDS = [
  'action',
  'actor',
  'subjectType',
  'subjectId',
  'organisation',
  'from',
  'to',
] as const
export type AuditFilterValues = Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string>>

export type ParsedAuditFilter =
  | { ok: true; filter: Omit<AuditFilter, 'page'>; values: AuditFilterValues }
  | { ok: false; values: AuditFilterValues; errors: FormError[] }

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Reads the filter from the query string. Dates are calendar days in the platform's time zone;
 * "to" includes its whole day. A date that is not one is a form error, shown on the page.
 * @example parseAuditFilter({ action: 'account', from: '2026-03-01' }, t, 'Europe/Brussels')
 */
export function parseAuditFilter(
  query: Record<string, string | undefined>,
  t: Translate,
  timeZone: string,
): ParsedAuditFilter {
  const values: AuditFilterValues = {}
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = query[field]?.trim().slice(0, 200)
    if (value) values[field] = value
  }
  const errors: FormError[] = []
  const from = values.from === undefined ? undefined : startOfDay(values.from, timeZone)
  if (from === null) errors.push({ field: 'from', message: t('audit.filter.fromInvalid') })
  const toDay = values.to === undefined ? undefined : startOfDay(values.to, timeZone)
  if (toDay === null) errors.push({ field: 'to', message: t('audit.filter.toInvalid') })
  if (from && toDay && toDay < from) errors.push({ field: 'to', message: t('audit.filter.toBeforeFrom') })
  if (errors.length > 0) return { ok: false, values, errors }
  return {
    ok: true,
    values,
    filter: {
      action: values.action?.toLowerCase(),
      actor: values.actor,
      subjectType: values.subjectType,
      subjectId: values.subjectId,
      organisationId: values.organisation,
      from: from ?? undefined,
      to: toDay ? startOfDay(nextDay(values.to!), timeZone)! : undefined,
    },
  }
}

/** Midnight of a calendar day in a time zone, as an instant; null when the text is no real date. */
export function startOfDay(date: string, timeZone: string): Date | null {
  const match = isoDate.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const utcMidnight = Date.UTC(year, month - 1, day)
  const check = new Date(utcMidnight)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  // The zone's offset at that moment, measured twice: the first guess can sit across a DST change.
  let instant = utcMidnight - offsetMs(new Date(utcMidnight), timeZone)
  instant = utcMidnight - offsetMs(new Date(instant), timeZone)
  return new Date(instant)
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return wallClock - Math.floor(at.getTime() / 1000) * 1000
}
