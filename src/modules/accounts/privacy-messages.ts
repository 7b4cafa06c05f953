import { defineMessages } from '../../platform/i18n/catalogue.js'

export const privacyMessages = defineMessages({
  en: {
    'privacy.formerMember': 'a former member',
    'privacy.accountLink': 'Your data: see what the site holds about you, download it or delete your account',
    'privacy.page.title': 'Your data',
    'privacy.page.lead': 'What this site holds about you, how to download it, and how to delete your account.',
    'privacy.page.noticeLink': 'Why the site holds this data, and for how long: read the privacy notice',
    'privacy.summary.heading': 'What the site holds about you',
    'privacy.summary.name': 'Name',
    'privacy.summary.email': 'E-mail address',
    'privacy.summary.verified': 'confirmed',
    'privacy.summary.notVerified': 'not confirmed',
    'privacy.summary.roles': 'Site roles',
    'privacy.summary.noRoles': 'None besides member',
    'privacy.summary.role.admin': 'Administrator',
    'privacy.summary.role.editor': 'Editor',
    'privacy.summary.role.expert': 'Expert',
    'privacy.summary.created': 'Account created',
    'privacy.summary.profile': 'Profile',
    'privacy.summary.profileFilled': 'Filled in, with your choice of who sees each part',
    'privacy.summary.profileEmpty': 'Not filled in',
    'privacy.summary.organisations': 'Organisations',
    'privacy.summary.organisationsValue':
      '{memberships, plural, =0 {None} one {Member of # organisation} other {Member of # organisations}}{requests, plural, =0 {} one {, # request to join waiting} other {, # requests to join waiting}}',
    'privacy.summary.invitations': 'Invitations',
    'privacy.summary.invitationsValue':
      '{sent, plural, =0 {None sent} one {# sent} other {# sent}}, {received, plural, =0 {none received} one {# received} other {# received}}',
    'privacy.summary.sessions': 'Signed-in browsers',
    'privacy.summary.sessionsValue':
      '{count, plural, =0 {None} one {# session, with its IP address and browser} other {# sessions, each with its IP address and browser}}',
    'privacy.summary.auditEvents': 'Security log',
    'privacy.summary.auditEventsValue':
      '{count, plural, =0 {No events} one {# event: a sign-in or a change you made} other {# events: sign-ins and changes you made}}',
    'privacy.summary.mail': 'E-mails sent to you',
    'privacy.summary.mailValue': '{count, plural, =0 {None} one {# e-mail} other {# e-mails}}',
    'privacy.summary.otherParts': 'Also in the download',
    'privacy.download.heading': 'Download your data',
    'privacy.download.body':
      'One file in JSON format, with everything listed above in full, for your records or to take to another service. It contains the e-mails the site sent you, with their links: keep it somewhere safe.',
    'privacy.download.submit': 'Download your data (JSON)',
    'privacy.delete.heading': 'Delete your account',
    'privacy.delete.summary':
      'Your name, e-mail address, profile and memberships are erased, and you are signed out. What the programme keeps, such as a published practice, then shows “a former member” instead of your name.',
    'privacy.delete.start': 'Delete your account',
    'privacy.delete.title': 'Delete your account',
    'privacy.delete.lead': 'Deleting your account cannot be undone.',
    'privacy.delete.downloadFirst': 'If you want a copy of your data, download it first',
    'privacy.delete.erasedHeading': 'What is erased',
    'privacy.delete.erasedIdentity': 'your name, your e-mail address and your password;',
    'privacy.delete.erasedProfile': 'your profile and its photo;',
    'privacy.delete.erasedMemberships': 'your memberships of organisations and your requests to join one;',
    'privacy.delete.erasedInvitations':
      'the invitations sent to you, and those you sent that nobody has accepted yet, which are withdrawn;',
    'privacy.delete.erasedSessions': 'your sessions: you are signed out in every browser;',
    'privacy.delete.erasedTraces':
      'the e-mails the site sent you, and your name, e-mail address and IP address in the security log;',
    'privacy.delete.erasedModules':
      'your registrations for activities, which are cancelled, and anything else that is only yours.',
    'privacy.delete.keptHeading': 'What is kept, and why',
    'privacy.delete.keptContributions':
      'Contributions the programme keeps, such as a published practice, an evaluated application or a survey answered for your organisation, stay on the site with “a former member” instead of your name: other members and the programme’s funders rely on them.',
    'privacy.delete.keptLog':
      'The security log keeps what was done from your account and when, without your name, address or IP address, to protect the site and the people who use it.',
    'privacy.delete.keptNumber':
      'The random number that identified your account stays, so that what is kept still holds together. It says nothing about who you were.',
    'privacy.delete.organisationsWithoutAdmin':
      '{count, plural, one {You are the only organisation admin of {names}. It will stay on the site without one until an editor names another.} other {You are the only organisation admin of {names}. They will stay on the site without one until an editor names others.}}',
    'privacy.delete.handOver': 'To hand an organisation over first, leave it from its page and name who takes over.',
    'privacy.delete.lastSiteAdminHeading': 'You are the only administrator of this site',
    'privacy.delete.lastSiteAdminBody':
      'Give the administrator role to someone else before you delete your account, so that someone can still run the site.',
    'privacy.delete.password.label': 'Your password',
    'privacy.delete.password.hint': 'To confirm that it is you.',
    'privacy.delete.password.missing': 'Enter your password',
    'privacy.delete.password.wrong': 'The password is not right',
    'privacy.delete.word': 'DELETE',
    'privacy.delete.confirmation.label': 'Type {word} to confirm',
    'privacy.delete.confirmation.wrong': 'Type {word} to confirm that you want to delete your account',
    'privacy.delete.submit': 'Delete my account',
    'privacy.delete.cancel': 'Keep my account',
    'privacy.deleted.title': 'Your account has been deleted',
    'privacy.deleted.body':
      'You have been signed out. Your personal data has been erased; what the programme keeps now shows “a former member”.',
    'privacy.deleted.again': 'You can sign up again at any time, with the same e-mail address, as a new account.',
    'privacy.deleted.home': 'Go to the home page',
    'audit.action.account.data_exported': 'Personal data downloaded',
    'audit.action.account.deleted': 'Account deleted',
  },
  fr: {
    'privacy.formerMember': 'un ancien membre',
    'privacy.accountLink':
      'Vos données : voir ce que le site détient sur vous, le télécharger ou supprimer votre compte',
    'privacy.page.title': 'Vos données',
    'privacy.page.lead': 'Ce que ce site détient sur vous, comment le télécharger et comment supprimer votre compte.',
    'privacy.page.noticeLink':
      'Pourquoi le site détient ces données, et pour combien de temps : lire la politique de confidentialité',
    'privacy.summary.heading': 'Ce que le site détient sur vous',
    'privacy.summary.name': 'Nom',
    'privacy.summary.email': 'Adresse e-mail',
    'privacy.summary.verified': 'confirmée',
    'privacy.summary.notVerified': 'non confirmée',
    'privacy.summary.roles': 'Rôles sur le site',
    'privacy.summary.noRoles': 'Aucun en dehors de celui de membre',
    'privacy.summary.role.admin': 'Administrateur',
    'privacy.summary.role.editor': 'Éditeur',
    'privacy.summary.role.expert': 'Expert',
    'privacy.summary.created': 'Compte créé le',
    'privacy.summary.profile': 'Profil',
    'privacy.summary.profileFilled': 'Rempli, avec votre choix de qui voit chaque partie',
    'privacy.summary.profileEmpty': 'Non rempli',
    'privacy.summary.organisations': 'Organisations',
    'privacy.summary.organisationsValue':
      '{memberships, plural, =0 {Aucune} one {Membre de # organisation} other {Membre de # organisations}}{requests, plural, =0 {} one {, # demande d’adhésion en attente} other {, # demandes d’adhésion en attente}}',
    'privacy.summary.invitations': 'Invitations',
    'privacy.summary.invitationsValue':
      '{sent, plural, =0 {Aucune envoyée} one {# envoyée} other {# envoyées}}, {received, plural, =0 {aucune reçue} one {# reçue} other {# reçues}}',
    'privacy.summary.sessions': 'Navigateurs connectés',
    'privacy.summary.sessionsValue':
      '{count, plural, =0 {Aucun} one {# session, avec son adresse IP et son navigateur} other {# sessions, chacune avec son adresse IP et son navigateur}}',
    'privacy.summary.auditEvents': 'Journal de sécurité',
    'privacy.summary.auditEventsValue':
      '{count, plural, =0 {Aucun événement} one {# événement : une connexion ou une modification faite par vous} other {# événements : connexions et modifications faites par vous}}',
    'privacy.summary.mail': 'E-mails qui vous ont été envoyés',
    'privacy.summary.mailValue': '{count, plural, =0 {Aucun} one {# e-mail} other {# e-mails}}',
    'privacy.summary.otherParts': 'Également dans le téléchargement',
    'privacy.download.heading': 'Télécharger vos données',
    'privacy.download.body':
      'Un fichier au format JSON, avec tout ce qui est listé ci-dessus en entier, pour vos archives ou pour le transmettre à un autre service. Il contient les e-mails que le site vous a envoyés, avec leurs liens : conservez-le en lieu sûr.',
    'privacy.download.submit': 'Télécharger vos données (JSON)',
    'privacy.delete.heading': 'Supprimer votre compte',
    'privacy.delete.summary':
      'Votre nom, votre adresse e-mail, votre profil et vos adhésions sont effacés, et vous êtes déconnecté. Ce que le programme conserve, comme une pratique publiée, porte alors la mention « un ancien membre » au lieu de votre nom.',
    'privacy.delete.start': 'Supprimer votre compte',
    'privacy.delete.title': 'Supprimer votre compte',
    'privacy.delete.lead': 'La suppression de votre compte est définitive.',
    'privacy.delete.downloadFirst': 'Si vous voulez une copie de vos données, téléchargez-la d’abord',
    'privacy.delete.erasedHeading': 'Ce qui est effacé',
    'privacy.delete.erasedIdentity': 'votre nom, votre adresse e-mail et votre mot de passe ;',
    'privacy.delete.erasedProfile': 'votre profil et sa photo ;',
    'privacy.delete.erasedMemberships': 'vos adhésions à des organisations et vos demandes d’adhésion ;',
    'privacy.delete.erasedInvitations':
      'les invitations qui vous ont été envoyées, et celles que vous avez envoyées et que personne n’a encore acceptées, qui sont retirées ;',
    'privacy.delete.erasedSessions': 'vos sessions : vous êtes déconnecté dans tous les navigateurs ;',
    'privacy.delete.erasedTraces':
      'les e-mails que le site vous a envoyés, ainsi que votre nom, votre adresse e-mail et votre adresse IP dans le journal de sécurité ;',
    'privacy.delete.erasedModules':
      'vos inscriptions aux activités, qui sont annulées, et tout ce qui n’appartient qu’à vous.',
    'privacy.delete.keptHeading': 'Ce qui est conservé, et pourquoi',
    'privacy.delete.keptContributions':
      'Les contributions que le programme conserve, comme une pratique publiée, une candidature évaluée ou une enquête remplie pour votre organisation, restent sur le site avec la mention « un ancien membre » au lieu de votre nom : les autres membres et les financeurs du programme s’y appuient.',
    'privacy.delete.keptLog':
      'Le journal de sécurité garde ce qui a été fait depuis votre compte et quand, sans votre nom, votre adresse e-mail ni votre adresse IP, pour protéger le site et les personnes qui l’utilisent.',
    'privacy.delete.keptNumber':
      'Le numéro aléatoire qui identifiait votre compte est conservé, pour que ce qui est gardé reste cohérent. Il ne dit rien de qui vous étiez.',
    'privacy.delete.organisationsWithoutAdmin':
      '{count, plural, one {Vous êtes le seul administrateur de l’organisation {names}. Elle restera sur le site sans administrateur jusqu’à ce qu’un éditeur en désigne un autre.} other {Vous êtes le seul administrateur des organisations {names}. Elles resteront sur le site sans administrateur jusqu’à ce qu’un éditeur en désigne d’autres.}}',
    'privacy.delete.handOver':
      'Pour transmettre une organisation avant, quittez-la depuis sa page en désignant qui prend la relève.',
    'privacy.delete.lastSiteAdminHeading': 'Vous êtes le seul administrateur de ce site',
    'privacy.delete.lastSiteAdminBody':
      'Donnez le rôle d’administrateur à une autre personne avant de supprimer votre compte, pour que quelqu’un puisse encore gérer le site.',
    'privacy.delete.password.label': 'Votre mot de passe',
    'privacy.delete.password.hint': 'Pour confirmer que c’est bien vous.',
    'privacy.delete.password.missing': 'Saisissez votre mot de passe',
    'privacy.delete.password.wrong': 'Le mot de passe n’est pas correct',
    'privacy.delete.word': 'SUPPRIMER',
    'privacy.delete.confirmation.label': 'Saisissez {word} pour confirmer',
    'privacy.delete.confirmation.wrong': 'Saisissez {word} pour confirmer que vous voulez supprimer votre compte',
    'privacy.delete.submit': 'Supprimer mon compte',
    'privacy.delete.cancel': 'Garder mon compte',
    'privacy.deleted.title': 'Votre compte a été supprimé',
    'privacy.deleted.body':
      'Vous avez été déconnecté. Vos données personnelles ont été effacées ; ce que le programme conserve porte désormais la mention « un ancien membre ».',
    'privacy.deleted.again':
      'Vous pouvez vous inscrire de nouveau à tout moment, avec la même adresse e-mail, sous la forme d’un nouveau compte.',
    'privacy.deleted.home': 'Aller à la page d’accueil',
    'audit.action.account.data_exported': 'Données personnelles téléchargées',
    'audit.action.account.deleted': 'Compte supprimé',
  },
  de: {
    'privacy.formerMember': 'ein ehemaliges Mitglied',
    'privacy.accountLink':
      'Ihre Daten: sehen, was die Website über Sie gespeichert hat, es herunterladen oder Ihr Konto löschen',
    'privacy.page.title': 'Ihre Daten',
    'privacy.page.lead':
      'Was diese Website über Sie gespeichert hat, wie Sie es herunterladen und wie Sie Ihr Konto löschen.',
    'privacy.page.noticeLink':
      'Warum die Website diese Daten speichert und wie lange: lesen Sie die Datenschutzerklärung',
    'privacy.summary.heading': 'Was die Website über Sie gespeichert hat',
    'privacy.summary.name': 'Name',
    'privacy.summary.email': 'E-Mail-Adresse',
    'privacy.summary.verified': 'bestätigt',
    'privacy.summary.notVerified': 'nicht bestätigt',
    'privacy.summary.roles': 'Rollen auf der Website',
    'privacy.summary.noRoles': 'Keine außer Mitglied',
    'privacy.summary.role.admin': 'Administrator',
    'privacy.summary.role.editor': 'Redaktion',
    'privacy.summary.role.expert': 'Expertin oder Experte',
    'privacy.summary.created': 'Konto angelegt am',
    'privacy.summary.profile': 'Profil',
    'privacy.summary.profileFilled': 'Ausgefüllt, mit Ihrer Wahl, wer welchen Teil sieht',
    'privacy.summary.profileEmpty': 'Nicht ausgefüllt',
    'privacy.summary.organisations': 'Organisationen',
    'privacy.summary.organisationsValue':
      '{memberships, plural, =0 {Keine} one {Mitglied von # Organisation} other {Mitglied von # Organisationen}}{requests, plural, =0 {} one {, # offene Beitrittsanfrage} other {, # offene Beitrittsanfragen}}',
    'privacy.summary.invitations': 'Einladungen',
    'privacy.summary.invitationsValue':
      '{sent, plural, =0 {Keine gesendet} one {# gesendet} other {# gesendet}}, {received, plural, =0 {keine erhalten} one {# erhalten} other {# erhalten}}',
    'privacy.summary.sessions': 'Angemeldete Browser',
    'privacy.summary.sessionsValue':
      '{count, plural, =0 {Keine} one {# Sitzung, mit ihrer IP-Adresse und ihrem Browser} other {# Sitzungen, jede mit ihrer IP-Adresse und ihrem Browser}}',
    'privacy.summary.auditEvents': 'Sicherheitsprotokoll',
    'privacy.summary.auditEventsValue':
      '{count, plural, =0 {Keine Ereignisse} one {# Ereignis: eine Anmeldung oder eine Änderung von Ihnen} other {# Ereignisse: Anmeldungen und Änderungen von Ihnen}}',
    'privacy.summary.mail': 'E-Mails an Sie',
    'privacy.summary.mailValue': '{count, plural, =0 {Keine} one {# E-Mail} other {# E-Mails}}',
    'privacy.summary.otherParts': 'Außerdem im Download',
    'privacy.download.heading': 'Ihre Daten herunterladen',
    'privacy.download.body':
      'Eine Datei im JSON-Format mit allem, was oben aufgeführt ist, vollständig – für Ihre Unterlagen oder um sie zu einem anderen Dienst mitzunehmen. Sie enthält die E-Mails, die die Website Ihnen geschickt hat, mit ihren Links: Bewahren Sie sie sicher auf.',
    'privacy.download.submit': 'Ihre Daten herunterladen (JSON)',
    'privacy.delete.heading': 'Ihr Konto löschen',
    'privacy.delete.summary':
      'Ihr Name, Ihre E-Mail-Adresse, Ihr Profil und Ihre Mitgliedschaften werden gelöscht, und Sie werden abgemeldet. Was das Programm behält, etwa eine veröffentlichte Praxis, zeigt dann „ein ehemaliges Mitglied“ statt Ihres Namens.',
    'privacy.delete.start': 'Ihr Konto löschen',
    'privacy.delete.title': 'Ihr Konto löschen',
    'privacy.delete.lead': 'Das Löschen Ihres Kontos lässt sich nicht rückgängig machen.',
    'privacy.delete.downloadFirst': 'Wenn Sie eine Kopie Ihrer Daten möchten, laden Sie sie vorher herunter',
    'privacy.delete.erasedHeading': 'Was gelöscht wird',
    'privacy.delete.erasedIdentity': 'Ihr Name, Ihre E-Mail-Adresse und Ihr Passwort;',
    'privacy.delete.erasedProfile': 'Ihr Profil und sein Foto;',
    'privacy.delete.erasedMemberships': 'Ihre Mitgliedschaften in Organisationen und Ihre Beitrittsanfragen;',
    'privacy.delete.erasedInvitations':
      'die Einladungen an Sie sowie die von Ihnen gesendeten, die noch niemand angenommen hat – diese werden zurückgezogen;',
    'privacy.delete.erasedSessions': 'Ihre Sitzungen: Sie werden in allen Browsern abgemeldet;',
    'privacy.delete.erasedTraces':
      'die E-Mails, die die Website Ihnen geschickt hat, sowie Ihr Name, Ihre E-Mail-Adresse und Ihre IP-Adresse im Sicherheitsprotokoll;',
    'privacy.delete.erasedModules':
      'Ihre Anmeldungen zu Aktivitäten, die storniert werden, und alles andere, was nur Ihnen gehört.',
    'privacy.delete.keptHeading': 'Was bleibt, und warum',
    'privacy.delete.keptContributions':
      'Beiträge, die das Programm behält, etwa eine veröffentlichte Praxis, eine bewertete Bewerbung oder eine für Ihre Organisation beantwortete Umfrage, bleiben auf der Website – mit „ein ehemaliges Mitglied“ statt Ihres Namens: Andere Mitglieder und die Geldgeber des Programms verlassen sich darauf.',
    'privacy.delete.keptLog':
      'Das Sicherheitsprotokoll behält, was von Ihrem Konto aus wann getan wurde, ohne Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse, um die Website und die Menschen, die sie nutzen, zu schützen.',
    'privacy.delete.keptNumber':
      'Die zufällige Nummer, die Ihr Konto kennzeichnete, bleibt, damit das Aufbewahrte zusammenhängt. Sie sagt nichts darüber, wer Sie waren.',
    'privacy.delete.organisationsWithoutAdmin':
      '{count, plural, one {Sie sind die einzige Person, die die Organisation {names} verwaltet. Sie bleibt ohne Verwaltung auf der Website, bis die Redaktion jemand anderen benennt.} other {Sie sind die einzige Person, die die Organisationen {names} verwaltet. Sie bleiben ohne Verwaltung auf der Website, bis die Redaktion andere benennt.}}',
    'privacy.delete.handOver':
      'Um eine Organisation vorher zu übergeben, treten Sie über ihre Seite aus und benennen Sie dabei eine Nachfolge.',
    'privacy.delete.lastSiteAdminHeading': 'Sie sind die einzige Person, die diese Website administriert',
    'privacy.delete.lastSiteAdminBody':
      'Geben Sie die Administratorrolle jemand anderem, bevor Sie Ihr Konto löschen, damit die Website weiter betreut werden kann.',
    'privacy.delete.password.label': 'Ihr Passwort',
    'privacy.delete.password.hint': 'Zur Bestätigung, dass Sie es sind.',
    'privacy.delete.password.missing': 'Geben Sie Ihr Passwort ein',
    'privacy.delete.password.wrong': 'Das Passwort ist nicht richtig',
    'privacy.delete.word': 'LÖSCHEN',
    'privacy.delete.confirmation.label': 'Geben Sie zur Bestätigung {word} ein',
    'privacy.delete.confirmation.wrong': 'Geben Sie {word} ein, um zu bestätigen, dass Sie Ihr Konto löschen möchten',
    'privacy.delete.submit': 'Mein Konto löschen',
    'privacy.delete.cancel': 'Mein Konto behalten',
    'privacy.deleted.title': 'Ihr Konto wurde gelöscht',
    'privacy.deleted.body':
      'Sie wurden abgemeldet. Ihre personenbezogenen Daten wurden gelöscht; was das Programm behält, zeigt jetzt „ein ehemaliges Mitglied“.',
    'privacy.deleted.again':
      'Sie können sich jederzeit mit derselben E-Mail-Adresse neu registrieren – als neues Konto.',
    'privacy.deleted.home': 'Zur Startseite',
    'audit.action.account.data_exported': 'Personenbezogene Daten heruntergeladen',
    'audit.action.account.deleted': 'Konto gelöscht',
  },
})
