import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import type { Locale } from '../../platform/i18n/catalogue.js'
import { formatDateTime } from '../../platform/i18n/format.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { organisationMemberships, users } from '../accounts/tables.js'
import { findResponse } from '../questionnaires/index.js'
import { reminderMail } from './mail.js'
import { canEditSurveys, isOpen } from './policy.js'
import { listAudience, listParticipations, type Survey } from './queries.js'

/**
 * A reminder to the verified members of every organisation asked that has not submitted yet.
 * Returns the number of mails queued; none once the survey is closed.
 */
export async function sendReminders(
  db: Db,
  actor: Actor | null,
  survey: Survey,
  options: { baseUrl: string; now: Date },
): Promise<number> {
  if (!canEditSurveys(actor)) throw new ForbiddenError('surveys are run by editors')
  if (!isOpen(survey, options.now)) return 0
  const [audience, participations] = await Promise.all([listAudience(db, survey), listParticipations(db, survey.id)])
  const statuses = await Promise.all(participations.map((row) => findResponse(db, row.responseId)))
  const done = new Set(
    participations.filter((_, index) => statuses[index]?.status === 'submitted').map((row) => row.organisationId),
  )
  const waiting = audience.filter((place) => !done.has(place.organisationId))
  if (waiting.length === 0) return 0
  const people = await db
    .selectDistinct({ email: users.email, name: users.name, locale: users.locale })
    .from(organisationMemberships)
    .innerJoin(users, eq(users.id, organisationMemberships.userId))
    .where(
      and(
        inArray(
          organisationMemberships.organisationId,
          waiting.map((place) => place.organisationId),
        ),
        eq(organisationMemberships.status, 'active'),
        eq(users.emailVerified, true),
      ),
    )
  await db.transaction(async (tx) => {
    for (const person of people) {
      const locale = (['en', 'fr', 'de'].includes(person.locale) ? person.locale : 'en') as Locale
      await queueTemplatedMail(tx, {
        to: person.email,
        locale,
        template: reminderMail,
        data: {
          name: person.name,
          title: survey.title,
          closes: formatDateTime(locale, survey.closesAt, survey.timeZone),
          url: `${options.baseUrl}/${locale}/pulse/${survey.slug}`,
        },
      })
    }
  })
  return people.length
}
