import { defineMessages } from '../i18n/catalogue.js'

export const openDataMessages = defineMessages({
  en: {
    'pages.openData.title': 'Open data',
    'pages.openData.description':
      'The public content of this site, open for reuse: a JSON API described in OpenAPI, a sitemap, datasets and feeds.',
    'pages.openData.lead':
      'The public content of this site is open to people and to software: the same information as on its pages, in open formats, without an account.',
    'pages.openData.apiHeading': 'The API',
    'pages.openData.apiBody':
      'A read-only JSON API gives the public data of the programmes on this site. Any website may call it, including from a browser.',
    'pages.openData.apiReferenceLink': 'API reference, endpoint by endpoint',
    'pages.openData.openApiLink': 'OpenAPI 3.1 description of the API (JSON), for tools that generate clients',
    'pages.openData.sitemapHeading': 'Sitemap',
    'pages.openData.sitemapBody':
      'The {sitemapLink} lists every public page in English, French and German, for search engines and for anyone who collects the site’s pages.',
    'pages.openData.sitemapLink': 'sitemap (XML)',
    'pages.openData.datasetsHeading': 'Datasets and feeds',
    'pages.openData.datasetsNone':
      'No dataset or feed is published yet besides the API. When a part of the site publishes a feed or a download, it is listed here.',
    'pages.openData.datasetColumn': 'Dataset or feed',
    'pages.openData.formatColumn': 'Format',
    'pages.openData.termsColumn': 'Terms of reuse',
    'pages.openData.termsNone': 'None stated yet: ask the programme team',
    'pages.openData.termsHeading': 'Terms of reuse',
    'pages.openData.termsPublishers':
      'The content of this site is published by the programme team and by the members who contribute to it. Where a dataset or feed shows terms of reuse, those terms apply to it.',
    'pages.openData.termsWithout':
      'Where no terms are shown, no open licence has been granted yet: you may link to the content, and for any other reuse, {contactLink} first.',
    'pages.openData.contactLinkText': 'ask the programme team',
    'pages.openData.termsPersonalData':
      'Some public content names people, who chose to be named. Data protection law still applies to those names when you reuse them.',
    'pages.openData.termsSoftware':
      'Stoa, the software that runs this site, is free software under the European Union Public Licence (EUPL) 1.2.',
  },
  fr: {
    'pages.openData.title': 'Données ouvertes',
    'pages.openData.description':
      'Les contenus publics de ce site, ouverts à la réutilisation : une API JSON décrite en OpenAPI, un plan du site, des jeux de données et des flux.',
    'pages.openData.lead':
      'Les contenus publics de ce site sont ouverts aux personnes comme aux logiciels : les mêmes informations que sur ses pages, dans des formats ouverts, sans compte.',
    'pages.openData.apiHeading': 'L’API',
    'pages.openData.apiBody':
      'Une API JSON en lecture seule donne accès aux données publiques des programmes de ce site. Tout site web peut l’interroger, y compris depuis un navigateur.',
    'pages.openData.apiReferenceLink': 'Référence de l’API, point d’accès par point d’accès',
    'pages.openData.openApiLink': 'Description OpenAPI 3.1 de l’API (JSON), pour les outils qui génèrent des clients',
    'pages.openData.sitemapHeading': 'Plan du site',
    'pages.openData.sitemapBody':
      'Le {sitemapLink} recense chaque page publique en anglais, en français et en allemand, pour les moteurs de recherche et pour quiconque collecte les pages du site.',
    'pages.openData.sitemapLink': 'plan du site (XML)',
    'pages.openData.datasetsHeading': 'Jeux de données et flux',
    'pages.openData.datasetsNone':
      'Aucun jeu de données ni flux n’est encore publié en dehors de l’API. Lorsqu’une partie du site publie un flux ou un téléchargement, il figure ici.',
    'pages.openData.datasetColumn': 'Jeu de données ou flux',
    'pages.openData.formatColumn': 'Format',
    'pages.openData.termsColumn': 'Conditions de réutilisation',
    'pages.openData.termsNone': 'Pas encore précisées : demandez à l’équipe du programme',
    'pages.openData.termsHeading': 'Conditions de réutilisation',
    'pages.openData.termsPublishers':
      'Les contenus de ce site sont publiés par l’équipe du programme et par les membres qui y contribuent. Lorsqu’un jeu de données ou un flux indique des conditions de réutilisation, ce sont elles qui s’appliquent.',
    'pages.openData.termsWithout':
      'Lorsqu’aucune condition n’est indiquée, aucune licence ouverte n’a encore été accordée : vous pouvez créer un lien vers le contenu et, pour toute autre réutilisation, {contactLink} au préalable.',
    'pages.openData.contactLinkText': 'demandez à l’équipe du programme',
    'pages.openData.termsPersonalData':
      'Certains contenus publics nomment des personnes, qui ont choisi de l’être. Le droit de la protection des données s’applique toujours à ces noms lorsque vous les réutilisez.',
    'pages.openData.termsSoftware':
      'Stoa, le logiciel qui fait fonctionner ce site, est un logiciel libre publié sous la licence publique de l’Union européenne (EUPL) 1.2.',
  },
  de: {
    'pages.openData.title': 'Offene Daten',
    'pages.openData.description':
      'Die öffentlichen Inhalte dieser Website zur Weiterverwendung: eine in OpenAPI beschriebene JSON-API, eine Sitemap, Datensätze und Feeds.',
    'pages.openData.lead':
      'Die öffentlichen Inhalte dieser Website stehen Menschen und Software offen: dieselben Informationen wie auf ihren Seiten, in offenen Formaten, ohne Konto.',
    'pages.openData.apiHeading': 'Die API',
    'pages.openData.apiBody':
      'Eine JSON-API, die nur lesenden Zugriff erlaubt, liefert die öffentlichen Daten der Programme auf dieser Website. Jede Website darf sie abfragen, auch aus dem Browser.',
    'pages.openData.apiReferenceLink': 'API-Referenz, Endpunkt für Endpunkt',
    'pages.openData.openApiLink': 'OpenAPI-3.1-Beschreibung der API (JSON), für Werkzeuge, die Clients erzeugen',
    'pages.openData.sitemapHeading': 'Sitemap',
    'pages.openData.sitemapBody':
      'Die {sitemapLink} führt jede öffentliche Seite auf Englisch, Französisch und Deutsch auf, für Suchmaschinen und für alle, die die Seiten der Website sammeln.',
    'pages.openData.sitemapLink': 'Sitemap (XML)',
    'pages.openData.datasetsHeading': 'Datensätze und Feeds',
    'pages.openData.datasetsNone':
      'Außer der API ist noch kein Datensatz und kein Feed veröffentlicht. Sobald ein Teil der Website einen Feed oder einen Download veröffentlicht, steht er hier.',
    'pages.openData.datasetColumn': 'Datensatz oder Feed',
    'pages.openData.formatColumn': 'Format',
    'pages.openData.termsColumn': 'Nutzungsbedingungen',
    'pages.openData.termsNone': 'Noch keine angegeben: Fragen Sie das Programmteam',
    'pages.openData.termsHeading': 'Nutzungsbedingungen',
    'pages.openData.termsPublishers':
      'Die Inhalte dieser Website veröffentlichen das Programmteam und die Mitglieder, die dazu beitragen. Wo ein Datensatz oder Feed Nutzungsbedingungen angibt, gelten diese für ihn.',
    'pages.openData.termsWithout':
      'Wo keine Bedingungen angegeben sind, ist noch keine offene Lizenz erteilt: Sie dürfen auf die Inhalte verlinken; für jede andere Weiterverwendung {contactLink}.',
    'pages.openData.contactLinkText': 'fragen Sie vorher das Programmteam',
    'pages.openData.termsPersonalData':
      'Manche öffentlichen Inhalte nennen Menschen, die sich dafür entschieden haben. Wenn Sie diese Namen weiterverwenden, gilt für sie weiterhin das Datenschutzrecht.',
    'pages.openData.termsSoftware':
      'Stoa, die Software, mit der diese Website läuft, ist freie Software unter der Open-Source-Lizenz für die Europäische Union (EUPL) 1.2.',
  },
})
