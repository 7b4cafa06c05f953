import type { Locale, Translate } from '../../../platform/i18n/catalogue.js'
import { formatDate } from '../../../platform/i18n/format.js'
import { renderPdf } from '../../../platform/pdf/pdf-document.js'
import { formatTimeRange } from '../../../platform/time/zoned-time.js'
import { countryName } from '../../accounts/index.js'
import type { Activity } from '../tables.js'
import type { CertificateHolder } from './certificate-holder.js'

export interface CertificateFacts {
  activity: Activity
  hostName: string | null
  holder: CertificateHolder
  issuedOn: Date
}

/** The certificate of attendance as an A4 landscape PDF, in the reader's language. */
export function certificatePdf(
  i18n: { t: Translate; locale: Locale },
  facts: CertificateFacts,
): Promise<Uint8Array<ArrayBuffer>> {
  const { t, locale } = i18n
  const { activity, hostName, holder, issuedOn } = facts
  const title = t('activities.certificate.title')
  const siteName = t('site.name')
  const place = activity.online
    ? t('activities.online')
    : [activity.venueName, activity.hostCity, activity.hostCountry ? countryName(activity.hostCountry, locale) : null]
        .filter(Boolean)
        .join(', ')
  const when = formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)
  return renderPdf(
    { title: `${title}: ${activity.title}`, author: siteName, lang: locale, layout: 'landscape', margin: 72 },
    (doc) => {
      const width = doc.page.width - 144
      // A double frame, the usual look of a certificate.
      doc
        .lineWidth(2)
        .strokeColor('#1d4f91')
        .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
        .stroke()
      doc
        .lineWidth(0.75)
        .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
        .stroke()
      doc.fillColor('#1d4f91').font('regular').fontSize(12).text(siteName, 72, 72, { width, align: 'center' })
      doc.moveDown(1.2).fillColor('#0b0c0c').font('bold').fontSize(30).text(title, { width, align: 'center' })
      doc
        .moveDown(1.5)
        .font('regular')
        .fontSize(14)
        .text(t('activities.certificate.pdf.certifies'), { width, align: 'center' })
      doc.moveDown(0.3).font('bold').fontSize(24).text(holder.name, { width, align: 'center' })
      if (holder.organisation) doc.font('regular').fontSize(13).text(holder.organisation, { width, align: 'center' })
      doc
        .moveDown(0.8)
        .font('regular')
        .fontSize(14)
        .text(t('activities.certificate.pdf.attended'), { width, align: 'center' })
      doc.moveDown(0.3).font('bold').fontSize(18).text(activity.title, { width, align: 'center' })
      doc
        .moveDown(0.4)
        .font('regular')
        .fontSize(12)
        .text([t(`activities.kind.${activity.kind}`), when, place].filter(Boolean).join(' · '), {
          width,
          align: 'center',
        })
      if (hostName)
        doc.moveDown(0.3).text(t('activities.certificate.host', { host: hostName }), { width, align: 'center' })
      doc
        .fontSize(11)
        .fillColor('#505a5f')
        .text(
          t('activities.certificate.issued', { date: formatDate(locale, issuedOn, activity.timeZone) }),
          72,
          doc.page.height - 110,
          { width, align: 'center' },
        )
    },
  )
}
