import { z } from 'zod'
import type { FormValues } from '../../../platform/forms/form-state.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { isTimeZone, utcToZonedTime, zonedTimeToUtc } from '../../../platform/time/zoned-time.js'
import { isCountryCode, isTheme } from '../../accounts/index.js'
import { ACTIVITY_KINDS, type Activity, type ActivitySession, REGISTRATION_MODES } from '../tables.js'

/** "2026-06-12 10:00" or "2026-06-12T10:00", as typed or as a datetime-local control sends it. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/

function normaliseLocal(value: string): string | null {
  const match = LOCAL_TIME.exec(value.trim())
  if (!match) return null
  return `${match[1]}T${match[2]!.padStart(2, '0')}:${match[3]}`
}

/** A stored instant as the form shows it, in the activity's zone: "2026-06-12 10:00". */
export function localInput(instant: Date | null, timeZone: string): string {
  return instant ? utcToZonedTime(instant, timeZone).replace('T', ' ') : ''
}

export interface SessionLine {
  title: string
  startsAt: Date
  endsAt: Date
  speakers: string
  room: string
}

/**
 * The agenda, one session a line: "2026-06-12 09:30-11:00 | Welcome | Anna Nowak | Room 1"
 * (date and times in the activity's zone; speakers and room may be left out). Returns the line
 * number of the first line it cannot read.
 */
export function parseSessions(text: string, timeZone: string): SessionLine[] | { badLine: number } {
  const sessions: SessionLine[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (!line) continue
    const [when = '', title = '', speakers = '', room = ''] = line.split('|').map((part) => part.trim())
    const match = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(when)
    const pad = (time: string) => time.padStart(5, '0')
    const startsAt = match ? zonedTimeToUtc(`${match[1]}T${pad(match[2]!)}`, timeZone) : null
    const endsAt = match ? zonedTimeToUtc(`${match[1]}T${pad(match[3]!)}`, timeZone) : null
    if (!startsAt || !endsAt || endsAt <= startsAt || !title) return { badLine: index + 1 }
    sessions.push({ title, startsAt, endsAt, speakers, room })
  }
  return sessions
}

export function sessionLines(sessions: ActivitySession[], timeZone: string): string {
  return sessions
    .map((session) => {
      const start = localInput(session.startsAt, timeZone)
      const end = localInput(session.endsAt, timeZone).slice(11)
      return [`${start}-${end}`, session.title, session.speakers, session.room].join(' | ').replace(/( \| )+$/, '')
    })
    .join('\n')
}

/** The stored activity as the form's values, for a first visit to the edit page. */
export function activityValues(activity: Activity, sessions: ActivitySession[]): FormValues {
  const zone = activity.timeZone
  const text = (value: string | number | null) => (value === null ? '' : String(value))
  return {
    kind: activity.kind,
    seriesId: text(activity.seriesId),
    episodeNumber: text(activity.episodeNumber),
    title: activity.title,
    summary: activity.summary,
    description: activity.description,
    themes: activity.themes,
    timeZone: zone,
    startsAt: localInput(activity.startsAt, zone),
    endsAt: localInput(activity.endsAt, zone),
    sessions: sessionLines(sessions, zone),
    format: activity.online ? 'online' : 'on-site',
    joiningUrl: text(activity.joiningUrl),
    venueName: text(activity.venueName),
    address: text(activity.address),
    hostCity: text(activity.hostCity),
    hostCountry: text(activity.hostCountry),
    registrationMode: activity.registrationMode,
    capacity: text(activity.capacity),
    perOrganisationLimit: text(activity.perOrganisationLimit),
    registrationOpensAt: localInput(activity.registrationOpensAt, zone),
    registrationClosesAt: localInput(activity.registrationClosesAt, zone),
    hostOrganisationId: text(activity.hostOrganisationId),
  }
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? '')

const optionalCount = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || (/^\d{1,6}$/.test(value) && Number(value) >= 1), message)
    .transform((value) => (value ? Number(value) : null))

const localTime = (message: string, required: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => (value ? normaliseLocal(value) !== null : !required), message)

/**
 * The organiser's form, in the order of the page. Times are wall-clock times in the activity's
 * zone; they become instants once the zone is known (after the field checks).
 */
