import ical, { ICalCalendarMethod } from 'ical-generator'
import { dateTimeFormat } from '../../platform/i18n/format.js'
import type { Activity } from './tables.js'

const DAY = 24 * 3600_000

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`
const localStamp = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').slice(0, 15)

/**
 * A VTIMEZONE for the zone, written from the platform's own time-zone data (Intl): every offset
 * change in the years the calendar covers, each as its own observance with an explicit DTSTART,
 * plus the year before, so the observance in force on the first event is in the block too.
 */
export function vtimezone(timeZone: string, years: number[]): string {
  const first = Math.min(...years) - 1
  const last = Math.max(...years)
  const observances: string[] = []
  for (let day = Date.UTC(first, 0, 1); day < Date.UTC(last + 1, 0, 1); day += DAY) {
    const before = offsetMinutes(day, timeZone)
    const after = offsetMinutes(day + DAY, timeZone)
    if (before === after) continue
    // Narrow the change down to the minute.
    let low = day
    let high = day + DAY
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000
      if (offsetMinutes(middle, timeZone) === before) low = middle
      else high = middle
    }
    const name = dateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(high))
      .find((part) => part.type === 'timeZoneName')?.value
    const kind = after > before ? 'DAYLIGHT' : 'STANDARD'
    observances.push(
      [
        `BEGIN:${kind}`,
        `DTSTART:${localStamp(high + before * 60_000)}`,
        `TZOFFSETFROM:${offsetText(before)}`,
        `TZOFFSETTO:${offsetText(after)}`,
        ...(name ? [`TZNAME:${name}`] : []),
        `END:${kind}`,
      ].join('\r\n'),
    )
  }
  if (observances.length === 0) {
    const offset = offsetText(offsetMinutes(Date.UTC(first, 0, 1), timeZone))
    observances.push(
      [
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        `TZOFFSETFROM:${offset}`,
        `TZOFFSETTO:${offset}`,
        'END:STANDARD',
      ].join('\r\n'),
    )
  }
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances, 'END:VTIMEZONE'].join('\r\n')
}

/**
 * ical-generator writes a native Date's UTC fields as the event's local time when the event has a
 * time zone, so the instant is shifted by the zone's offset first.
 */
function asWallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000)
}

export interface CalendarEntry {
  activity: Pick<
    Activity,
    | 'id'
    | 'slug'
    | 'title'
    | 'summary'
    | 'startsAt'
    | 'endsAt'
    | 'timeZone'
    | 'sequence'
    | 'online'
    | 'venueName'
    | 'address'
    | 'hostCity'
    | 'updatedAt'
  >
  /** The activity's page, absolute. */
  url: string
  /** Shown instead of the venue for online activities; never the joining link, which is not public. */
  onlineLabel: string
}

/**
 * An RFC 5545 calendar of activities: UID stable per activity (its id at our host), SEQUENCE from
 * the activity (bumped when its time changes), times in the activity's zone with its VTIMEZONE.
 */
export function activitiesCalendar(input: { name: string; host: string; entries: CalendarEntry[]; now: Date }): string {
  const calendar = ical({ name: input.name, prodId: { company: 'Stoa', product: 'Activities', language: 'EN' } })
  calendar.method(ICalCalendarMethod.PUBLISH)
  const years = new Map<string, Set<number>>()
  for (const { activity } of input.entries) {
    const set = years.get(activity.timeZone) ?? new Set<number>()
    set.add(activity.startsAt.getUTCFullYear())
    set.add(activity.endsAt.getUTCFullYear())
    years.set(activity.timeZone, set)
  }
  calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, [...(years.get(zone) ?? [])]) })
  for (const { activity, url, onlineLabel } of input.entries) {
    const place = activity.online
      ? onlineLabel
      : [activity.venueName, activity.address, activity.hostCity].filter(Boolean).join(', ')
    calendar.createEvent({
      id: `activity-${activity.id}@${input.host}`,
      sequence: activity.sequence,
      stamp: input.now,
      lastModified: activity.updatedAt,
      start: asWallClock(activity.startsAt, activity.timeZone),
      end: asWallClock(activity.endsAt, activity.timeZone),
      timezone: activity.timeZone,
      summary: activity.title,
      description: `${activity.summary}\n\n${url}`,
      location: place || null,
      url,
    })
  }
  return calendar.toString()
}
