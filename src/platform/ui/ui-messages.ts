import { defineMessages } from '../i18n/catalogue.js'

/** The design system's own words: error prefixes, the error summary, pagination, banners. */
export const uiMessages = defineMessages({
  en: {
    'ui.errorPrefix': 'Error:',
    'ui.errorTitle': 'Error: {title}',
    'ui.errorSummary.title': 'There is a problem',
    'ui.form.invalid': 'Check your answer',
    'ui.radios.divider': 'or',
    'ui.notification.important': 'Important',
    'ui.notification.success': 'Success',
    'ui.pagination.label': 'Pagination',
    'ui.pagination.previous': 'Previous page',
    'ui.pagination.next': 'Next page',
    'ui.pagination.page': 'Page {page}',
  },
  fr: {
    'ui.errorPrefix': 'Erreur :',
    'ui.errorTitle': 'Erreur : {title}',
    'ui.errorSummary.title': 'Il y a un problème',
    'ui.form.invalid': 'Vérifiez votre réponse',
    'ui.radios.divider': 'ou',
    'ui.notification.important': 'Important',
    'ui.notification.success': 'Succès',
    'ui.pagination.label': 'Pagination',
    'ui.pagination.previous': 'Page précédente',
    'ui.pagination.next': 'Page suivante',
    'ui.pagination.page': 'Page {page}',
  },
  de: {
    'ui.errorPrefix': 'Fehler:',
    'ui.errorTitle': 'Fehler: {title}',
    'ui.errorSummary.title': 'Es gibt ein Problem',
    'ui.form.invalid': 'Prüfen Sie Ihre Angabe',
    'ui.radios.divider': 'oder',
    'ui.notification.important': 'Wichtig',
    'ui.notification.success': 'Erfolg',
    'ui.pagination.label': 'Seitennavigation',
    'ui.pagination.previous': 'Vorherige Seite',
    'ui.pagination.next': 'Nächste Seite',
    'ui.pagination.page': 'Seite {page}',
  },
})
