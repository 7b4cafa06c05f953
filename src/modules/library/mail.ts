import { defineMailTemplate } from '../../platform/mail/index.js'

// Told to the member who contributed the item, in their language; transactional: no unsubscribe.

type ReviewData = { name: string; title: string; comment: string; link: string }

export const itemPublishedMail = defineMailTemplate<ReviewData>({
  en: ({ name, title, link }) => ({
    subject: `Your contribution “${title}” is in the library`,
    text: `Hello ${name},\n\nThe programme team approved your contribution “${title}”. It is now in the library for everyone:\n\n${link}`,
  }),
  fr: ({ name, title, link }) => ({
    subject: `Votre contribution « ${title} » est dans la bibliothèque`,
    text: `Bonjour ${name},\n\nL’équipe du programme a approuvé votre contribution « ${title} ». Elle figure désormais dans la bibliothèque, ouverte à tous :\n\n${link}`,
  }),
  de: ({ name, title, link }) => ({
    subject: `Ihr Beitrag „${title}“ ist in der Bibliothek`,
    text: `Guten Tag ${name},\n\ndas Programmteam hat Ihren Beitrag „${title}“ freigegeben. Er steht jetzt für alle in der Bibliothek:\n\n${link}`,
  }),
})

export const itemChangesRequestedMail = defineMailTemplate<ReviewData>({
  en: ({ name, title, comment, link }) => ({
    subject: `Changes requested to your contribution “${title}”`,
    text: `Hello ${name},\n\nThe programme team read your contribution “${title}” and asks for changes before it goes into the library:\n\n${comment}\n\nEdit it and send it again:\n\n${link}`,
  }),
  fr: ({ name, title, comment, link }) => ({
    subject: `Modifications demandées pour votre contribution « ${title} »`,
    text: `Bonjour ${name},\n\nL’équipe du programme a lu votre contribution « ${title} » et demande des modifications avant de l’ajouter à la bibliothèque :\n\n${comment}\n\nModifiez-la puis renvoyez-la :\n\n${link}`,
  }),
  de: ({ name, title, comment, link }) => ({
    subject: `Änderungen an Ihrem Beitrag „${title}“ erbeten`,
    text: `Guten Tag ${name},\n\ndas Programmteam hat Ihren Beitrag „${title}“ gelesen und bittet um Änderungen, bevor er in die Bibliothek kommt:\n\n${comment}\n\nBearbeiten Sie ihn und senden Sie ihn erneut:\n\n${link}`,
  }),
})

export const itemRejectedMail = defineMailTemplate<ReviewData>({
  en: ({ name, title, comment, link }) => ({
    subject: `Your contribution “${title}” was not added to the library`,
    text: `Hello ${name},\n\nThe programme team read your contribution “${title}” and decided not to add it to the library, for this reason:\n\n${comment}\n\nYou can still see it here:\n\n${link}`,
  }),
  fr: ({ name, title, comment, link }) => ({
    subject: `Votre contribution « ${title} » n’a pas été ajoutée à la bibliothèque`,
    text: `Bonjour ${name},\n\nL’équipe du programme a lu votre contribution « ${title} » et a décidé de ne pas l’ajouter à la bibliothèque, pour la raison suivante :\n\n${comment}\n\nVous pouvez toujours la consulter ici :\n\n${link}`,
  }),
  de: ({ name, title, comment, link }) => ({
    subject: `Ihr Beitrag „${title}“ wurde nicht in die Bibliothek aufgenommen`,
    text: `Guten Tag ${name},\n\ndas Programmteam hat Ihren Beitrag „${title}“ gelesen und ihn aus folgendem Grund nicht in die Bibliothek aufgenommen:\n\n${comment}\n\nSie können ihn hier weiterhin einsehen:\n\n${link}`,
  }),
})
