import { defineMessages } from '../../../platform/i18n/catalogue.js'

export const certificateMessages = defineMessages({
  en: {
    'activities.certificate.pdf.certifies': 'This certifies that',
    'activities.certificate.pdf.attended': 'attended',
    'activities.certificate.pdf.download': 'Download the certificate (PDF)',
    'activities.certificate.pdf.downloadOwn': 'Download your certificate of attendance (PDF)',
    'activities.participants.certificatePdf': 'PDF',
  },
  fr: {
    'activities.certificate.pdf.certifies': 'Nous attestons que',
    'activities.certificate.pdf.attended': 'a participé à',
    'activities.certificate.pdf.download': 'Télécharger l’attestation (PDF)',
    'activities.certificate.pdf.downloadOwn': 'Télécharger votre attestation de participation (PDF)',
    'activities.participants.certificatePdf': 'PDF',
  },
  de: {
    'activities.certificate.pdf.certifies': 'Hiermit wird bescheinigt, dass',
    'activities.certificate.pdf.attended': 'teilgenommen hat an',
    'activities.certificate.pdf.download': 'Bescheinigung herunterladen (PDF)',
    'activities.certificate.pdf.downloadOwn': 'Ihre Teilnahmebescheinigung herunterladen (PDF)',
    'activities.participants.certificatePdf': 'PDF',
  },
})
