import { defineMessages } from '../i18n/catalogue.js'

export const contactMessages = defineMessages({
  en: {
    'pages.contact.title': 'Contact the programme team',
    'pages.contact.description': 'How to reach the team that runs the programmes on this site.',
    'pages.contact.lead':
      'The programme team runs the programmes published on this site. Write to it about a programme, a call, an activity, your account or the site itself.',
    'pages.contact.emailHeading': 'By e-mail',
    'pages.contact.emailAdvice':
      'Say which programme, call or activity you are writing about, and give the web address of the page if it helps.',
    'pages.contact.otherHeading': 'For specific requests',
    'pages.contact.accessibility':
      'To report an accessibility problem or ask for a document in an accessible format, see {link}.',
    'pages.contact.accessibilityLink': 'how to give feedback on accessibility',
    'pages.contact.privacy': 'To see, correct, download or delete your personal data, see {link}.',
    'pages.contact.privacyLink': 'your rights in the privacy notice',
    'pages.contact.errorReference':
      'If you write about an error page, quote the reference it shows: it helps the team find what went wrong.',
  },
  fr: {
    'pages.contact.title': 'Contacter l’équipe du programme',
    'pages.contact.description': 'Comment joindre l’équipe qui gère les programmes de ce site.',
    'pages.contact.lead':
      'L’équipe du programme gère les programmes publiés sur ce site. Écrivez-lui au sujet d’un programme, d’un appel, d’une activité, de votre compte ou du site lui-même.',
    'pages.contact.emailHeading': 'Par e-mail',
    'pages.contact.emailAdvice':
      'Précisez le programme, l’appel ou l’activité qui motive votre message, et indiquez l’adresse web de la page si cela aide.',
    'pages.contact.otherHeading': 'Pour des demandes particulières',
    'pages.contact.accessibility':
      'Pour signaler un problème d’accessibilité ou demander un document dans un format accessible, consultez {link}.',
    'pages.contact.accessibilityLink': 'comment nous faire part d’un problème d’accessibilité',
    'pages.contact.privacy':
      'Pour consulter, corriger, télécharger ou supprimer vos données personnelles, consultez {link}.',
    'pages.contact.privacyLink': 'vos droits dans la politique de confidentialité',
    'pages.contact.errorReference':
      'Si vous écrivez au sujet d’une page d’erreur, indiquez la référence qu’elle affiche : elle aide l’équipe à trouver ce qui n’a pas fonctionné.',
  },
  de: {
    'pages.contact.title': 'Das Programmteam kontaktieren',
    'pages.contact.description': 'Wie Sie das Team erreichen, das die Programme auf dieser Website betreut.',
    'pages.contact.lead':
      'Das Programmteam betreut die auf dieser Website veröffentlichten Programme. Schreiben Sie ihm zu einem Programm, einer Ausschreibung, einer Aktivität, Ihrem Konto oder zur Website selbst.',
    'pages.contact.emailHeading': 'Per E-Mail',
    'pages.contact.emailAdvice':
      'Nennen Sie das Programm, die Ausschreibung oder die Aktivität, um die es geht, und gegebenenfalls die Webadresse der Seite.',
    'pages.contact.otherHeading': 'Für besondere Anliegen',
    'pages.contact.accessibility':
      'Um ein Problem mit der Barrierefreiheit zu melden oder ein Dokument in einem barrierefreien Format anzufordern, lesen Sie {link}.',
    'pages.contact.accessibilityLink': 'wie Sie uns Feedback zur Barrierefreiheit geben',
    'pages.contact.privacy':
      'Um Ihre personenbezogenen Daten einzusehen, zu berichtigen, herunterzuladen oder zu löschen, lesen Sie {link}.',
    'pages.contact.privacyLink': 'Ihre Rechte in der Datenschutzerklärung',
    'pages.contact.errorReference':
      'Wenn Sie wegen einer Fehlerseite schreiben, nennen Sie die Referenz, die sie anzeigt: So findet das Team heraus, was schiefgegangen ist.',
  },
})
