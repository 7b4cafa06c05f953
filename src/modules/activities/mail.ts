import { defineMailTemplate } from '../../platform/mail/index.js'

// Transactional: each follows the person's own registration, so none carries List-Unsubscribe.
// Dates arrive formatted in the recipient's language and the activity's time zone.

interface ActivityMailData {
  name: string
  title: string
  when: string
  pageUrl: string
  /** The .ics of the activity, to add it to (or update it in) a calendar. */
  calendarUrl: string
  /** One click, no sign-in: a signed link to a confirmation page. */
  cancelUrl: string
  /** Online activities, for confirmed participants only. */
  joiningUrl?: string | null
}

const joining = {
  en: (url?: string | null) =>
    url ? `\n\nJoin online: ${url}\nThis link is for you only: please do not share it.` : '',
  fr: (url?: string | null) =>
    url ? `\n\nPour rejoindre en ligne : ${url}\nCe lien vous est personnel : merci de ne pas le partager.` : '',
  de: (url?: string | null) =>
    url ? `\n\nOnline teilnehmen: ${url}\nDieser Link ist nur für Sie bestimmt: Bitte geben Sie ihn nicht weiter.` : '',
}

export const confirmedMail = defineMailTemplate<ActivityMailData>({
  en: (d) => ({
    subject: `Your place is confirmed: ${d.title}`,
    text: `Hello ${d.name},\n\nYour place at “${d.title}” is confirmed.\n\nWhen: ${d.when}\nDetails: ${d.pageUrl}${joining.en(d.joiningUrl)}\n\nAdd it to your calendar: ${d.calendarUrl}\n\nIf you can no longer come, free your place for someone on the waiting list: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `Votre place est confirmée : ${d.title}`,
    text: `Bonjour ${d.name},\n\nVotre place pour « ${d.title} » est confirmée.\n\nQuand : ${d.when}\nDétails : ${d.pageUrl}${joining.fr(d.joiningUrl)}\n\nL’ajouter à votre agenda : ${d.calendarUrl}\n\nSi vous ne pouvez plus venir, libérez votre place pour une personne en liste d’attente : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `Ihr Platz ist bestätigt: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nIhr Platz für „${d.title}“ ist bestätigt.\n\nWann: ${d.when}\nEinzelheiten: ${d.pageUrl}${joining.de(d.joiningUrl)}\n\nZum Kalender hinzufügen: ${d.calendarUrl}\n\nWenn Sie nicht mehr kommen können, geben Sie Ihren Platz für jemanden auf der Warteliste frei: ${d.cancelUrl}`,
  }),
})

export const waitlistedMail = defineMailTemplate<ActivityMailData & { position: number }>({
  en: (d) => ({
    subject: `You are on the waiting list: ${d.title}`,
    text: `Hello ${d.name},\n\n“${d.title}” (${d.when}) is full. You are number ${d.position} on the waiting list. If a place becomes free, it is yours automatically and we write to you.\n\nDetails: ${d.pageUrl}\n\nTo leave the waiting list: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `Vous êtes sur la liste d’attente : ${d.title}`,
    text: `Bonjour ${d.name},\n\n« ${d.title} » (${d.when}) est complet. Vous êtes en position ${d.position} sur la liste d’attente. Si une place se libère, elle vous revient automatiquement et nous vous écrivons.\n\nDétails : ${d.pageUrl}\n\nPour quitter la liste d’attente : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `Sie stehen auf der Warteliste: ${d.title}`,
    text: `Guten Tag ${d.name},\n\n„${d.title}“ (${d.when}) ist ausgebucht. Sie stehen an Position ${d.position} der Warteliste. Wird ein Platz frei, erhalten Sie ihn automatisch, und wir schreiben Ihnen.\n\nEinzelheiten: ${d.pageUrl}\n\nUm die Warteliste zu verlassen: ${d.cancelUrl}`,
  }),
})

