import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { type Locale, translatorFor } from '../../platform/i18n/catalogue.js'
import { formatDateTime } from '../../platform/i18n/format.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { findMailRecipient } from '../accounts/index.js'
import { answersAsText, findResponse, getVersion } from '../questionnaires/index.js'
import { receiptMail } from './mail.js'
import type { Call, CallApplication } from './tables.js'

export function applicationUrl(config: Config, locale: Locale, applicationId: string) {
  return `${config.http.baseUrl}/${locale}/calls/applications/${applicationId}`
}

/** The e-mail receipt: reference, time and a copy of the answers, in the applicant's language. */
export async function sendReceipt(db: Db, config: Config, call: Call, application: CallApplication) {
  const recipient = await findMailRecipient(db, application.personId)
  const response = await findResponse(db, application.responseId)
  if (!recipient || !response || !application.reference) return
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : 'en'
  const version = await getVersion(db, response.versionId)
  await queueTemplatedMail(db, {
    to: recipient.email,
    locale,
    template: receiptMail,
    data: {
      name: recipient.name,
      title: call.title,
      reference: application.reference,
      submittedAt: formatDateTime(locale, application.submittedAt ?? new Date(), call.timeZone),
      pageUrl: applicationUrl(config, locale, application.id),
      answers: answersAsText(translatorFor(locale), locale, version, response.answers),
    },
  })
}
