import { createHmac, timingSafeEqual } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { type MailTemplate, queueTemplatedMail } from '../../platform/mail/index.js'
import { formatTimeRange } from '../../platform/time/zoned-time.js'
import { users } from '../accounts/tables.js'
import { activitiesCalendar } from './ics.js'
import type { Activity } from './tables.js'

/** What mail needs beyond the database: absolute links, and the key that signs cancel links. */
export interface MailLinks {
  baseUrl: string
  secret: string
}

export function mailLinksFrom(config: Config): MailLinks {
  return { baseUrl: config.http.baseUrl, secret: config.sessionSecret }
}

function sign(secret: string, registrationId: string): Buffer {
  return createHmac('sha256', secret).update(`activities.cancel:${registrationId}`).digest()
}

/** The token of a registration's one-click cancel link: it proves the link came from us, no sign-in needed. */
export function cancelToken(secret: string, registrationId: string): string {
  return sign(secret, registrationId).toString('base64url')
}

export function isValidCancelToken(secret: string, registrationId: string, token: string): boolean {
  const given = Buffer.from(token, 'base64url')
  const expected = sign(secret, registrationId)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Queues one of the module's mails to a registered person, in their language, in the caller's
 * transaction. The joining link goes only in mails to confirmed participants.
 */
export async function mailParticipant<E extends object>(
  tx: Db,
  links: MailLinks,
  input: {
    activity: Activity
    registration: { id: string; userId: string; status: string }
    template: MailTemplate<BaseData & E>
    extra: E
    /** Attach the activity's invitation (.ics, same UID, current SEQUENCE), e.g. after a time change. */
    attachCalendar?: boolean
  },
) {
  const [person] = await tx
    .select({ name: users.name, email: users.email, locale: users.locale, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, input.registration.userId))
  if (!person || person.deletedAt) return
  const locale = isLocale(person.locale) ? person.locale : 'en'
  const { activity } = input
  const pagePath = `/${locale}/activities/${activity.slug}`
  const data: BaseData = {
    name: person.name,
    title: activity.title,
    when: formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone),
    pageUrl: `${links.baseUrl}${pagePath}`,
    calendarUrl: `${links.baseUrl}${pagePath}/calendar.ics`,
    cancelUrl: `${links.baseUrl}/${locale}/activities/registrations/${input.registration.id}/cancel?token=${cancelToken(links.secret, input.registration.id)}`,
    joiningUrl: input.registration.status === 'confirmed' && activity.online ? activity.joiningUrl : null,
  }
  await queueTemplatedMail(tx, {
    to: person.email,
    locale,
    template: input.template,
    data: { ...data, ...input.extra },
    attachments: input.attachCalendar
      ? [
          {
            filename: `${activity.slug}.ics`,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: activitiesCalendar({
              name: activity.title,
              host: new URL(links.baseUrl).host,
              entries: [{ activity, url: data.pageUrl, onlineLabel: ONLINE[locale] }],
              now: activity.updatedAt,
            }),
          },
        ]
      : undefined,
  })
}

const ONLINE = { en: 'Online', fr: 'En ligne', de: 'Online' } as const

export interface BaseData {
  name: string
  title: string
  when: string
  pageUrl: string
  calendarUrl: string
  cancelUrl: string
  joiningUrl?: string | null
}