export const promotedMail = defineMailTemplate<ActivityMailData>({
  en: (d) => ({
    subject: `A place is free for you: ${d.title}`,
    text: `Hello ${d.name},\n\nA place became free at “${d.title}” and it is now yours: your registration is confirmed.\n\nWhen: ${d.when}\nDetails: ${d.pageUrl}${joining.en(d.joiningUrl)}\n\nAdd it to your calendar: ${d.calendarUrl}\n\nIf you can no longer come, cancel in one click so the next person gets the place: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `Une place s’est libérée pour vous : ${d.title}`,
    text: `Bonjour ${d.name},\n\nUne place s’est libérée pour « ${d.title} » et elle est à vous : votre inscription est confirmée.\n\nQuand : ${d.when}\nDétails : ${d.pageUrl}${joining.fr(d.joiningUrl)}\n\nL’ajouter à votre agenda : ${d.calendarUrl}\n\nSi vous ne pouvez plus venir, annulez en un clic pour que la personne suivante ait la place : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `Ein Platz ist für Sie frei geworden: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nFür „${d.title}“ ist ein Platz frei geworden, und er gehört jetzt Ihnen: Ihre Anmeldung ist bestätigt.\n\nWann: ${d.when}\nEinzelheiten: ${d.pageUrl}${joining.de(d.joiningUrl)}\n\nZum Kalender hinzufügen: ${d.calendarUrl}\n\nWenn Sie nicht mehr kommen können, sagen Sie mit einem Klick ab, damit die nächste Person den Platz erhält: ${d.cancelUrl}`,
  }),
})

export const reminderMail = defineMailTemplate<ActivityMailData & { soon: 'day' | 'hour' }>({
  en: (d) => ({
    subject: `${d.soon === 'day' ? 'Tomorrow' : 'In an hour'}: ${d.title}`,
    text: `Hello ${d.name},\n\nA reminder: “${d.title}” starts ${d.soon === 'day' ? 'tomorrow' : 'in about an hour'}.\n\nWhen: ${d.when}\nDetails: ${d.pageUrl}${joining.en(d.joiningUrl)}\n\nIf you can no longer come, please free your place: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `${d.soon === 'day' ? 'Demain' : 'Dans une heure'} : ${d.title}`,
    text: `Bonjour ${d.name},\n\nUn rappel : « ${d.title} » commence ${d.soon === 'day' ? 'demain' : 'dans une heure environ'}.\n\nQuand : ${d.when}\nDétails : ${d.pageUrl}${joining.fr(d.joiningUrl)}\n\nSi vous ne pouvez plus venir, merci de libérer votre place : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `${d.soon === 'day' ? 'Morgen' : 'In einer Stunde'}: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nEine Erinnerung: „${d.title}“ beginnt ${d.soon === 'day' ? 'morgen' : 'in etwa einer Stunde'}.\n\nWann: ${d.when}\nEinzelheiten: ${d.pageUrl}${joining.de(d.joiningUrl)}\n\nWenn Sie nicht mehr kommen können, geben Sie bitte Ihren Platz frei: ${d.cancelUrl}`,
  }),
})

export const timeChangedMail = defineMailTemplate<ActivityMailData>({
  en: (d) => ({
    subject: `New time: ${d.title}`,
    text: `Hello ${d.name},\n\nThe time of “${d.title}” has changed. It now takes place:\n\n${d.when}\n\nThe new invitation is attached: open it to update your calendar (it replaces the old one). It is also here: ${d.calendarUrl}\n\nDetails: ${d.pageUrl}\n\nIf the new time does not suit you, free your place: ${d.cancelUrl}`,
  }),
  fr: (d) => ({
    subject: `Nouvel horaire : ${d.title}`,
    text: `Bonjour ${d.name},\n\nL’horaire de « ${d.title} » a changé. L’activité a désormais lieu :\n\n${d.when}\n\nLa nouvelle invitation est jointe : ouvrez-la pour mettre votre agenda à jour (elle remplace l’ancienne). Elle est aussi ici : ${d.calendarUrl}\n\nDétails : ${d.pageUrl}\n\nSi le nouvel horaire ne vous convient pas, libérez votre place : ${d.cancelUrl}`,
  }),
  de: (d) => ({
    subject: `Neue Zeit: ${d.title}`,
    text: `Guten Tag ${d.name},\n\nDie Zeit von „${d.title}“ hat sich geändert. Die Aktivität findet jetzt statt:\n\n${d.when}\n\nDie neue Einladung ist angehängt: Öffnen Sie sie, um Ihren Kalender zu aktualisieren (sie ersetzt die alte). Sie ist auch hier: ${d.calendarUrl}\n\nEinzelheiten: ${d.pageUrl}\n\nWenn Ihnen die neue Zeit nicht passt, geben Sie Ihren Platz frei: ${d.cancelUrl}`,
  }),
})
