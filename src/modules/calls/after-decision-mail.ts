import { defineMailTemplate } from '../../platform/mail/index.js'

interface ExpertPoolData {
  name: string
  title: string
  reviewsUrl: string
}

/** Sent with the outcome to someone an experts call selected: they are now in the expert pool. */
export const expertPoolMail = defineMailTemplate<ExpertPoolData>({
  en: (d) => ({
    subject: `Welcome to the expert pool · ${d.title}`,
    text: `Hello ${d.name},\n\nYou were selected in “${d.title}” and are now in the programme’s pool of experts. Editors build each call’s evaluation panel from this pool: when you are asked to review applications, they will appear on your assignments page.\n\nYour assignments: ${d.reviewsUrl}`,
  }),
  fr: (d) => ({
    subject: `Bienvenue dans le vivier d’experts · ${d.title}`,
    text: `Bonjour ${d.name},\n\nVous avez été sélectionné·e dans « ${d.title} » et faites désormais partie du vivier d’experts du programme. Les éditeurs composent le jury de chaque appel à partir de ce vivier : les candidatures qui vous seront confiées apparaîtront sur votre page d’évaluations.\n\nVos évaluations : ${d.reviewsUrl}`,
  }),
  de: (d) => ({
    subject: `Willkommen im Expertenpool · ${d.title}`,
    text: `Guten Tag ${d.name},\n\nSie wurden in „${d.title}“ ausgewählt und gehören nun zum Expertenpool des Programms. Die Redaktion stellt die Jury jedes Aufrufs aus diesem Pool zusammen: Bewerbungen, die Ihnen zugewiesen werden, erscheinen auf Ihrer Seite mit Zuweisungen.\n\nIhre Zuweisungen: ${d.reviewsUrl}`,
  }),
})
