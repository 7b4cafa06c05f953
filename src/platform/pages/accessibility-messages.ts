import { defineMessages } from '../i18n/catalogue.js'

/** The accessibility statement; headings follow the EU model statement in each language. */
export const accessibilityMessages = defineMessages({
  en: {
    'pages.accessibility.title': 'Accessibility statement',
    'pages.accessibility.description':
      'How accessible this site is, what is not accessible yet, and how to tell us about a problem.',
    'pages.accessibility.lead':
      'The organisation that runs this site wants everyone to be able to use it, whatever their abilities and whatever device or assistive technology they use.',
    'pages.accessibility.scope':
      'This statement applies to this site, which is built with the open-source software Stoa: its public pages, the pages for members, experts and the programme team, its feeds and its downloads.',
    'pages.accessibility.complianceHeading': 'Compliance status',
    'pages.accessibility.complianceStatus':
      'This site aims to conform to level AA of the Web Content Accessibility Guidelines (WCAG) 2.2. That goes beyond level AA of WCAG 2.1, which the European standard EN 301 549 requires of public-sector websites. The site is partially compliant: the content listed under “Non-accessible content” is not always accessible.',
    'pages.accessibility.complianceWhy':
      'Aiming to conform is not a guarantee: no independent audit has been carried out yet. What is tested, and how, is described under “Preparation of this statement”.',
    'pages.accessibility.limitationsHeading': 'Non-accessible content',
    'pages.accessibility.limitationsIntro': 'The following content is not accessible, or may not be.',
    'pages.accessibility.uploadsHeading': 'Documents uploaded by members',
    'pages.accessibility.uploadsBody':
      'Members can share documents on this site, such as PDF files, presentations and spreadsheets, in the library or attached to an application. Their authors produce them, and they may not meet WCAG 2.2: a PDF file may, for example, have no tags, no text alternatives for its images, or a reading order that makes no sense to a screen reader.',
    'pages.accessibility.uploadsFix':
      'If you need one of these documents in an accessible format, {contactLink} and tell us which document it is. The programme team will make an accessible version or ask its author for one.',
    'pages.accessibility.contactLinkText': 'contact the programme team',
    'pages.accessibility.preparationHeading': 'Preparation of this statement',
    'pages.accessibility.preparedOn': 'This statement was prepared on {date}.',
    'pages.accessibility.testingIntro':
      'It rests on a self-assessment by the people who develop Stoa, who test the site in these ways:',
    'pages.accessibility.testingAxe':
      'automated checks with axe-core against the WCAG 2.2 level A and AA rules, on every type of page, in English, French and German, in the browser test suite that runs on every change;',
    'pages.accessibility.testingKeyboard':
      'journeys through the site done with the keyboard alone, with the focus visible at every step;',
    'pages.accessibility.testingNoJs':
      'the same journeys with JavaScript turned off, because every page must work without it;',
    'pages.accessibility.testingManual':
      'a manual review of headings, labels, link texts, colour contrast and the layout when zoomed in.',
    'pages.accessibility.testingLimits':
      'Automated checks find only some of the possible problems. The site has not yet been tested by people who use assistive technologies every day.',
    'pages.accessibility.feedbackHeading': 'Feedback and contact information',
    'pages.accessibility.feedbackIntro':
      'If you find a problem that this statement does not list, or if you cannot use some content, please tell us.',
    'pages.accessibility.feedbackHow': 'To report a problem or to ask for content in another format, {contactLink}.',
    'pages.accessibility.feedbackDetails':
      'Say which page it is (its web address), what you were trying to do, and which browser and assistive technology you use, if any. We will answer you and, if the problem is on our side, fix it.',
    'pages.accessibility.enforcementHeading': 'Enforcement procedure',
    'pages.accessibility.enforcementBody':
      'If our answer to your feedback or to your request for accessible content does not satisfy you, you can turn to the national enforcement body of the country where the organisation that runs this site is established. Every member state of the European Union has designated such a body under the Web Accessibility Directive (EU) 2016/2102, which applies to public-sector bodies.',
    'pages.accessibility.technicalHeading': 'Technical information about accessibility',
    'pages.accessibility.technicalRelies':
      'This site relies on HTML, WAI-ARIA and CSS to work with your browser and any assistive technology. JavaScript only enhances some pages: every page and every form works with JavaScript turned off.',
    'pages.accessibility.technicalLanguages':
      'The interface is available in English, French and German. Each page declares its language, so that screen readers pronounce it correctly.',
  },
  fr: {
    'pages.accessibility.title': 'Déclaration d’accessibilité',
    'pages.accessibility.description':
      'Le niveau d’accessibilité de ce site, ce qui n’est pas encore accessible et comment nous signaler un problème.',
    'pages.accessibility.lead':
      'L’organisation qui gère ce site veut que chacun puisse l’utiliser, quelles que soient ses capacités et quel que soit l’appareil ou la technologie d’assistance qu’il utilise.',
    'pages.accessibility.scope':
      'Cette déclaration s’applique à ce site, construit avec le logiciel libre Stoa : ses pages publiques, les pages des membres, des experts et de l’équipe du programme, ses flux et ses téléchargements.',
    'pages.accessibility.complianceHeading': 'État de conformité',
    'pages.accessibility.complianceStatus':
      'Ce site vise la conformité au niveau AA des règles pour l’accessibilité des contenus web (WCAG) 2.2. C’est plus exigeant que le niveau AA des WCAG 2.1, que la norme européenne EN 301 549 impose aux sites du secteur public. Le site est partiellement conforme : les contenus énumérés dans la section « Contenus non accessibles » ne sont pas toujours accessibles.',
    'pages.accessibility.complianceWhy':
      'Viser la conformité ne la garantit pas : aucun audit indépendant n’a encore été réalisé. Ce qui est testé, et comment, est décrit dans la section « Établissement de cette déclaration ».',
    'pages.accessibility.limitationsHeading': 'Contenus non accessibles',
    'pages.accessibility.limitationsIntro': 'Les contenus suivants ne sont pas accessibles, ou peuvent ne pas l’être.',
    'pages.accessibility.uploadsHeading': 'Documents déposés par les membres',
    'pages.accessibility.uploadsBody':
      'Les membres peuvent partager des documents sur ce site, comme des fichiers PDF, des présentations et des tableurs, dans la bibliothèque ou joints à une candidature. Ce sont leurs auteurs qui les produisent, et ils peuvent ne pas respecter les WCAG 2.2 : un fichier PDF peut par exemple ne pas être balisé, ne pas proposer d’alternative textuelle à ses images, ou avoir un ordre de lecture incohérent pour un lecteur d’écran.',
    'pages.accessibility.uploadsFix':
      'Si vous avez besoin de l’un de ces documents dans un format accessible, {contactLink} en précisant de quel document il s’agit. L’équipe du programme en fera une version accessible ou la demandera à son auteur.',
    'pages.accessibility.contactLinkText': 'contactez l’équipe du programme',
    'pages.accessibility.preparationHeading': 'Établissement de cette déclaration',
    'pages.accessibility.preparedOn': 'Cette déclaration a été établie le {date}.',
    'pages.accessibility.testingIntro':
      'Elle repose sur une auto-évaluation par les personnes qui développent Stoa, qui testent le site de ces manières :',
    'pages.accessibility.testingAxe':
      'des contrôles automatiques avec axe-core selon les règles WCAG 2.2 de niveaux A et AA, sur chaque type de page, en anglais, en français et en allemand, dans la suite de tests en navigateur exécutée à chaque modification ;',
    'pages.accessibility.testingKeyboard':
      'des parcours sur le site effectués au clavier seul, avec un focus visible à chaque étape ;',
    'pages.accessibility.testingNoJs':
      'les mêmes parcours avec JavaScript désactivé, car chaque page doit fonctionner sans lui ;',
    'pages.accessibility.testingManual':
      'une revue manuelle des titres, des étiquettes, des intitulés de liens, des contrastes de couleurs et de la mise en page en cas d’agrandissement.',
    'pages.accessibility.testingLimits':
      'Les contrôles automatiques ne détectent qu’une partie des problèmes possibles. Le site n’a pas encore été testé par des personnes qui utilisent des technologies d’assistance au quotidien.',
    'pages.accessibility.feedbackHeading': 'Retour d’information et contact',
    'pages.accessibility.feedbackIntro':
      'Si vous rencontrez un problème que cette déclaration ne mentionne pas, ou si vous ne pouvez pas utiliser un contenu, dites-le-nous.',
    'pages.accessibility.feedbackHow':
      'Pour signaler un problème ou demander un contenu dans un autre format, {contactLink}.',
    'pages.accessibility.feedbackDetails':
      'Indiquez la page concernée (son adresse web), ce que vous essayiez de faire et, le cas échéant, le navigateur et la technologie d’assistance que vous utilisez. Nous vous répondrons et, si le problème vient de nous, nous le corrigerons.',
    'pages.accessibility.enforcementHeading': 'Procédure de recours',
    'pages.accessibility.enforcementBody':
      'Si notre réponse à votre signalement ou à votre demande de contenu accessible ne vous satisfait pas, vous pouvez vous adresser à l’organisme national chargé du contrôle dans le pays où est établie l’organisation qui gère ce site. Chaque État membre de l’Union européenne a désigné un tel organisme en application de la directive (UE) 2016/2102 relative à l’accessibilité des sites internet, qui s’applique aux organismes du secteur public.',
    'pages.accessibility.technicalHeading': 'Informations techniques sur l’accessibilité',
    'pages.accessibility.technicalRelies':
      'Ce site s’appuie sur HTML, WAI-ARIA et CSS pour fonctionner avec votre navigateur et vos technologies d’assistance. JavaScript ne sert qu’à enrichir certaines pages : chaque page et chaque formulaire fonctionnent avec JavaScript désactivé.',
    'pages.accessibility.technicalLanguages':
      'L’interface est disponible en anglais, en français et en allemand. Chaque page déclare sa langue, pour que les lecteurs d’écran la prononcent correctement.',
  },
  de: {
    'pages.accessibility.title': 'Erklärung zur Barrierefreiheit',
    'pages.accessibility.description':
      'Wie barrierefrei diese Website ist, was noch nicht barrierefrei ist und wie Sie uns ein Problem melden.',
    'pages.accessibility.lead':
      'Die Organisation, die diese Website betreibt, möchte, dass alle Menschen sie nutzen können – unabhängig von ihren Fähigkeiten und von dem Gerät oder der assistiven Technologie, die sie verwenden.',
    'pages.accessibility.scope':
      'Diese Erklärung gilt für diese Website, die mit der freien Software Stoa erstellt ist: für ihre öffentlichen Seiten, die Seiten für Mitglieder, Expertinnen und Experten und das Programmteam, ihre Feeds und ihre Downloads.',
    'pages.accessibility.complianceHeading': 'Stand der Vereinbarkeit mit den Anforderungen',
    'pages.accessibility.complianceStatus':
      'Diese Website strebt Konformität mit Stufe AA der Web Content Accessibility Guidelines (WCAG) 2.2 an. Das geht über Stufe AA der WCAG 2.1 hinaus, die die europäische Norm EN 301 549 von Websites öffentlicher Stellen verlangt. Die Website ist teilweise konform: Die unter „Nicht barrierefreie Inhalte“ genannten Inhalte sind nicht immer barrierefrei.',
    'pages.accessibility.complianceWhy':
      'Konformität anzustreben ist keine Garantie: Eine unabhängige Prüfung hat noch nicht stattgefunden. Was wie geprüft wird, steht im Abschnitt „Erstellung dieser Erklärung“.',
    'pages.accessibility.limitationsHeading': 'Nicht barrierefreie Inhalte',
    'pages.accessibility.limitationsIntro': 'Die folgenden Inhalte sind nicht oder möglicherweise nicht barrierefrei.',
    'pages.accessibility.uploadsHeading': 'Von Mitgliedern hochgeladene Dokumente',
    'pages.accessibility.uploadsBody':
      'Mitglieder können auf dieser Website Dokumente teilen, etwa PDF-Dateien, Präsentationen und Tabellen, in der Bibliothek oder als Anhang einer Bewerbung. Diese Dokumente erstellen ihre Autorinnen und Autoren, und sie erfüllen die WCAG 2.2 möglicherweise nicht: Einer PDF-Datei können zum Beispiel Tags oder Textalternativen für ihre Bilder fehlen, oder ihre Lesereihenfolge ergibt für einen Screenreader keinen Sinn.',
    'pages.accessibility.uploadsFix':
      'Wenn Sie eines dieser Dokumente in einem barrierefreien Format benötigen, {contactLink} und nennen Sie uns das Dokument. Das Programmteam erstellt eine barrierefreie Fassung oder bittet die Autorin oder den Autor darum.',
    'pages.accessibility.contactLinkText': 'wenden Sie sich an das Programmteam',
    'pages.accessibility.preparationHeading': 'Erstellung dieser Erklärung',
    'pages.accessibility.preparedOn': 'Diese Erklärung wurde am {date} erstellt.',
    'pages.accessibility.testingIntro':
      'Sie beruht auf einer Selbstbewertung durch die Menschen, die Stoa entwickeln. Sie prüfen die Website auf diese Weise:',
    'pages.accessibility.testingAxe':
      'automatische Prüfungen mit axe-core nach den Regeln der WCAG 2.2, Stufen A und AA, auf jeder Art von Seite, auf Englisch, Französisch und Deutsch, in der Browser-Testsuite, die bei jeder Änderung läuft;',
    'pages.accessibility.testingKeyboard':
      'Abläufe auf der Website, die allein mit der Tastatur erledigt werden, mit sichtbarem Fokus bei jedem Schritt;',
    'pages.accessibility.testingNoJs':
      'dieselben Abläufe mit ausgeschaltetem JavaScript, denn jede Seite muss ohne JavaScript funktionieren;',
    'pages.accessibility.testingManual':
      'eine manuelle Durchsicht von Überschriften, Beschriftungen, Linktexten, Farbkontrasten und des Layouts bei Vergrößerung.',
    'pages.accessibility.testingLimits':
      'Automatische Prüfungen finden nur einen Teil der möglichen Probleme. Die Website wurde noch nicht von Menschen getestet, die im Alltag assistive Technologien nutzen.',
    'pages.accessibility.feedbackHeading': 'Feedback und Kontaktangaben',
    'pages.accessibility.feedbackIntro':
      'Wenn Sie auf ein Problem stoßen, das diese Erklärung nicht nennt, oder einen Inhalt nicht nutzen können, teilen Sie es uns bitte mit.',
    'pages.accessibility.feedbackHow':
      'Um ein Problem zu melden oder einen Inhalt in einem anderen Format anzufordern, {contactLink}.',
    'pages.accessibility.feedbackDetails':
      'Nennen Sie die Seite (ihre Webadresse), was Sie tun wollten und gegebenenfalls, welchen Browser und welche assistive Technologie Sie verwenden. Wir antworten Ihnen und beheben das Problem, wenn es bei uns liegt.',
    'pages.accessibility.enforcementHeading': 'Durchsetzungsverfahren',
    'pages.accessibility.enforcementBody':
      'Wenn Sie mit unserer Antwort auf Ihr Feedback oder auf Ihre Anfrage nach barrierefreien Inhalten nicht zufrieden sind, können Sie sich an die nationale Durchsetzungsstelle des Landes wenden, in dem die Organisation, die diese Website betreibt, ihren Sitz hat. Jeder Mitgliedstaat der Europäischen Union hat eine solche Stelle nach der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu Websites benannt, die für öffentliche Stellen gilt.',
    'pages.accessibility.technicalHeading': 'Technische Informationen zur Barrierefreiheit',
    'pages.accessibility.technicalRelies':
      'Diese Website stützt sich auf HTML, WAI-ARIA und CSS, um mit Ihrem Browser und Ihrer assistiven Technologie zu funktionieren. JavaScript ergänzt nur einige Seiten: Jede Seite und jedes Formular funktioniert auch mit ausgeschaltetem JavaScript.',
    'pages.accessibility.technicalLanguages':
      'Die Oberfläche gibt es auf Englisch, Französisch und Deutsch. Jede Seite gibt ihre Sprache an, damit Screenreader sie richtig aussprechen.',
  },
})
