import { defineMailTemplate } from '../../../platform/mail/index.js'

// Told to the member who proposed the practice; transactional (their own proposal): no unsubscribe.

type ChangesRequestedData = { name: string; title: string; editorName: string; comment: string; link: string }

export const changesRequestedMail = defineMailTemplate<ChangesRequestedData>({
  en: ({ name, title, editorName, comment, link }) => ({
    subject: `Changes requested to your practice “${title}”`,
    text: `Hello ${name},\n\n${editorName}, of the programme team, read your practice “${title}” and asks for changes before it is published:\n\n${comment}\n\nEdit the practice and submit it for review again:\n\n${link}`,
  }),
  fr: ({ name, title, editorName, comment, link }) => ({
    subject: `Modifications demandées pour votre pratique « ${title} »`,
    text: `Bonjour ${name},\n\n${editorName}, de l’équipe du programme, a lu votre pratique « ${title} » et demande des modifications avant sa publication :\n\n${comment}\n\nModifiez la pratique puis soumettez-la de nouveau à la relecture :\n\n${link}`,
  }),
  de: ({ name, title, editorName, comment, link }) => ({
    subject: `Änderungen an Ihrem Praxisbeispiel „${title}“ erbeten`,
    text: `Guten Tag ${name},\n\n${editorName} aus dem Programmteam hat Ihr Praxisbeispiel „${title}“ gelesen und bittet vor der Veröffentlichung um Änderungen:\n\n${comment}\n\nBearbeiten Sie das Beispiel und reichen Sie es erneut zur Prüfung ein:\n\n${link}`,
  }),
})

type PublishedData = { name: string; title: string; link: string }

export const practicePublishedMail = defineMailTemplate<PublishedData>({
  en: ({ name, title, link }) => ({
    subject: `Your practice “${title}” is published`,
    text: `Hello ${name},\n\nYour practice “${title}” is now in the catalogue, for every city and region of the network to learn from:\n\n${link}`,
  }),
  fr: ({ name, title, link }) => ({
    subject: `Votre pratique « ${title} » est publiée`,
    text: `Bonjour ${name},\n\nVotre pratique « ${title} » figure désormais au catalogue, pour que toutes les villes et régions du réseau puissent s’en inspirer :\n\n${link}`,
  }),
  de: ({ name, title, link }) => ({
    subject: `Ihr Praxisbeispiel „${title}“ ist veröffentlicht`,
    text: `Guten Tag ${name},\n\nIhr Praxisbeispiel „${title}“ steht jetzt im Katalog, damit alle Städte und Regionen des Netzwerks davon lernen können:\n\n${link}`,
  }),
})
