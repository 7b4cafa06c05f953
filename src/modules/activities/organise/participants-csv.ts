import { stringify } from 'csv-stringify/sync'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import type { Participant } from '../queries.js'

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a
 * leading apostrophe makes it text again, as OWASP advises (as the practices export does).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** The participant list as CSV: UTF-8 with a byte-order mark for Excel, header row, CRLF (RFC 4180). */
export function participantsCsv(participants: Participant[], t: Translate): string {
  const head = [
    t('activities.participants.arrival'),
    t('activities.participants.name'),
    t('activities.participants.email'),
    t('activities.participants.organisation'),
    t('activities.participants.country'),
    t('activities.participants.status'),
    t('activities.participants.needs'),
    t('activities.participants.attendance'),
    t('activities.participants.funding'),
    t('activities.participants.travelFrom'),
    t('activities.participants.travelMode'),
    t('activities.participants.arrival.date'),
    t('activities.participants.departure.date'),
    t('activities.participants.accommodation'),
    t('activities.participants.dietary'),
    t('activities.participants.accessibility'),
  ]
  const rows = participants.map((participant) =>
    [
      String(participant.arrival),
      participant.name,
      participant.email,
      participant.organisation ?? '',
      participant.country ?? '',
      t(`activities.participants.status.${participant.status}`),
      participant.needs,
      attendanceLabel(participant.attended, t),
      participant.funding ? t(`activities.selection.funding.${participant.funding}`) : '',
      participant.travel?.travelFrom ?? '',
      participant.travel ? t(`activities.travel.mode.${participant.travel.travelMode}`) : '',
      participant.travel?.arrivalDate ?? '',
      participant.travel?.departureDate ?? '',
      participant.travel
        ? t(participant.travel.accommodationNeeded ? 'activities.travel.yes' : 'activities.travel.no')
        : '',
      participant.travel?.dietary ?? '',
      participant.travel?.accessibility ?? '',
    ].map(neutraliseFormula),
  )
  return `\uFEFF${stringify([head, ...rows], { record_delimiter: 'windows' })}`
}

export function attendanceLabel(attended: boolean | null, t: Translate): string {
  return attended === null
    ? t('activities.participants.attendance.unmarked')
    : attended
      ? t('activities.participants.attendance.attended')
      : t('activities.participants.attendance.noShow')
}
