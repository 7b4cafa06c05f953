import { defineMailTemplate } from '../../../platform/mail/index.js'
import type { BaseData } from '../notify.js'
import type { Funding } from '../tables.js'

// Sent when editors release the selection: the acceptance is the call's outcome for this applicant.
// The travel form sits at the activity's page + /travel and opens only for accepted participants.

const place = {
  en: (funding: Funding) => (funding === 'funded' ? 'a funded place' : 'a self-funded place'),
  fr: (funding: Funding) => (funding === 'funded' ? 'une place financée' : 'une place à vos frais'),
  de: (funding: Funding) => (funding === 'funded' ? 'einen finanzierten Platz' : 'einen selbst finanzierten Platz'),
}

export const acceptedMail = defineMailTemplate<BaseData & { funding: Funding }>({
  en: (d) => ({
    subject: `You are selected: ${d.title}`,
    text: `Hello ${d.name},\n\nYour application is accepted: you have ${place.en(d.funding)} at “${d.title}”.\n\nWhen: ${d.when}\nDetails: ${d.pageUrl}\n\nPlease tell us now how you travel, whether you need accommodation, and your dietary and accessibility needs: ${d.pageUrl}/travel\n\nAdd it to your calendar: ${d.calendarUrl}\n\nIf you can no longer come, free your place: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `Vous êtes sélectionné·e : ${d.title}`,
    text: `Bonjour ${d.name},\n\nVotre candidature est acceptée : vous avez ${place.fr(d.funding)} pour « ${d.title} ».\n\nQuand : ${d.when}\nDétails : ${d.pageUrl}\n\nDites-nous dès maintenant comment vous voyagez, si vous avez besoin d’un hébergement, et vos besoins alimentaires et d’accessibilité : ${d.pageUrl}/travel\n\nL’ajouter à votre agenda : ${d.calendarUrl}\n\nSi vous ne pouvez plus venir, libérez votre place : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `Sie sind ausgewählt: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nIhre Bewerbung ist angenommen: Sie haben ${place.de(d.funding)} für „${d.title}“.\n\nWann: ${d.when}\nEinzelheiten: ${d.pageUrl}\n\nBitte teilen Sie uns jetzt mit, wie Sie anreisen, ob Sie eine Unterkunft brauchen und welche Ernährungs- und Barrierefreiheitsbedürfnisse Sie haben: ${d.pageUrl}/travel\n\nZum Kalender hinzufügen: ${d.calendarUrl}\n\nWenn Sie nicht mehr kommen können, geben Sie Ihren Platz frei: ${d.cancelUrl}`,
  }),
})
