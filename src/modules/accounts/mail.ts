import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { defineMailTemplate, queueTemplatedMail } from '../../platform/mail/index.js'
import type { AccountMailKind, SendAccountMail } from './auth.js'

type AccountMailData = { name: string; link?: string }

const greeting = {
  en: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
  fr: (name: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  de: (name: string) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
}

/** The account e-mails in every shipped language; the link is the only action in each. */
const templates: Record<AccountMailKind, ReturnType<typeof defineMailTemplate<AccountMailData>>> = {
  'verify-email': defineMailTemplate<AccountMailData>({
    en: ({ name, link }) => ({
      subject: 'Confirm your e-mail address for Stoa',
      text: `${greeting.en(name)}\n\nConfirm your e-mail address by opening this link within 24 hours:\n\n${link}\n\nIf you did not create an account on Stoa, ignore this message: nothing happens without the link.`,
    }),
    fr: ({ name, link }) => ({
      subject: 'Confirmez votre adresse e-mail pour Stoa',
      text: `${greeting.fr(name)}\n\nConfirmez votre adresse e-mail en ouvrant ce lien dans les 24 heures :\n\n${link}\n\nSi vous n’avez pas créé de compte sur Stoa, ignorez ce message : rien ne se passe sans le lien.`,
    }),
    de: ({ name, link }) => ({
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Stoa',
      text: `${greeting.de(name)}\n\nBestätigen Sie Ihre E-Mail-Adresse, indem Sie diesen Link innerhalb von 24 Stunden öffnen:\n\n${link}\n\nWenn Sie kein Konto bei Stoa angelegt haben, ignorieren Sie diese Nachricht: Ohne den Link geschieht nichts.`,
    }),
  }),
  'change-email': defineMailTemplate<AccountMailData>({
    en: ({ name, link }) => ({
      subject: 'Confirm your new e-mail address for Stoa',
      text: `${greeting.en(name)}\n\nConfirm that this is your new e-mail address by opening this link within 24 hours:\n\n${link}\n\nUntil you do, your old address stays the one we use.`,
    }),
    fr: ({ name, link }) => ({
      subject: 'Confirmez votre nouvelle adresse e-mail pour Stoa',
      text: `${greeting.fr(name)}\n\nConfirmez que c’est votre nouvelle adresse e-mail en ouvrant ce lien dans les 24 heures :\n\n${link}\n\nD’ici là, nous continuons d’utiliser votre ancienne adresse.`,
    }),
    de: ({ name, link }) => ({
      subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse für Stoa',
      text: `${greeting.de(name)}\n\nBestätigen Sie, dass dies Ihre neue E-Mail-Adresse ist, indem Sie diesen Link innerhalb von 24 Stunden öffnen:\n\n${link}\n\nBis dahin verwenden wir weiter Ihre bisherige Adresse.`,
    }),
  }),
  'sign-in-link': defineMailTemplate<AccountMailData>({
    en: ({ name, link }) => ({
      subject: 'Your sign-in link for Stoa',
      text: `${greeting.en(name)}\n\nOpen this link within 15 minutes to sign in to Stoa. It works once.\n\n${link}\n\nIf you did not ask for it, ignore this message: nobody can sign in without the link.`,
    }),
    fr: ({ name, link }) => ({
      subject: 'Votre lien de connexion à Stoa',
      text: `${greeting.fr(name)}\n\nOuvrez ce lien dans les 15 minutes pour vous connecter à Stoa. Il ne fonctionne qu’une fois.\n\n${link}\n\nSi vous ne l’avez pas demandé, ignorez ce message : personne ne peut se connecter sans le lien.`,
    }),
    de: ({ name, link }) => ({
      subject: 'Ihr Anmeldelink für Stoa',
      text: `${greeting.de(name)}\n\nÖffnen Sie diesen Link innerhalb von 15 Minuten, um sich bei Stoa anzumelden. Er funktioniert nur einmal.\n\n${link}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht: Ohne den Link kann sich niemand anmelden.`,
    }),
  }),
  'reset-password': defineMailTemplate<AccountMailData>({
    en: ({ name, link }) => ({
      subject: 'Choose a new password for Stoa',
      text: `${greeting.en(name)}\n\nOpen this link within an hour to choose a new password. Choosing one signs you out everywhere else.\n\n${link}\n\nIf you did not ask for it, ignore this message: your password stays as it is.`,
    }),
    fr: ({ name, link }) => ({
      subject: 'Choisissez un nouveau mot de passe pour Stoa',
      text: `${greeting.fr(name)}\n\nOuvrez ce lien dans l’heure pour choisir un nouveau mot de passe. Cela vous déconnecte de tous vos autres appareils.\n\n${link}\n\nSi vous ne l’avez pas demandé, ignorez ce message : votre mot de passe reste le même.`,
    }),
    de: ({ name, link }) => ({
      subject: 'Wählen Sie ein neues Passwort für Stoa',
      text: `${greeting.de(name)}\n\nÖffnen Sie diesen Link innerhalb einer Stunde, um ein neues Passwort zu wählen. Damit werden Sie überall sonst abgemeldet.\n\n${link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.`,
    }),
  }),
  'sign-up-attempt': defineMailTemplate<AccountMailData>({
    en: ({ name, link }) => ({
      subject: 'Someone tried to create a Stoa account with your address',
      text: `${greeting.en(name)}\n\nSomeone tried to create a new Stoa account with this e-mail address, which already has one. If it was you, sign in instead — or ask for a sign-in link or a new password there:\n\n${link}\n\nIf it was not you, you need not do anything.`,
    }),
    fr: ({ name, link }) => ({
      subject: 'Quelqu’un a tenté de créer un compte Stoa avec votre adresse',
      text: `${greeting.fr(name)}\n\nQuelqu’un a tenté de créer un nouveau compte Stoa avec cette adresse e-mail, qui en a déjà un. Si c’était vous, connectez-vous plutôt — ou demandez-y un lien de connexion ou un nouveau mot de passe :\n\n${link}\n\nSi ce n’était pas vous, vous n’avez rien à faire.`,
    }),
    de: ({ name, link }) => ({
      subject: 'Jemand wollte mit Ihrer Adresse ein Stoa-Konto anlegen',
      text: `${greeting.de(name)}\n\nJemand wollte mit dieser E-Mail-Adresse, zu der es schon ein Konto gibt, ein neues Stoa-Konto anlegen. Wenn Sie das waren, melden Sie sich stattdessen an — oder fordern Sie dort einen Anmeldelink oder ein neues Passwort an:\n\n${link}\n\nWenn Sie es nicht waren, müssen Sie nichts tun.`,
    }),
  }),
}

/** Better Auth's mail requests go to the outbox, delivered by the worker (never blocking the form). */
export async function sendAccountMail(db: Db, _config: Config, mail: Parameters<SendAccountMail>[0]): Promise<void> {
  await queueTemplatedMail(db, {
    to: mail.to,
    locale: mail.locale,
    template: templates[mail.kind],
    data: { name: mail.name, link: mail.link },
  })
}
