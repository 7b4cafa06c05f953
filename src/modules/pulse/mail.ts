import { defineMailTemplate } from '../../platform/mail/index.js'

// Sent by an editor to the members of organisations that have not answered yet.
export const reminderMail = defineMailTemplate<{ name: string; title: string; closes: string; url: string }>({
  en: (d) => ({
    subject: `Reminder: ${d.title}`,
    text: `Hello ${d.name},\n\nYour organisation has not yet answered the survey “${d.title}”. It closes on ${d.closes}.\n\nOne member answers for the organisation; drafts are kept until you submit: ${d.url}`,
  }),
  fr: (d) => ({
    subject: `Rappel : ${d.title}`,
    text: `Bonjour ${d.name},\n\nVotre organisation n’a pas encore répondu à l’enquête « ${d.title} ». Elle se termine le ${d.closes}.\n\nUn membre répond pour l’organisation ; le brouillon est gardé jusqu’à l’envoi : ${d.url}`,
  }),
  de: (d) => ({
    subject: `Erinnerung: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nIhre Organisation hat die Umfrage „${d.title}“ noch nicht beantwortet. Sie endet am ${d.closes}.\n\nEin Mitglied antwortet für die Organisation; der Entwurf bleibt bis zum Absenden gespeichert: ${d.url}`,
  }),
})
