import { defineMailTemplate } from '../../../platform/mail/index.js'
import type { BaseData } from '../notify.js'

// Transactional: one per participant of an activity that has ended, when its follow-up is set up.
export const followUpMail = defineMailTemplate<BaseData>({
  en: (d) => ({
    subject: `Follow-up: ${d.title}`,
    text: `Hello ${d.name},\n\nThank you for taking part in “${d.title}”. The organisers would like to know what you intend to transfer to your own city or organisation. It takes a few minutes:\n\n${d.pageUrl}/follow-up\n\nOnly the organisers read your answers.`,
  }),
  fr: (d) => ({
    subject: `Suivi : ${d.title}`,
    text: `Bonjour ${d.name},\n\nMerci d’avoir participé à « ${d.title} ». Les organisateurs aimeraient savoir ce que vous comptez transférer dans votre ville ou votre organisation. Cela prend quelques minutes :\n\n${d.pageUrl}/follow-up\n\nSeuls les organisateurs lisent vos réponses.`,
  }),
  de: (d) => ({
    subject: `Nachbefragung: ${d.title}`,
    text: `Guten Tag ${d.name},\n\ndanke für Ihre Teilnahme an „${d.title}“. Die Organisatoren möchten wissen, was Sie in Ihre Stadt oder Organisation übertragen wollen. Es dauert nur wenige Minuten:\n\n${d.pageUrl}/follow-up\n\nNur die Organisatoren lesen Ihre Antworten.`,
  }),
})
