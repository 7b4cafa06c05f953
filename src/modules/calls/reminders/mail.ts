import { defineMailTemplate } from '../../../platform/mail/index.js'

interface ReviewsData {
  name: string
  title: string
  count: number
  due: string
  pageUrl: string
}

/** Sent by the reminder job a few days before the reviews are due. */
export const reviewsDueSoonMail = defineMailTemplate<ReviewsData>({
  en: (d) => ({
    subject: `Reviews due ${d.due} · ${d.title}`,
    text: `Hello ${d.name},\n\n${d.count === 1 ? 'One review' : `${d.count} reviews`} for “${d.title}” ${d.count === 1 ? 'is' : 'are'} due ${d.due} and not submitted yet.\n\nYour assignments: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `Évaluations attendues le ${d.due} · ${d.title}`,
    text: `Bonjour ${d.name},\n\n${d.count === 1 ? 'Une évaluation' : `${d.count} évaluations`} pour « ${d.title} » ${d.count === 1 ? 'est attendue' : 'sont attendues'} le ${d.due} et ${d.count === 1 ? 'n’a pas encore été envoyée' : 'n’ont pas encore été envoyées'}.\n\nVos évaluations : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Gutachten fällig am ${d.due} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\n${d.count === 1 ? 'Ein Gutachten' : `${d.count} Gutachten`} für „${d.title}“ ${d.count === 1 ? 'ist' : 'sind'} am ${d.due} fällig und noch nicht abgegeben.\n\nIhre Zuweisungen: ${d.pageUrl}`,
  }),
})

/** Sent once when reviews are past their due date. */
export const reviewsLateMail = defineMailTemplate<ReviewsData>({
  en: (d) => ({
    subject: `Late: ${d.count === 1 ? 'one review' : `${d.count} reviews`} · ${d.title}`,
    text: `Hello ${d.name},\n\n${d.count === 1 ? 'One review' : `${d.count} reviews`} for “${d.title}” ${d.count === 1 ? 'was' : 'were'} due ${d.due}. Please submit ${d.count === 1 ? 'it' : 'them'} as soon as you can, or tell the programme team if you cannot.\n\nYour assignments: ${d.pageUrl}`,
  }),
  fr: (d) => ({
    subject: `En retard : ${d.count === 1 ? 'une évaluation' : `${d.count} évaluations`} · ${d.title}`,
    text: `Bonjour ${d.name},\n\n${d.count === 1 ? 'Une évaluation' : `${d.count} évaluations`} pour « ${d.title} » ${d.count === 1 ? 'était attendue' : 'étaient attendues'} le ${d.due}. Merci de ${d.count === 1 ? 'l’envoyer' : 'les envoyer'} dès que possible, ou de prévenir l’équipe du programme si vous ne le pouvez pas.\n\nVos évaluations : ${d.pageUrl}`,
  }),
  de: (d) => ({
    subject: `Überfällig: ${d.count === 1 ? 'ein Gutachten' : `${d.count} Gutachten`} · ${d.title}`,
    text: `Guten Tag ${d.name},\n\n${d.count === 1 ? 'Ein Gutachten' : `${d.count} Gutachten`} für „${d.title}“ ${d.count === 1 ? 'war' : 'waren'} am ${d.due} fällig. Bitte geben Sie ${d.count === 1 ? 'es' : 'sie'} so bald wie möglich ab oder sagen Sie dem Programmteam Bescheid, wenn Sie das nicht können.\n\nIhre Zuweisungen: ${d.pageUrl}`,
  }),
})
