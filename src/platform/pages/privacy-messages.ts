import { defineMessages } from '../i18n/catalogue.js'

/** The privacy notice (GDPR). Legal terms follow the official wording of the GDPR in each language. */
export const privacyMessages = defineMessages({
  en: {
    'pages.privacy.title': 'Privacy notice',
    'pages.privacy.description':
      'Which personal data this site holds about you, why, who can see it, how long it is kept and what your rights are.',
    'pages.privacy.lead':
      'This notice explains which personal data this site holds about you, why, who can see it, and what you can do about it.',
    'pages.privacy.updatedOn': 'Last updated on {date}.',
    'pages.privacy.controllerHeading': 'Who is responsible for your data',
    'pages.privacy.controllerBody':
      'The controller of your personal data is the organisation that runs this site, for the programmes published on it.',
    'pages.privacy.controllerContact': 'You can write to it at {emailLink}.',
    'pages.privacy.controllerSoftware':
      'The site is built with Stoa, open-source software. Stoa sends nothing about you to the people who develop it.',
    'pages.privacy.dataHeading': 'What data the site holds',
    'pages.privacy.dataIntro': 'The site holds only what it needs to work:',
    'pages.privacy.dataAccount':
      'your account: your name, your e-mail address, your organisation and the choices you make for your public profile;',
    'pages.privacy.dataApplications':
      'your applications to calls: your answers, the documents you attach, and the experts’ evaluation of them;',
    'pages.privacy.dataRegistrations':
      'your registrations for activities, such as visits, webinars and workshops, and your applications for funded places;',
    'pages.privacy.dataSurveys': 'the answers you give to surveys on behalf of your organisation;',
    'pages.privacy.dataLogs':
      'server logs: your IP address, the page you asked for and when. They are kept for a short time only, to keep the site secure and working.',
    'pages.privacy.cookiesHeading': 'Cookies',
    'pages.privacy.cookiesSession':
      'The site sets a single cookie: a session cookie that keeps you signed in. It is strictly necessary, so it needs no consent, and it ends when you sign out or when the session expires.',
    'pages.privacy.cookiesNoTracking':
      'There are no tracking cookies, no advertising and no third-party analytics. Your language is part of the web address, not stored in a cookie.',
    'pages.privacy.rateLimit':
      'To protect the API from abuse, the requests from each IP address are counted in the server’s memory for one minute, then forgotten. Attempts to sign in, sign up or reset a password are counted per e-mail address and per IP address, stored only as keyed hashes for 15 minutes, to stop password guessing. The security log records sign-ins with the IP address they came from, for as long as your account exists; deleting your account removes your addresses from it.',
    'pages.privacy.purposesHeading': 'Why the data is used, and on what legal basis',
    'pages.privacy.purposesCaption': 'Purposes and legal bases',
    'pages.privacy.purposeColumn': 'Purpose',
    'pages.privacy.basisColumn': 'Legal basis (GDPR)',
    'pages.privacy.purposeAccount':
      'Running your account, so that you can apply to calls, register for activities and answer surveys, and sending you the e-mails these need',
    'pages.privacy.purposeEvaluation': 'Evaluating applications and selecting practices and participants',
    'pages.privacy.purposeProfile': 'Showing your public profile',
    'pages.privacy.purposeSurveys': 'Publishing survey results compared across organisations',
    'pages.privacy.purposeSecurity': 'Keeping the site secure and working, with server logs',
    'pages.privacy.purposeRecords': 'Keeping the records the programme’s funders require, for example of funded places',
    'pages.privacy.basisService': 'Necessary to provide what you asked for (Article 6(1)(b))',
    'pages.privacy.basisConsent':
      'Your consent, which you can withdraw at any time by changing your profile (Article 6(1)(a))',
    'pages.privacy.basisInterestSharing':
      'Legitimate interest of the programme in sharing what its members do (Article 6(1)(f))',
    'pages.privacy.basisInterestSecurity':
      'Legitimate interest in protecting the site and the people who use it (Article 6(1)(f))',
    'pages.privacy.basisRecords':
      'Legal obligation where the law requires these records (Article 6(1)(c)); otherwise legitimate interest in meeting the funding agreement (Article 6(1)(f))',
    'pages.privacy.audienceHeading': 'Who can see your data',
    'pages.privacy.audiencePublic':
      'Everyone: only the fields you choose to show in your public profile, and the content you publish under your name.',
    'pages.privacy.audienceEmail':
      'Your e-mail address is never public: it is not shown on any page, nor given out in the API, feeds or downloads.',
    'pages.privacy.audienceMembers':
      'Signed-in members: also the contact details that a practice or a method offers to members only.',
    'pages.privacy.audienceExperts': 'Experts: the submissions assigned to them for evaluation, and no others.',
    'pages.privacy.audienceTeam':
      'The programme team: what it needs to run the programme, such as applications, registrations and survey answers.',
    'pages.privacy.audienceAdmins':
      'The site’s administrators: accounts, roles and settings, to keep the site running.',
    'pages.privacy.audienceProcessors':
      'The providers that host the site and deliver its e-mails, on behalf of the organisation that runs it and under a contract that protects your data.',
    'pages.privacy.audienceNeverSold': 'Your data is not sold, and it is not used for advertising.',
    'pages.privacy.retentionHeading': 'How long your data is kept',
    'pages.privacy.retentionAccount':
      'Your account: until you delete it. Your name, e-mail address, profile, memberships and sessions are then erased at once. What the programme keeps shows “a former member”, and the security log keeps what was done from your account, without your name, address or IP address.',
    'pages.privacy.retentionParticipation':
      'Applications, registrations and survey answers: as long as the programme needs them, and as long as its funding rules require.',
    'pages.privacy.retentionLogs': 'Server logs: a short time only, as long as needed to keep the site secure.',
    'pages.privacy.rightsHeading': 'Your rights',
    'pages.privacy.rightsIntro': 'Under the General Data Protection Regulation (GDPR), you have the right to:',
    'pages.privacy.rightAccess': 'see the data held about you (right of access);',
    'pages.privacy.rightRectify': 'correct it, most of it directly in your account (right to rectification);',
    'pages.privacy.rightDownload': 'download your data as a JSON file from your account (right to data portability);',
    'pages.privacy.rightDelete':
      'delete your account (right to erasure): contributions the programme keeps, such as a published practice or an evaluated application, then show “a former member” instead of your name;',
    'pages.privacy.rightObject': 'object to a use based on legitimate interest, and ask for a use to be restricted;',
    'pages.privacy.rightWithdraw':
      'withdraw your consent at any time, for example by hiding a field of your public profile.',
    'pages.privacy.rightsHow': 'To use a right that your account does not offer directly, write to {emailLink}.',
    'pages.privacy.rightsContactPage': 'Other ways to reach the programme team are on the {contactLink}.',
    'pages.privacy.contactLinkText': 'contact page',
    'pages.privacy.complaintHeading': 'Complaints',
    'pages.privacy.complaintBody':
      'If you think your data is not handled lawfully, you have the right to lodge a complaint with a data protection supervisory authority, in particular in the member state where you live, where you work or where you think the infringement took place.',
    'pages.privacy.complaintLink':
      'Find your national supervisory authority on the website of the European Data Protection Board (in English)',
  },
  fr: {
    'pages.privacy.title': 'Politique de confidentialité',
    'pages.privacy.description':
      'Les données personnelles que ce site détient sur vous, pourquoi, qui peut les voir, combien de temps elles sont conservées et quels sont vos droits.',
    'pages.privacy.lead':
      'Cette politique explique quelles données personnelles ce site détient sur vous, pourquoi, qui peut les voir et ce que vous pouvez faire.',
    'pages.privacy.updatedOn': 'Dernière mise à jour le {date}.',
    'pages.privacy.controllerHeading': 'Qui est responsable de vos données',
    'pages.privacy.controllerBody':
      'Le responsable du traitement de vos données personnelles est l’organisation qui gère ce site, pour les programmes qui y sont publiés.',
    'pages.privacy.controllerContact': 'Vous pouvez lui écrire à {emailLink}.',
    'pages.privacy.controllerSoftware':
      'Le site est construit avec Stoa, un logiciel libre. Stoa n’envoie rien vous concernant aux personnes qui le développent.',
    'pages.privacy.dataHeading': 'Les données que le site détient',
    'pages.privacy.dataIntro': 'Le site ne détient que ce dont il a besoin pour fonctionner :',
    'pages.privacy.dataAccount':
      'votre compte : votre nom, votre adresse e-mail, votre organisation et les choix que vous faites pour votre profil public ;',
    'pages.privacy.dataApplications':
      'vos candidatures aux appels : vos réponses, les documents que vous joignez et leur évaluation par les experts ;',
    'pages.privacy.dataRegistrations':
      'vos inscriptions aux activités, comme les visites, les webinaires et les ateliers, et vos candidatures aux places financées ;',
    'pages.privacy.dataSurveys': 'les réponses que vous donnez aux enquêtes au nom de votre organisation ;',
    'pages.privacy.dataLogs':
      'les journaux du serveur : votre adresse IP, la page demandée et l’heure. Ils ne sont conservés que peu de temps, pour assurer la sécurité et le bon fonctionnement du site.',
    'pages.privacy.cookiesHeading': 'Cookies',
    'pages.privacy.cookiesSession':
      'Le site dépose un seul cookie : un cookie de session qui vous garde connecté. Il est strictement nécessaire, ne requiert donc pas de consentement, et prend fin lorsque vous vous déconnectez ou que la session expire.',
    'pages.privacy.cookiesNoTracking':
      'Il n’y a ni cookie de suivi, ni publicité, ni outil de mesure d’audience tiers. Votre langue fait partie de l’adresse web ; elle n’est pas enregistrée dans un cookie.',
    'pages.privacy.rateLimit':
      'Pour protéger l’API contre les abus, les requêtes de chaque adresse IP sont comptées dans la mémoire du serveur pendant une minute, puis oubliées. Les tentatives de connexion, d’inscription ou de réinitialisation du mot de passe sont comptées par adresse e-mail et par adresse IP, conservées uniquement sous forme d’empreintes chiffrées pendant 15 minutes, pour empêcher de deviner les mots de passe. Le journal de sécurité enregistre les connexions avec l’adresse IP d’origine, tant que votre compte existe ; supprimer votre compte en retire vos adresses.',
    'pages.privacy.purposesHeading': 'Pourquoi les données sont utilisées, et sur quelle base juridique',
    'pages.privacy.purposesCaption': 'Finalités et bases juridiques',
    'pages.privacy.purposeColumn': 'Finalité',
    'pages.privacy.basisColumn': 'Base juridique (RGPD)',
    'pages.privacy.purposeAccount':
      'Gérer votre compte, pour que vous puissiez répondre aux appels, vous inscrire aux activités et répondre aux enquêtes, et vous envoyer les e-mails nécessaires',
    'pages.privacy.purposeEvaluation': 'Évaluer les candidatures et sélectionner les pratiques et les participants',
    'pages.privacy.purposeProfile': 'Afficher votre profil public',
    'pages.privacy.purposeSurveys': 'Publier les résultats des enquêtes comparés entre organisations',
    'pages.privacy.purposeSecurity':
      'Assurer la sécurité et le bon fonctionnement du site, avec les journaux du serveur',
    'pages.privacy.purposeRecords':
      'Conserver les pièces qu’exigent les financeurs du programme, par exemple pour les places financées',
    'pages.privacy.basisService': 'Nécessaire pour fournir ce que vous avez demandé (article 6, paragraphe 1, point b)',
    'pages.privacy.basisConsent':
      'Votre consentement, que vous pouvez retirer à tout moment en modifiant votre profil (article 6, paragraphe 1, point a)',
    'pages.privacy.basisInterestSharing':
      'Intérêt légitime du programme à faire connaître ce que font ses membres (article 6, paragraphe 1, point f)',
    'pages.privacy.basisInterestSecurity':
      'Intérêt légitime à protéger le site et les personnes qui l’utilisent (article 6, paragraphe 1, point f)',
    'pages.privacy.basisRecords':
      'Obligation légale lorsque la loi exige ces pièces (article 6, paragraphe 1, point c) ; sinon, intérêt légitime à respecter la convention de financement (article 6, paragraphe 1, point f)',
    'pages.privacy.audienceHeading': 'Qui peut voir vos données',
    'pages.privacy.audiencePublic':
      'Tout le monde : uniquement les champs que vous choisissez d’afficher dans votre profil public, et les contenus que vous publiez sous votre nom.',
    'pages.privacy.audienceEmail':
      'Votre adresse e-mail n’est jamais publique : elle n’apparaît sur aucune page et n’est transmise ni par l’API, ni par les flux, ni dans les téléchargements.',
    'pages.privacy.audienceMembers':
      'Les membres connectés : en plus, les coordonnées qu’une pratique ou une méthode réserve aux membres.',
    'pages.privacy.audienceExperts':
      'Les experts : les candidatures qui leur sont attribuées pour évaluation, et aucune autre.',
    'pages.privacy.audienceTeam':
      'L’équipe du programme : ce dont elle a besoin pour le mener, comme les candidatures, les inscriptions et les réponses aux enquêtes.',
    'pages.privacy.audienceAdmins':
      'Les administrateurs du site : les comptes, les rôles et les réglages, pour assurer le fonctionnement du site.',
    'pages.privacy.audienceProcessors':
      'Les prestataires qui hébergent le site et acheminent ses e-mails, pour le compte de l’organisation qui le gère et dans le cadre d’un contrat qui protège vos données.',
    'pages.privacy.audienceNeverSold': 'Vos données ne sont pas vendues et ne servent pas à la publicité.',
    'pages.privacy.retentionHeading': 'Combien de temps vos données sont conservées',
    'pages.privacy.retentionAccount':
      'Votre compte : jusqu’à ce que vous le supprimiez. Votre nom, votre adresse e-mail, votre profil, vos adhésions et vos sessions sont alors effacés immédiatement. Ce que le programme conserve porte la mention « un ancien membre », et le journal de sécurité garde ce qui a été fait depuis votre compte, sans votre nom, votre adresse e-mail ni votre adresse IP.',
    'pages.privacy.retentionParticipation':
      'Les candidatures, inscriptions et réponses aux enquêtes : tant que le programme en a besoin, et aussi longtemps que ses règles de financement l’exigent.',
    'pages.privacy.retentionLogs': 'Les journaux du serveur : peu de temps, le temps nécessaire à la sécurité du site.',
    'pages.privacy.rightsHeading': 'Vos droits',
    'pages.privacy.rightsIntro':
      'En vertu du règlement général sur la protection des données (RGPD), vous avez le droit de :',
    'pages.privacy.rightAccess': 'consulter les données détenues sur vous (droit d’accès) ;',
    'pages.privacy.rightRectify':
      'les corriger, pour la plupart directement dans votre compte (droit de rectification) ;',
    'pages.privacy.rightDownload':
      'télécharger vos données dans un fichier JSON depuis votre compte (droit à la portabilité des données) ;',
    'pages.privacy.rightDelete':
      'supprimer votre compte (droit à l’effacement) : les contributions que le programme conserve, comme une pratique publiée ou une candidature évaluée, affichent alors « un ancien membre » à la place de votre nom ;',
    'pages.privacy.rightObject':
      'vous opposer à un usage fondé sur l’intérêt légitime, et demander la limitation d’un usage ;',
    'pages.privacy.rightWithdraw':
      'retirer votre consentement à tout moment, par exemple en masquant un champ de votre profil public.',
    'pages.privacy.rightsHow':
      'Pour exercer un droit que votre compte ne propose pas directement, écrivez à {emailLink}.',
    'pages.privacy.rightsContactPage':
      'Les autres moyens de joindre l’équipe du programme figurent sur la {contactLink}.',
    'pages.privacy.contactLinkText': 'page de contact',
    'pages.privacy.complaintHeading': 'Réclamations',
    'pages.privacy.complaintBody':
      'Si vous estimez que vos données ne sont pas traitées de manière licite, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle de la protection des données, en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.',
    'pages.privacy.complaintLink':
      'Trouver votre autorité de contrôle nationale sur le site du Comité européen de la protection des données (en anglais)',
  },
  de: {
    'pages.privacy.title': 'Datenschutzerklärung',
    'pages.privacy.description':
      'Welche personenbezogenen Daten diese Website über Sie speichert, warum, wer sie sehen kann, wie lange sie aufbewahrt werden und welche Rechte Sie haben.',
    'pages.privacy.lead':
      'Diese Erklärung beschreibt, welche personenbezogenen Daten diese Website über Sie speichert, warum, wer sie sehen kann und was Sie tun können.',
    'pages.privacy.updatedOn': 'Zuletzt aktualisiert am {date}.',
    'pages.privacy.controllerHeading': 'Wer für Ihre Daten verantwortlich ist',
    'pages.privacy.controllerBody':
      'Verantwortlich für Ihre personenbezogenen Daten ist die Organisation, die diese Website betreibt, für die hier veröffentlichten Programme.',
    'pages.privacy.controllerContact': 'Sie erreichen sie unter {emailLink}.',
    'pages.privacy.controllerSoftware':
      'Die Website ist mit Stoa erstellt, einer freien Software. Stoa sendet nichts über Sie an die Menschen, die es entwickeln.',
    'pages.privacy.dataHeading': 'Welche Daten die Website speichert',
    'pages.privacy.dataIntro': 'Die Website speichert nur, was sie zum Funktionieren braucht:',
    'pages.privacy.dataAccount':
      'Ihr Konto: Ihren Namen, Ihre E-Mail-Adresse, Ihre Organisation und Ihre Einstellungen für Ihr öffentliches Profil;',
    'pages.privacy.dataApplications':
      'Ihre Bewerbungen auf Ausschreibungen: Ihre Antworten, die Dokumente, die Sie anhängen, und deren Bewertung durch die Expertinnen und Experten;',
    'pages.privacy.dataRegistrations':
      'Ihre Anmeldungen zu Aktivitäten wie Besuchen, Webinaren und Workshops sowie Ihre Bewerbungen um geförderte Plätze;',
    'pages.privacy.dataSurveys': 'die Antworten, die Sie in Umfragen für Ihre Organisation geben;',
    'pages.privacy.dataLogs':
      'Serverprotokolle: Ihre IP-Adresse, die aufgerufene Seite und den Zeitpunkt. Sie werden nur kurz aufbewahrt, um die Website sicher und funktionsfähig zu halten.',
    'pages.privacy.cookiesHeading': 'Cookies',
    'pages.privacy.cookiesSession':
      'Die Website setzt ein einziges Cookie: ein Sitzungscookie, das Sie angemeldet hält. Es ist unbedingt erforderlich, braucht daher keine Einwilligung und endet, wenn Sie sich abmelden oder die Sitzung abläuft.',
    'pages.privacy.cookiesNoTracking':
      'Es gibt keine Tracking-Cookies, keine Werbung und keine Analysedienste Dritter. Ihre Sprache steht in der Webadresse, nicht in einem Cookie.',
    'pages.privacy.rateLimit':
      'Um die API vor Missbrauch zu schützen, werden die Anfragen jeder IP-Adresse eine Minute lang im Arbeitsspeicher des Servers gezählt und dann vergessen. Versuche, sich anzumelden, zu registrieren oder ein Passwort zurückzusetzen, werden je E-Mail-Adresse und je IP-Adresse gezählt und nur als verschlüsselte Prüfsummen 15 Minuten lang gespeichert, um das Erraten von Passwörtern zu verhindern. Das Sicherheitsprotokoll verzeichnet Anmeldungen mit der IP-Adresse, von der sie kamen, solange Ihr Konto besteht; wenn Sie Ihr Konto löschen, werden Ihre Adressen daraus entfernt.',
    'pages.privacy.purposesHeading': 'Wozu die Daten verwendet werden und auf welcher Rechtsgrundlage',
    'pages.privacy.purposesCaption': 'Zwecke und Rechtsgrundlagen',
    'pages.privacy.purposeColumn': 'Zweck',
    'pages.privacy.basisColumn': 'Rechtsgrundlage (DSGVO)',
    'pages.privacy.purposeAccount':
      'Ihr Konto führen, damit Sie sich auf Ausschreibungen bewerben, zu Aktivitäten anmelden und Umfragen beantworten können, und Ihnen die dafür nötigen E-Mails senden',
    'pages.privacy.purposeEvaluation': 'Bewerbungen bewerten und Praxisbeispiele sowie Teilnehmende auswählen',
    'pages.privacy.purposeProfile': 'Ihr öffentliches Profil zeigen',
    'pages.privacy.purposeSurveys': 'Umfrageergebnisse im Vergleich der Organisationen veröffentlichen',
    'pages.privacy.purposeSecurity': 'Die Website mit Serverprotokollen sicher und funktionsfähig halten',
    'pages.privacy.purposeRecords':
      'Die Unterlagen aufbewahren, die die Geldgeber des Programms verlangen, zum Beispiel zu geförderten Plätzen',
    'pages.privacy.basisService':
      'Erforderlich, um zu leisten, worum Sie gebeten haben (Artikel 6 Absatz 1 Buchstabe b)',
    'pages.privacy.basisConsent':
      'Ihre Einwilligung, die Sie jederzeit widerrufen können, indem Sie Ihr Profil ändern (Artikel 6 Absatz 1 Buchstabe a)',
    'pages.privacy.basisInterestSharing':
      'Berechtigtes Interesse des Programms, zu zeigen, was seine Mitglieder tun (Artikel 6 Absatz 1 Buchstabe f)',
    'pages.privacy.basisInterestSecurity':
      'Berechtigtes Interesse, die Website und die Menschen, die sie nutzen, zu schützen (Artikel 6 Absatz 1 Buchstabe f)',
    'pages.privacy.basisRecords':
      'Rechtliche Verpflichtung, wo das Gesetz diese Unterlagen verlangt (Artikel 6 Absatz 1 Buchstabe c); sonst berechtigtes Interesse, die Fördervereinbarung einzuhalten (Artikel 6 Absatz 1 Buchstabe f)',
    'pages.privacy.audienceHeading': 'Wer Ihre Daten sehen kann',
    'pages.privacy.audiencePublic':
      'Alle: nur die Felder, die Sie in Ihrem öffentlichen Profil zeigen, und die Inhalte, die Sie unter Ihrem Namen veröffentlichen.',
    'pages.privacy.audienceEmail':
      'Ihre E-Mail-Adresse ist nie öffentlich: Sie steht auf keiner Seite und wird weder über die API noch in Feeds oder Downloads herausgegeben.',
    'pages.privacy.audienceMembers':
      'Angemeldete Mitglieder: zusätzlich die Kontaktangaben, die ein Praxisbeispiel oder eine Methode nur Mitgliedern zeigt.',
    'pages.privacy.audienceExperts':
      'Expertinnen und Experten: die Einreichungen, die ihnen zur Bewertung zugewiesen sind, und keine anderen.',
    'pages.privacy.audienceTeam':
      'Das Programmteam: was es braucht, um das Programm durchzuführen, etwa Bewerbungen, Anmeldungen und Umfrageantworten.',
    'pages.privacy.audienceAdmins':
      'Die Administratorinnen und Administratoren der Website: Konten, Rollen und Einstellungen, um die Website zu betreiben.',
    'pages.privacy.audienceProcessors':
      'Die Dienstleister, die die Website hosten und ihre E-Mails zustellen, im Auftrag der Organisation, die sie betreibt, und auf Grundlage eines Vertrags, der Ihre Daten schützt.',
    'pages.privacy.audienceNeverSold': 'Ihre Daten werden nicht verkauft und nicht für Werbung verwendet.',
    'pages.privacy.retentionHeading': 'Wie lange Ihre Daten aufbewahrt werden',
    'pages.privacy.retentionAccount':
      'Ihr Konto: bis Sie es löschen. Ihr Name, Ihre E-Mail-Adresse, Ihr Profil, Ihre Mitgliedschaften und Ihre Sitzungen werden dann sofort gelöscht. Was das Programm behält, zeigt „ein ehemaliges Mitglied“, und das Sicherheitsprotokoll behält, was von Ihrem Konto aus getan wurde, ohne Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse.',
    'pages.privacy.retentionParticipation':
      'Bewerbungen, Anmeldungen und Umfrageantworten: solange das Programm sie braucht und solange seine Förderregeln es verlangen.',
    'pages.privacy.retentionLogs': 'Serverprotokolle: nur kurz, solange es für die Sicherheit der Website nötig ist.',
    'pages.privacy.rightsHeading': 'Ihre Rechte',
    'pages.privacy.rightsIntro': 'Nach der Datenschutz-Grundverordnung (DSGVO) haben Sie das Recht,',
    'pages.privacy.rightAccess': 'die über Sie gespeicherten Daten einzusehen (Auskunftsrecht);',
    'pages.privacy.rightRectify': 'sie zu berichtigen, das meiste direkt in Ihrem Konto (Recht auf Berichtigung);',
    'pages.privacy.rightDownload':
      'Ihre Daten in Ihrem Konto als JSON-Datei herunterzuladen (Recht auf Datenübertragbarkeit);',
    'pages.privacy.rightDelete':
      'Ihr Konto zu löschen (Recht auf Löschung): Beiträge, die das Programm behält, etwa ein veröffentlichtes Praxisbeispiel oder eine bewertete Bewerbung, zeigen dann „ein ehemaliges Mitglied“ statt Ihres Namens;',
    'pages.privacy.rightObject':
      'einer Verwendung auf Grundlage berechtigter Interessen zu widersprechen und die Einschränkung einer Verwendung zu verlangen;',
    'pages.privacy.rightWithdraw':
      'Ihre Einwilligung jederzeit zu widerrufen, zum Beispiel indem Sie ein Feld Ihres öffentlichen Profils ausblenden.',
    'pages.privacy.rightsHow':
      'Um ein Recht wahrzunehmen, das Ihr Konto nicht direkt anbietet, schreiben Sie an {emailLink}.',
    'pages.privacy.rightsContactPage': 'Weitere Wege zum Programmteam finden Sie auf der {contactLink}.',
    'pages.privacy.contactLinkText': 'Kontaktseite',
    'pages.privacy.complaintHeading': 'Beschwerden',
    'pages.privacy.complaintBody':
      'Wenn Sie meinen, dass Ihre Daten nicht rechtmäßig verarbeitet werden, haben Sie das Recht auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.',
    'pages.privacy.complaintLink':
      'Ihre nationale Aufsichtsbehörde auf der Website des Europäischen Datenschutzausschusses finden (auf Englisch)',
  },
})