export const ActivityForm = (
  t: Translate,
  options: { hostIds: string[]; seriesIds: string[]; hostRequired: boolean },
) =>
  z
    .object({
      kind: z.enum(ACTIVITY_KINDS, { error: t('activities.form.kind.missing') }),
      seriesId: z
        .string()
        .optional()
        .transform((value) => value || null)
        .refine((value) => value === null || options.seriesIds.includes(value), t('activities.form.series.invalid')),
      episodeNumber: optionalCount(t('activities.form.episodeNumber.invalid')),
      title: z.string().trim().min(1, t('activities.form.title.missing')).max(200, t('activities.form.title.tooLong')),
      summary: z
        .string()
        .trim()
        .min(1, t('activities.form.summary.missing'))
        .max(500, t('activities.form.summary.tooLong')),
      description: optionalText(20_000, t('activities.form.description.tooLong')),
      themes: z.array(z.string()).refine((values) => values.every(isTheme), t('activities.form.themes.invalid')),
      timeZone: z
        .string()
        .trim()
        .refine((value) => isTimeZone(value), t('activities.form.timeZone.invalid')),
      startsAt: localTime(t('activities.form.startsAt.invalid'), true),
      endsAt: localTime(t('activities.form.endsAt.invalid'), true),
      sessions: optionalText(10_000, t('activities.form.sessions.tooLong')),
      format: z.enum(['on-site', 'online'], { error: t('activities.form.format.missing') }),
      joiningUrl: z
        .string()
        .trim()
        .optional()
        .refine((value) => !value || /^https:\/\/[^\s]+$/.test(value), t('activities.form.joiningUrl.invalid'))
        .transform((value) => value || null),
      venueName: optionalText(200, t('activities.form.venueName.tooLong')),
      address: optionalText(500, t('activities.form.address.tooLong')),
      hostCity: optionalText(120, t('activities.form.hostCity.tooLong')),
      hostCountry: z
        .string()
        .optional()
        .refine((value) => !value || isCountryCode(value), t('activities.form.hostCountry.invalid'))
        .transform((value) => value || null),
      registrationMode: z.enum(REGISTRATION_MODES, { error: t('activities.form.registrationMode.missing') }),
      capacity: optionalCount(t('activities.form.capacity.invalid')),
      perOrganisationLimit: optionalCount(t('activities.form.perOrganisationLimit.invalid')),
      registrationOpensAt: localTime(t('activities.form.registrationOpensAt.invalid'), false),
      registrationClosesAt: localTime(t('activities.form.registrationClosesAt.invalid'), false),
      hostOrganisationId: z
        .string()
        .optional()
        .transform((value) => value || null)
        .refine(
          (value) => (value === null ? !options.hostRequired : options.hostIds.includes(value)),
          t('activities.form.hostOrganisationId.invalid'),
        ),
    })
    .transform((data, context) => {
      const at = (value: string | undefined) => {
        const local = value ? normaliseLocal(value) : null
        return local ? zonedTimeToUtc(local, data.timeZone) : null
      }
      const startsAt = at(data.startsAt)
      const endsAt = at(data.endsAt)
      const opens = at(data.registrationOpensAt)
      const closes = at(data.registrationClosesAt)
      const issue = (path: string, key: string) => context.addIssue({ code: 'custom', path: [path], message: t(key) })
      if (!startsAt) issue('startsAt', 'activities.form.startsAt.invalid')
      if (!endsAt) issue('endsAt', 'activities.form.endsAt.invalid')
      if (startsAt && endsAt && endsAt <= startsAt) issue('endsAt', 'activities.form.endsAt.beforeStart')
      const sessions = parseSessions(data.sessions, data.timeZone)
      if ('badLine' in sessions)
        context.addIssue({
          code: 'custom',
          path: ['sessions'],
          message: t('activities.form.sessions.invalid', { line: sessions.badLine }),
        })
      if (data.format === 'online' && !data.joiningUrl) issue('joiningUrl', 'activities.form.joiningUrl.missing')
      if (data.format === 'on-site' && !data.hostCity) issue('hostCity', 'activities.form.hostCity.missing')
      if (opens && closes && closes <= opens)
        issue('registrationClosesAt', 'activities.form.registrationClosesAt.beforeOpening')
      if (closes && startsAt && closes > startsAt)
        issue('registrationClosesAt', 'activities.form.registrationClosesAt.afterStart')
      if (data.capacity !== null && data.perOrganisationLimit !== null && data.perOrganisationLimit > data.capacity)
        issue('perOrganisationLimit', 'activities.form.perOrganisationLimit.overCapacity')
      if (!startsAt || !endsAt || 'badLine' in sessions) return z.NEVER
      const online = data.format === 'online'
      return {
        kind: data.kind,
        seriesId: data.seriesId,
        episodeNumber: data.seriesId ? data.episodeNumber : null,
        title: data.title,
        summary: data.summary,
        description: data.description,
        themes: data.themes,
        timeZone: data.timeZone,
        startsAt,
        endsAt,
        online,
        joiningUrl: online ? data.joiningUrl : null,
        venueName: online ? null : data.venueName || null,
        address: online ? null : data.address || null,
        hostCity: data.hostCity || null,
        hostCountry: data.hostCountry,
        registrationMode: data.registrationMode,
        capacity: data.capacity,
        perOrganisationLimit: data.perOrganisationLimit,
        registrationOpensAt: opens,
        registrationClosesAt: closes,
        hostOrganisationId: data.hostOrganisationId,
        sessions,
      }
    })

export type ActivityFormData = z.output<ReturnType<typeof ActivityForm>>
