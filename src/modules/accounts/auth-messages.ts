import { defineMessages } from '../../platform/i18n/catalogue.js'

/** Signing up, in and out, confirming the address, resetting and changing credentials, the account page. */
export const authMessages = defineMessages({
  en: {
    'auth.field.name': 'Full name',
    'auth.field.email': 'E-mail address',
    'auth.field.password': 'Password',
    'auth.field.newPassword': 'New password',
    'auth.field.currentPassword': 'Current password',
    'auth.field.newEmail': 'New e-mail address',
    'auth.hint.newPassword':
      'At least 12 characters. A few unrelated words make a password that is hard to guess and easy to remember.',
    'auth.error.nameMissing': 'Enter your full name',
    'auth.error.nameTooLong': 'Your name must be 200 characters or fewer',
    'auth.error.emailMissing': 'Enter your e-mail address',
    'auth.error.emailInvalid': 'Enter an e-mail address in the correct format, like name@example.com',
    'auth.error.passwordMissing': 'Enter your password',
    'auth.error.newPasswordMissing': 'Enter a password',
    'auth.error.passwordTooShort': 'Your password must be at least 12 characters',
    'auth.error.passwordTooLong': 'Your password must be 128 characters or fewer',
    'auth.error.passwordCommon': 'This password is too common and easy to guess. Choose a different one',
    'auth.error.passwordContainsEmail': 'Your password must not contain your e-mail address',
    'auth.error.rateLimited': 'Too many attempts. Wait 15 minutes and try again.',
    'auth.error.wrongCredentials': 'Enter a correct e-mail address and password',
    'auth.error.currentPasswordMissing': 'Enter your current password',
    'auth.error.currentPasswordWrong': 'Your current password is not correct',
    'auth.error.newEmailSame': 'This is already your e-mail address. Enter a different one',

    'auth.signUp.title': 'Create an account',
    'auth.signUp.lead':
      'With an account you can apply to calls, register for activities and see what members share with each other.',
    'auth.signUp.emailHint': 'We will send you a link to confirm it.',
    'auth.signUp.submit': 'Create account',
    'auth.signUp.haveAccount': 'Already have an account? {link}',
    'auth.signUp.signInLink': 'Sign in',

    'auth.checkEmail.title': 'Check your e-mail',
    'auth.checkEmail.signUp':
      'We have sent an e-mail to the address you gave. Open the link in it within 24 hours to confirm your address and finish creating your account.',
    'auth.checkEmail.signUpKnown':
      'If you already have an account with that address, the e-mail tells you how to sign in.',
    'auth.checkEmail.noMail': 'If the e-mail does not arrive within a few minutes, check your spam folder.',
    'auth.checkEmail.resent':
      'If an account with that address is waiting for confirmation, we have sent it a new link. The link works for 24 hours.',
    'auth.checkEmail.link':
      'If an account uses that address, we have sent it a sign-in link. The link works once, within 15 minutes.',
    'auth.checkEmail.reset':
      'If an account uses that address, we have sent it a link to choose a new password. The link works once, within an hour.',
    'auth.checkEmail.backToSignIn': 'Back to sign in',

    'auth.verify.title': 'Confirm your e-mail address',
    'auth.verify.body': 'Confirm {email} as your e-mail address for Stoa.',
    'auth.verify.changeTitle': 'Confirm your new e-mail address',
    'auth.verify.changeBody': 'Confirm {email} as your new e-mail address for Stoa. We will use it from now on.',
    'auth.verify.submit': 'Confirm e-mail address',
    'auth.verify.invalidTitle': 'This link has expired or is not valid',
    'auth.verify.invalidBody':
      'Links to confirm an e-mail address work for 24 hours. You may also have copied only part of the link.',
    'auth.verify.resendHeading': 'Get a new link',
    'auth.verify.resendSubmit': 'Send a new link',
    'auth.verified.title': 'Your e-mail address is confirmed',
    'auth.verified.body':
      'You can now take part as a member: apply to calls, register for activities and see what members share.',
    'auth.verified.changedTitle': 'Your new e-mail address is confirmed',
    'auth.verified.changedBody': 'We will use it from now on, and you sign in with it.',
    'auth.verified.toAccount': 'Go to your account',

    'auth.signIn.title': 'Sign in',
    'auth.signIn.passwordHeading': 'Sign in with your password',
    'auth.signIn.submit': 'Sign in',
    'auth.signIn.forgotten': 'Forgotten your password?',
    'auth.signIn.linkHeading': 'Or get a sign-in link by e-mail',
    'auth.signIn.linkBody':
      'We will e-mail you a link that signs you in, without your password. It works once, within 15 minutes.',
    'auth.signIn.linkSubmit': 'E-mail me a sign-in link',
    'auth.signIn.noAccountHeading': 'No account yet?',
    'auth.signIn.createAccount': 'Create an account',
    'auth.signIn.passwordReset': 'Your password has been changed. Sign in with your new password.',

    'auth.link.title': 'Finish signing in',
    'auth.link.body': 'Select the button to sign in to Stoa. The link works once.',
    'auth.link.submit': 'Sign in',
    'auth.link.invalidTitle': 'This sign-in link has expired or has already been used',
    'auth.link.invalidBody': 'Sign-in links work once, within 15 minutes.',
    'auth.link.again': 'Get a new sign-in link',

    'auth.signOut.title': 'Sign out',
    'auth.signOut.body': 'Sign out of Stoa in this browser.',
    'auth.signOut.submit': 'Sign out',
    'auth.signOut.doneTitle': 'You have signed out',
    'auth.signOut.doneBody': 'You are no longer signed in to Stoa in this browser.',
    'auth.signOut.signInAgain': 'Sign in again',

    'auth.reset.title': 'Reset your password',
    'auth.reset.lead': 'Enter the e-mail address of your account. We will send you a link to choose a new password.',
    'auth.reset.submit': 'Send the link',
    'auth.reset.newTitle': 'Choose a new password',
    'auth.reset.newLead': 'Saving a new password signs you out everywhere you are signed in.',
    'auth.reset.newSubmit': 'Save password',
    'auth.reset.invalidTitle': 'This link has expired or has already been used',
    'auth.reset.invalidBody': 'Links to reset a password work once, within an hour.',
    'auth.reset.again': 'Ask for a new link',

    'auth.account.title': 'Your account',
    'auth.account.detailsHeading': 'Your details',
    'auth.account.profileLink': 'Your profile: your organisations, languages, expertise and who sees what',
    'auth.account.verified': 'Verified',
    'auth.account.notVerified': 'Not verified',
    'auth.account.unverifiedHeading': 'Confirm your e-mail address',
    'auth.account.unverifiedBody':
      'We sent a link to {email}. Until you open it, you cannot take part as a member: apply to calls, register for activities or see what members share.',
    'auth.account.resend': 'Send a new link',
    'auth.account.notice.verificationSent': 'We have sent a new link to {email}. It works for 24 hours.',
    'auth.account.notice.emailChangeSent':
      'We have sent a link to your new e-mail address. Your address changes when you open it; until then, keep using your current one.',
    'auth.account.notice.passwordChanged': 'Your password has been changed. You have been signed out everywhere else.',
    'auth.account.changeEmailHeading': 'Change your e-mail address',
    'auth.account.changeEmailHint': 'We will send a link to it. Your address changes only when you open the link.',
    'auth.account.changeEmailSubmit': 'Change e-mail address',
    'auth.account.changePasswordHeading': 'Change your password',
    'auth.account.changePasswordLead': 'Changing your password signs you out everywhere else.',
    'auth.account.changePasswordSubmit': 'Change password',
    'auth.account.everywhereHeading': 'Sign out everywhere',
    'auth.account.everywhereBody':
      'Sign out of Stoa on every device and browser, this one included. Do this if you signed in on a computer you do not trust, or think someone else knows your password.',
    'auth.account.everywhereSubmit': 'Sign out everywhere',
  },
  fr: {
    'auth.field.name': 'Nom complet',
    'auth.field.email': 'Adresse e-mail',
    'auth.field.password': 'Mot de passe',
    'auth.field.newPassword': 'Nouveau mot de passe',
    'auth.field.currentPassword': 'Mot de passe actuel',
    'auth.field.newEmail': 'Nouvelle adresse e-mail',
    'auth.hint.newPassword':
      'Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe difficile à deviner et facile à retenir.',
    'auth.error.nameMissing': 'Saisissez votre nom complet',
    'auth.error.nameTooLong': 'Votre nom doit comporter 200 caractères au maximum',
    'auth.error.emailMissing': 'Saisissez votre adresse e-mail',
    'auth.error.emailInvalid': 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr',
    'auth.error.passwordMissing': 'Saisissez votre mot de passe',
    'auth.error.newPasswordMissing': 'Saisissez un mot de passe',
    'auth.error.passwordTooShort': 'Votre mot de passe doit comporter au moins 12 caractères',
    'auth.error.passwordTooLong': 'Votre mot de passe doit comporter 128 caractères au maximum',
    'auth.error.passwordCommon': 'Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre',
    'auth.error.passwordContainsEmail': 'Votre mot de passe ne doit pas contenir votre adresse e-mail',
    'auth.error.rateLimited': 'Trop de tentatives. Attendez 15 minutes et réessayez.',
    'auth.error.wrongCredentials': 'Saisissez une adresse e-mail et un mot de passe corrects',
    'auth.error.currentPasswordMissing': 'Saisissez votre mot de passe actuel',
    'auth.error.currentPasswordWrong': 'Votre mot de passe actuel n’est pas correct',
    'auth.error.newEmailSame': 'C’est déjà votre adresse e-mail. Saisissez-en une autre',

    'auth.signUp.title': 'Créer un compte',
    'auth.signUp.lead':
      'Avec un compte, vous pouvez répondre aux appels, vous inscrire aux activités et voir ce que les membres partagent entre eux.',
    'auth.signUp.emailHint': 'Nous vous enverrons un lien pour la confirmer.',
    'auth.signUp.submit': 'Créer le compte',
    'auth.signUp.haveAccount': 'Vous avez déjà un compte ? {link}',
    'auth.signUp.signInLink': 'Connectez-vous',

    'auth.checkEmail.title': 'Consultez vos e-mails',
    'auth.checkEmail.signUp':
      'Nous avons envoyé un e-mail à l’adresse que vous avez indiquée. Ouvrez le lien qu’il contient dans les 24 heures pour confirmer votre adresse et terminer la création de votre compte.',
    'auth.checkEmail.signUpKnown':
      'Si vous avez déjà un compte avec cette adresse, l’e-mail vous explique comment vous connecter.',
    'auth.checkEmail.noMail':
      'Si l’e-mail n’arrive pas d’ici quelques minutes, vérifiez votre dossier de courrier indésirable.',
    'auth.checkEmail.resent':
      'Si un compte avec cette adresse attend sa confirmation, nous lui avons envoyé un nouveau lien. Le lien fonctionne pendant 24 heures.',
    'auth.checkEmail.link':
      'Si un compte utilise cette adresse, nous lui avons envoyé un lien de connexion. Le lien ne fonctionne qu’une fois, dans les 15 minutes.',
    'auth.checkEmail.reset':
      'Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien ne fonctionne qu’une fois, dans l’heure.',
    'auth.checkEmail.backToSignIn': 'Retour à la connexion',

    'auth.verify.title': 'Confirmez votre adresse e-mail',
    'auth.verify.body': 'Confirmez {email} comme adresse e-mail pour Stoa.',
    'auth.verify.changeTitle': 'Confirmez votre nouvelle adresse e-mail',
    'auth.verify.changeBody':
      'Confirmez {email} comme nouvelle adresse e-mail pour Stoa. Nous l’utiliserons désormais.',
    'auth.verify.submit': 'Confirmer l’adresse e-mail',
    'auth.verify.invalidTitle': 'Ce lien a expiré ou n’est pas valide',
    'auth.verify.invalidBody':
      'Les liens de confirmation d’adresse e-mail fonctionnent pendant 24 heures. Il se peut aussi que vous n’ayez copié qu’une partie du lien.',
    'auth.verify.resendHeading': 'Obtenir un nouveau lien',
    'auth.verify.resendSubmit': 'Envoyer un nouveau lien',
    'auth.verified.title': 'Votre adresse e-mail est confirmée',
    'auth.verified.body':
      'Vous pouvez désormais participer en tant que membre : répondre aux appels, vous inscrire aux activités et voir ce que les membres partagent.',
    'auth.verified.changedTitle': 'Votre nouvelle adresse e-mail est confirmée',
    'auth.verified.changedBody': 'Nous l’utiliserons désormais, et c’est avec elle que vous vous connectez.',
    'auth.verified.toAccount': 'Aller à votre compte',

    'auth.signIn.title': 'Se connecter',
    'auth.signIn.passwordHeading': 'Se connecter avec son mot de passe',
    'auth.signIn.submit': 'Se connecter',
    'auth.signIn.forgotten': 'Mot de passe oublié ?',
    'auth.signIn.linkHeading': 'Ou recevoir un lien de connexion par e-mail',
    'auth.signIn.linkBody':
      'Nous vous envoyons par e-mail un lien qui vous connecte sans mot de passe. Il ne fonctionne qu’une fois, dans les 15 minutes.',
    'auth.signIn.linkSubmit': 'M’envoyer un lien de connexion',
    'auth.signIn.noAccountHeading': 'Pas encore de compte ?',
    'auth.signIn.createAccount': 'Créer un compte',
    'auth.signIn.passwordReset': 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',

    'auth.link.title': 'Terminer la connexion',
    'auth.link.body': 'Sélectionnez le bouton pour vous connecter à Stoa. Le lien ne fonctionne qu’une fois.',
    'auth.link.submit': 'Se connecter',
    'auth.link.invalidTitle': 'Ce lien de connexion a expiré ou a déjà été utilisé',
    'auth.link.invalidBody': 'Les liens de connexion ne fonctionnent qu’une fois, dans les 15 minutes.',
    'auth.link.again': 'Obtenir un nouveau lien de connexion',

    'auth.signOut.title': 'Se déconnecter',
    'auth.signOut.body': 'Se déconnecter de Stoa dans ce navigateur.',
    'auth.signOut.submit': 'Se déconnecter',
    'auth.signOut.doneTitle': 'Déconnexion réussie',
    'auth.signOut.doneBody': 'Votre session Stoa est fermée dans ce navigateur.',
    'auth.signOut.signInAgain': 'Se reconnecter',

    'auth.reset.title': 'Réinitialiser votre mot de passe',
    'auth.reset.lead':
      'Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    'auth.reset.submit': 'Envoyer le lien',
    'auth.reset.newTitle': 'Choisissez un nouveau mot de passe',
    'auth.reset.newLead': 'Enregistrer un nouveau mot de passe ferme toutes vos sessions ouvertes.',
    'auth.reset.newSubmit': 'Enregistrer le mot de passe',
    'auth.reset.invalidTitle': 'Ce lien a expiré ou a déjà été utilisé',
    'auth.reset.invalidBody': 'Les liens de réinitialisation ne fonctionnent qu’une fois, dans l’heure.',
    'auth.reset.again': 'Demander un nouveau lien',

    'auth.account.title': 'Votre compte',
    'auth.account.detailsHeading': 'Vos informations',
    'auth.account.profileLink': 'Votre profil : vos organisations, langues, domaines d’expertise et qui voit quoi',
    'auth.account.verified': 'Vérifiée',
    'auth.account.notVerified': 'Non vérifiée',
    'auth.account.unverifiedHeading': 'Confirmez votre adresse e-mail',
    'auth.account.unverifiedBody':
      'Nous avons envoyé un lien à {email}. Tant que vous ne l’avez pas ouvert, vous ne pouvez pas participer en tant que membre : répondre aux appels, vous inscrire aux activités ou voir ce que les membres partagent.',
    'auth.account.resend': 'Envoyer un nouveau lien',
    'auth.account.notice.verificationSent':
      'Nous avons envoyé un nouveau lien à {email}. Il fonctionne pendant 24 heures.',
    'auth.account.notice.emailChangeSent':
      'Nous avons envoyé un lien à votre nouvelle adresse e-mail. Votre adresse change quand vous l’ouvrez ; d’ici là, continuez d’utiliser l’adresse actuelle.',
    'auth.account.notice.passwordChanged':
      'Votre mot de passe a été modifié. Toutes vos autres sessions ont été fermées.',
    'auth.account.changeEmailHeading': 'Changer votre adresse e-mail',
    'auth.account.changeEmailHint':
      'Nous y enverrons un lien. Votre adresse ne change que lorsque vous ouvrez ce lien.',
    'auth.account.changeEmailSubmit': 'Changer l’adresse e-mail',
    'auth.account.changePasswordHeading': 'Changer votre mot de passe',
    'auth.account.changePasswordLead': 'Changer votre mot de passe ferme toutes vos autres sessions.',
    'auth.account.changePasswordSubmit': 'Changer le mot de passe',
    'auth.account.everywhereHeading': 'Se déconnecter partout',
    'auth.account.everywhereBody':
      'Se déconnecter de Stoa sur tous les appareils et navigateurs, y compris celui-ci. Faites-le si vous avez ouvert une session sur un ordinateur auquel vous ne faites pas confiance, ou si vous pensez que quelqu’un d’autre connaît votre mot de passe.',
    'auth.account.everywhereSubmit': 'Se déconnecter partout',
  },
  de: {
    'auth.field.name': 'Vollständiger Name',
    'auth.field.email': 'E-Mail-Adresse',
    'auth.field.password': 'Passwort',
    'auth.field.newPassword': 'Neues Passwort',
    'auth.field.currentPassword': 'Aktuelles Passwort',
    'auth.field.newEmail': 'Neue E-Mail-Adresse',
    'auth.hint.newPassword':
      'Mindestens 12 Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein Passwort, das schwer zu erraten und leicht zu merken ist.',
    'auth.error.nameMissing': 'Geben Sie Ihren vollständigen Namen ein',
    'auth.error.nameTooLong': 'Ihr Name darf höchstens 200 Zeichen lang sein',
    'auth.error.emailMissing': 'Geben Sie Ihre E-Mail-Adresse ein',
    'auth.error.emailInvalid': 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de',
    'auth.error.passwordMissing': 'Geben Sie Ihr Passwort ein',
    'auth.error.newPasswordMissing': 'Geben Sie ein Passwort ein',
    'auth.error.passwordTooShort': 'Ihr Passwort muss mindestens 12 Zeichen lang sein',
    'auth.error.passwordTooLong': 'Ihr Passwort darf höchstens 128 Zeichen lang sein',
    'auth.error.passwordCommon': 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Wählen Sie ein anderes',
    'auth.error.passwordContainsEmail': 'Ihr Passwort darf Ihre E-Mail-Adresse nicht enthalten',
    'auth.error.rateLimited': 'Zu viele Versuche. Warten Sie 15 Minuten und versuchen Sie es erneut.',
    'auth.error.wrongCredentials': 'Geben Sie eine richtige E-Mail-Adresse und ein richtiges Passwort ein',
    'auth.error.currentPasswordMissing': 'Geben Sie Ihr aktuelles Passwort ein',
    'auth.error.currentPasswordWrong': 'Ihr aktuelles Passwort ist nicht richtig',
    'auth.error.newEmailSame': 'Das ist bereits Ihre E-Mail-Adresse. Geben Sie eine andere ein',

    'auth.signUp.title': 'Konto anlegen',
    'auth.signUp.lead':
      'Mit einem Konto können Sie sich auf Ausschreibungen bewerben, sich zu Aktivitäten anmelden und sehen, was die Mitglieder miteinander teilen.',
    'auth.signUp.emailHint': 'Wir senden Ihnen einen Link, um sie zu bestätigen.',
    'auth.signUp.submit': 'Konto anlegen',
    'auth.signUp.haveAccount': 'Sie haben schon ein Konto? {link}',
    'auth.signUp.signInLink': 'Anmelden',

    'auth.checkEmail.title': 'Sehen Sie in Ihre E-Mails',
    'auth.checkEmail.signUp':
      'Wir haben eine E-Mail an die angegebene Adresse gesendet. Öffnen Sie den Link darin innerhalb von 24 Stunden, um Ihre Adresse zu bestätigen und das Anlegen Ihres Kontos abzuschließen.',
    'auth.checkEmail.signUpKnown':
      'Wenn Sie mit dieser Adresse schon ein Konto haben, steht in der E-Mail, wie Sie sich anmelden.',
    'auth.checkEmail.noMail':
      'Wenn die E-Mail nicht innerhalb weniger Minuten ankommt, sehen Sie in Ihrem Spam-Ordner nach.',
    'auth.checkEmail.resent':
      'Wenn ein Konto mit dieser Adresse auf seine Bestätigung wartet, haben wir ihm einen neuen Link gesendet. Der Link funktioniert 24 Stunden lang.',
    'auth.checkEmail.link':
      'Wenn ein Konto diese Adresse verwendet, haben wir ihm einen Anmeldelink gesendet. Der Link funktioniert einmal, innerhalb von 15 Minuten.',
    'auth.checkEmail.reset':
      'Wenn ein Konto diese Adresse verwendet, haben wir ihm einen Link gesendet, mit dem Sie ein neues Passwort wählen. Der Link funktioniert einmal, innerhalb einer Stunde.',
    'auth.checkEmail.backToSignIn': 'Zurück zur Anmeldung',

    'auth.verify.title': 'Bestätigen Sie Ihre E-Mail-Adresse',
    'auth.verify.body': 'Bestätigen Sie {email} als Ihre E-Mail-Adresse für Stoa.',
    'auth.verify.changeTitle': 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    'auth.verify.changeBody':
      'Bestätigen Sie {email} als Ihre neue E-Mail-Adresse für Stoa. Wir verwenden sie ab sofort.',
    'auth.verify.submit': 'E-Mail-Adresse bestätigen',
    'auth.verify.invalidTitle': 'Dieser Link ist abgelaufen oder ungültig',
    'auth.verify.invalidBody':
      'Links zur Bestätigung einer E-Mail-Adresse funktionieren 24 Stunden lang. Vielleicht haben Sie auch nur einen Teil des Links kopiert.',
    'auth.verify.resendHeading': 'Einen neuen Link erhalten',
    'auth.verify.resendSubmit': 'Neuen Link senden',
    'auth.verified.title': 'Ihre E-Mail-Adresse ist bestätigt',
    'auth.verified.body':
      'Sie können jetzt als Mitglied mitmachen: sich auf Ausschreibungen bewerben, sich zu Aktivitäten anmelden und sehen, was die Mitglieder teilen.',
    'auth.verified.changedTitle': 'Ihre neue E-Mail-Adresse ist bestätigt',
    'auth.verified.changedBody': 'Wir verwenden sie ab sofort, und Sie melden sich mit ihr an.',
    'auth.verified.toAccount': 'Zu Ihrem Konto',

    'auth.signIn.title': 'Anmelden',
    'auth.signIn.passwordHeading': 'Mit Ihrem Passwort anmelden',
    'auth.signIn.submit': 'Anmelden',
    'auth.signIn.forgotten': 'Passwort vergessen?',
    'auth.signIn.linkHeading': 'Oder einen Anmeldelink per E-Mail erhalten',
    'auth.signIn.linkBody':
      'Wir senden Ihnen einen Link, der Sie ohne Passwort anmeldet. Er funktioniert einmal, innerhalb von 15 Minuten.',
    'auth.signIn.linkSubmit': 'Anmeldelink per E-Mail senden',
    'auth.signIn.noAccountHeading': 'Noch kein Konto?',
    'auth.signIn.createAccount': 'Konto anlegen',
    'auth.signIn.passwordReset': 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',

    'auth.link.title': 'Anmeldung abschließen',
    'auth.link.body': 'Wählen Sie die Schaltfläche, um sich bei Stoa anzumelden. Der Link funktioniert nur einmal.',
    'auth.link.submit': 'Anmelden',
    'auth.link.invalidTitle': 'Dieser Anmeldelink ist abgelaufen oder wurde schon verwendet',
    'auth.link.invalidBody': 'Anmeldelinks funktionieren einmal, innerhalb von 15 Minuten.',
    'auth.link.again': 'Neuen Anmeldelink erhalten',

    'auth.signOut.title': 'Abmelden',
    'auth.signOut.body': 'Von Stoa in diesem Browser abmelden.',
    'auth.signOut.submit': 'Abmelden',
    'auth.signOut.doneTitle': 'Sie haben sich abgemeldet',
    'auth.signOut.doneBody': 'Sie sind in diesem Browser nicht mehr bei Stoa angemeldet.',
    'auth.signOut.signInAgain': 'Erneut anmelden',

    'auth.reset.title': 'Passwort zurücksetzen',
    'auth.reset.lead':
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
    'auth.reset.submit': 'Link senden',
    'auth.reset.newTitle': 'Wählen Sie ein neues Passwort',
    'auth.reset.newLead':
      'Wenn Sie ein neues Passwort speichern, werden Sie überall abgemeldet, wo Sie angemeldet sind.',
    'auth.reset.newSubmit': 'Passwort speichern',
    'auth.reset.invalidTitle': 'Dieser Link ist abgelaufen oder wurde schon verwendet',
    'auth.reset.invalidBody': 'Links zum Zurücksetzen des Passworts funktionieren einmal, innerhalb einer Stunde.',
    'auth.reset.again': 'Neuen Link anfordern',

    'auth.account.title': 'Ihr Konto',
    'auth.account.detailsHeading': 'Ihre Angaben',
    'auth.account.profileLink': 'Ihr Profil: Ihre Organisationen, Sprachen, Fachgebiete und wer was sieht',
    'auth.account.verified': 'Bestätigt',
    'auth.account.notVerified': 'Nicht bestätigt',
    'auth.account.unverifiedHeading': 'Bestätigen Sie Ihre E-Mail-Adresse',
    'auth.account.unverifiedBody':
      'Wir haben einen Link an {email} gesendet. Solange Sie ihn nicht geöffnet haben, können Sie nicht als Mitglied mitmachen: sich auf Ausschreibungen bewerben, sich zu Aktivitäten anmelden oder sehen, was die Mitglieder teilen.',
    'auth.account.resend': 'Neuen Link senden',
    'auth.account.notice.verificationSent':
      'Wir haben einen neuen Link an {email} gesendet. Er funktioniert 24 Stunden lang.',
    'auth.account.notice.emailChangeSent':
      'Wir haben einen Link an Ihre neue E-Mail-Adresse gesendet. Ihre Adresse ändert sich, wenn Sie ihn öffnen; bis dahin verwenden Sie weiter Ihre bisherige.',
    'auth.account.notice.passwordChanged': 'Ihr Passwort wurde geändert. Sie wurden überall sonst abgemeldet.',
    'auth.account.changeEmailHeading': 'E-Mail-Adresse ändern',
    'auth.account.changeEmailHint':
      'Wir senden einen Link an diese Adresse. Ihre Adresse ändert sich erst, wenn Sie den Link öffnen.',
    'auth.account.changeEmailSubmit': 'E-Mail-Adresse ändern',
    'auth.account.changePasswordHeading': 'Passwort ändern',
    'auth.account.changePasswordLead': 'Wenn Sie Ihr Passwort ändern, werden Sie überall sonst abgemeldet.',
    'auth.account.changePasswordSubmit': 'Passwort ändern',
    'auth.account.everywhereHeading': 'Überall abmelden',
    'auth.account.everywhereBody':
      'Von Stoa auf allen Geräten und in allen Browsern abmelden, auch in diesem. Tun Sie das, wenn Sie sich an einem Computer angemeldet haben, dem Sie nicht vertrauen, oder wenn Sie glauben, dass jemand anderes Ihr Passwort kennt.',
    'auth.account.everywhereSubmit': 'Überall abmelden',
  },
})
