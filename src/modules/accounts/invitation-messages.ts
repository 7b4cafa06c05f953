import { defineMessages } from '../../platform/i18n/catalogue.js'

export const invitationMessages = defineMessages({
  en: {
    'invitations.title.organisation': 'Join {organisation} on Stoa',
    'invitations.title.expert': 'Join the expert pool on Stoa',
    'invitations.lead.organisation':
      'You are invited to join {organisation} {role, select, admin {as an organisation admin} other {as a member}}.',
    'invitations.lead.expert':
      'You are invited to join the pool of experts who review the submissions to calls assigned to them.',
    'invitations.sentTo': 'This invitation was sent to {email}.',
    'invitations.accept': 'Accept invitation',
    'invitations.wrongAccount':
      'You are signed in as {current}. To accept, sign out, then open the link in the e-mail again and sign in as {email}.',
    'invitations.signInLead': 'There is already a Stoa account with this address. Sign in to accept.',
    'invitations.signIn': 'Sign in to accept',
    'invitations.create.heading': 'Create your account',
    'invitations.create.lead':
      'Your e-mail address is confirmed by this link: choose your name and a password, and you are in.',
    'invitations.create.name.label': 'Full name',
    'invitations.create.name.missing': 'Enter your full name',
    'invitations.create.name.tooLong': 'Your name must be 200 characters or fewer',
    'invitations.create.password.label': 'Choose a password',
    'invitations.create.password.hint':
      'At least 12 characters. A few unrelated words make a good one. Common passwords and your e-mail address are refused.',
    'invitations.create.submit': 'Create account and accept',
    'invitations.password.missing': 'Enter a password',
    'invitations.password.too-short': 'Your password must be at least 12 characters',
    'invitations.password.too-long': 'Your password must be 128 characters or fewer',
    'invitations.password.common': 'This password is too common: choose one that is harder to guess',
    'invitations.password.contains-email': 'Your password must not contain your e-mail address',
    'invitations.gone.title': 'This invitation link does not work',
    'invitations.gone.not-found': 'Check that you opened the whole link from the e-mail.',
    'invitations.gone.expired':
      'It has expired: links work for 14 days. Ask the person who invited you to send a new one.',
    'invitations.gone.accepted': 'It has already been accepted.',
    'invitations.gone.revoked':
      'A newer invitation replaced it. Use the link in the most recent e-mail, or ask for a new one.',
    'invitations.gone.signIn': 'Sign in',
  },
  fr: {
    'invitations.title.organisation': 'Rejoindre {organisation} sur Stoa',
    'invitations.title.expert': 'Rejoindre le vivier d’experts de Stoa',
    'invitations.lead.organisation':
      'Vous êtes invité à rejoindre {organisation} {role, select, admin {en tant qu’admin de l’organisation} other {en tant que membre}}.',
    'invitations.lead.expert':
      'Vous êtes invité à rejoindre le vivier d’experts qui évaluent les candidatures aux appels qui leur sont confiées.',
    'invitations.sentTo': 'Cette invitation a été envoyée à {email}.',
    'invitations.accept': 'Accepter l’invitation',
    'invitations.wrongAccount':
      'Vous êtes connecté en tant que {current}. Pour accepter, déconnectez-vous, ouvrez de nouveau le lien de l’e-mail et connectez-vous en tant que {email}.',
    'invitations.signInLead': 'Un compte Stoa existe déjà pour cette adresse. Connectez-vous pour accepter.',
    'invitations.signIn': 'Se connecter pour accepter',
    'invitations.create.heading': 'Créez votre compte',
    'invitations.create.lead':
      'Ce lien confirme votre adresse e-mail : choisissez votre nom et un mot de passe, et c’est fait.',
    'invitations.create.name.label': 'Nom complet',
    'invitations.create.name.missing': 'Saisissez votre nom complet',
    'invitations.create.name.tooLong': 'Votre nom doit compter 200 caractères au maximum',
    'invitations.create.password.label': 'Choisissez un mot de passe',
    'invitations.create.password.hint':
      'Au moins 12 caractères. Quelques mots sans rapport entre eux font un bon mot de passe. Les mots de passe courants et votre adresse e-mail sont refusés.',
    'invitations.create.submit': 'Créer le compte et accepter',
    'invitations.password.missing': 'Saisissez un mot de passe',
    'invitations.password.too-short': 'Votre mot de passe doit compter au moins 12 caractères',
    'invitations.password.too-long': 'Votre mot de passe doit compter 128 caractères au maximum',
    'invitations.password.common': 'Ce mot de passe est trop courant : choisissez-en un plus difficile à deviner',
    'invitations.password.contains-email': 'Votre mot de passe ne doit pas contenir votre adresse e-mail',
    'invitations.gone.title': 'Ce lien d’invitation ne fonctionne pas',
    'invitations.gone.not-found': 'Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
    'invitations.gone.expired':
      'Il a expiré : les liens sont valables 14 jours. Demandez à la personne qui vous a invité d’en envoyer un nouveau.',
    'invitations.gone.accepted': 'L’invitation a déjà été acceptée.',
    'invitations.gone.revoked':
      'Une invitation plus récente l’a remplacé. Utilisez le lien du dernier e-mail reçu, ou demandez-en un nouveau.',
    'invitations.gone.signIn': 'Se connecter',
  },
  de: {
    'invitations.title.organisation': '{organisation} auf Stoa beitreten',
    'invitations.title.expert': 'Dem Expertenpool von Stoa beitreten',
    'invitations.lead.organisation':
      'Sie sind eingeladen, {organisation} {role, select, admin {als Organisations-Admin} other {als Mitglied}} beizutreten.',
    'invitations.lead.expert':
      'Sie sind in den Pool der Sachverständigen eingeladen, die die ihnen zugewiesenen Einreichungen zu Aufrufen begutachten.',
    'invitations.sentTo': 'Diese Einladung wurde an {email} gesendet.',
    'invitations.accept': 'Einladung annehmen',
    'invitations.wrongAccount':
      'Sie sind als {current} angemeldet. Um anzunehmen, melden Sie sich ab, öffnen Sie den Link in der E-Mail erneut und melden Sie sich als {email} an.',
    'invitations.signInLead': 'Zu dieser Adresse gibt es bereits ein Stoa-Konto. Melden Sie sich an, um anzunehmen.',
    'invitations.signIn': 'Anmelden und annehmen',
    'invitations.create.heading': 'Legen Sie Ihr Konto an',
    'invitations.create.lead':
      'Dieser Link bestätigt Ihre E-Mail-Adresse: Wählen Sie Ihren Namen und ein Passwort, und schon sind Sie dabei.',
    'invitations.create.name.label': 'Vollständiger Name',
    'invitations.create.name.missing': 'Geben Sie Ihren vollständigen Namen ein',
    'invitations.create.name.tooLong': 'Ihr Name darf höchstens 200 Zeichen lang sein',
    'invitations.create.password.label': 'Wählen Sie ein Passwort',
    'invitations.create.password.hint':
      'Mindestens 12 Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein gutes Passwort. Häufige Passwörter und Ihre E-Mail-Adresse werden abgelehnt.',
    'invitations.create.submit': 'Konto anlegen und annehmen',
    'invitations.password.missing': 'Geben Sie ein Passwort ein',
    'invitations.password.too-short': 'Ihr Passwort muss mindestens 12 Zeichen lang sein',
    'invitations.password.too-long': 'Ihr Passwort darf höchstens 128 Zeichen lang sein',
    'invitations.password.common': 'Dieses Passwort ist zu häufig: Wählen Sie eines, das schwerer zu erraten ist',
    'invitations.password.contains-email': 'Ihr Passwort darf Ihre E-Mail-Adresse nicht enthalten',
    'invitations.gone.title': 'Dieser Einladungslink funktioniert nicht',
    'invitations.gone.not-found': 'Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.',
    'invitations.gone.expired':
      'Er ist abgelaufen: Links gelten 14 Tage. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen.',
    'invitations.gone.accepted': 'Die Einladung wurde bereits angenommen.',
    'invitations.gone.revoked':
      'Eine neuere Einladung hat ihn ersetzt. Verwenden Sie den Link aus der jüngsten E-Mail oder bitten Sie um einen neuen.',
    'invitations.gone.signIn': 'Anmelden',
  },
})
