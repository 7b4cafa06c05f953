import { defineMailTemplate } from '../../platform/mail/index.js'

// Transactional: each follows the applicant's own action or an editor's decision about it.

interface ReceiptData {
  name: string
  title: string
  reference: string
  submittedAt: string
  pageUrl: string
  answers: string
}

export const receiptMail = defineMailTemplate<ReceiptData>({
  en: (d) => ({
    subject: `Application received: ${d.reference} · ${d.title}`,
    text: `Hello ${d.name},\n\nWe received your application to “${d.title}” on ${d.submittedAt}.\nYour reference number is ${d.reference}.\n\nYou can read it at any time: ${d.pageUrl}\n\nA copy of your answers:\n\n${d.answers}`,
  }),
  fr: (d) => ({
    subject: `Candidature reçue : ${d.reference} · ${d.title}`,
    text: `Bonjour ${d.name},\n\nNous avons reçu votre candidature à « ${d.title} » le ${d.submittedAt}.\nVotre numéro de référence est ${d.reference}.\n\nVous pouvez la relire à tout moment : ${d.pageUrl}\n\nCopie de vos réponses :\n\n${d.answers}`,
  }),
  de: (d) => ({
    subject: `Bewerbung eingegangen: ${d.reference} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nwir haben Ihre Bewerbung für „${d.title}“ am ${d.submittedAt} erhalten.\nIhre Referenznummer lautet ${d.reference}.\n\nSie können sie jederzeit einsehen: ${d.pageUrl}\n\nEine Kopie Ihrer Antworten:\n\n${d.answers}`,
  }),
})

interface OutcomeData {
  name: string
  title: string
  reference: string
  reason: string
  pageUrl: string
}

const reasonLine = { en: 'Reason', fr: 'Motif', de: 'Begründung' }
const withReason = (label: string, reason: string) => (reason ? `\n\n${label}: ${reason}` : '')

export const selectedMail = defineMailTemplate<OutcomeData>({
  en: (d) => ({
    subject: `Selected: ${d.reference} · ${d.title}`,
    text: `Hello ${d.name},\n\nCongratulations: your application ${d.reference} to “${d.title}” has been selected.${withReason(reasonLine.en, d.reason)}\n\nDetails: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `Sélectionnée : ${d.reference} · ${d.title}`,
    text: `Bonjour ${d.name},\n\nFélicitations : votre candidature ${d.reference} à « ${d.title} » a été sélectionnée.${withReason(reasonLine.fr, d.reason)}\n\nDétails : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Ausgewählt: ${d.reference} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nherzlichen Glückwunsch: Ihre Bewerbung ${d.reference} für „${d.title}“ wurde ausgewählt.${withReason(reasonLine.de, d.reason)}\n\nEinzelheiten: ${d.pageUrl}`,
  }),
})

export const reserveMail = defineMailTemplate<OutcomeData>({
  en: (d) => ({
    subject: `On the reserve list: ${d.reference} · ${d.title}`,
    text: `Hello ${d.name},\n\nYour application ${d.reference} to “${d.title}” is on the reserve list: if a selected applicant withdraws, we will write to you.${withReason(reasonLine.en, d.reason)}\n\nDetails: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `Sur la liste de réserve : ${d.reference} · ${d.title}`,
    text: `Bonjour ${d.name},\n\nVotre candidature ${d.reference} à « ${d.title} » est sur la liste de réserve : si une candidature sélectionnée se retire, nous vous écrirons.${withReason(reasonLine.fr, d.reason)}\n\nDétails : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Auf der Nachrückliste: ${d.reference} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nIhre Bewerbung ${d.reference} für „${d.title}“ steht auf der Nachrückliste: Zieht sich eine ausgewählte Bewerbung zurück, schreiben wir Ihnen.${withReason(reasonLine.de, d.reason)}\n\nEinzelheiten: ${d.pageUrl}`,
  }),
})

export const notSelectedMail = defineMailTemplate<OutcomeData>({
  en: (d) => ({
    subject: `Not selected: ${d.reference} · ${d.title}`,
    text: `Hello ${d.name},\n\nThank you for applying to “${d.title}”. We are sorry: your application ${d.reference} was not selected.${withReason(reasonLine.en, d.reason)}\n\nDetails: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `Non retenue : ${d.reference} · ${d.title}`,
    text: `Bonjour ${d.name},\n\nMerci d’avoir candidaté à « ${d.title} ». Nous sommes désolés : votre candidature ${d.reference} n’a pas été retenue.${withReason(reasonLine.fr, d.reason)}\n\nDétails : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Nicht ausgewählt: ${d.reference} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nvielen Dank für Ihre Bewerbung für „${d.title}“. Leider wurde Ihre Bewerbung ${d.reference} nicht ausgewählt.${withReason(reasonLine.de, d.reason)}\n\nEinzelheiten: ${d.pageUrl}`,
  }),
})

interface ReminderData {
  name: string
  title: string
  count: number
  due: string
  pageUrl: string
}

export const reviewReminderMail = defineMailTemplate<ReminderData>({
  en: (d) => ({
    subject: `Reminder: ${d.count} review(s) to finish · ${d.title}`,
    text: `Hello ${d.name},\n\nYou have ${d.count} review(s) to finish for “${d.title}” (due ${d.due}).\n\nYour assignments: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `Rappel : ${d.count} évaluation(s) à terminer · ${d.title}`,
    text: `Bonjour ${d.name},\n\nIl vous reste ${d.count} évaluation(s) à terminer pour « ${d.title} » (échéance ${d.due}).\n\nVos évaluations : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Erinnerung: ${d.count} Gutachten abzuschließen · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nSie haben noch ${d.count} Gutachten für „${d.title}“ abzuschließen (fällig ${d.due}).\n\nIhre Zuweisungen: ${d.pageUrl}`,
  }),
})
