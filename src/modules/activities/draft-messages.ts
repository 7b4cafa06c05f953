import { defineMessages } from '../../platform/i18n/catalogue.js'

export const draftMessages = defineMessages({
  en: {
    'activities.draft.title': 'Draft',
    'activities.draft.body':
      'Only the organisers see this page: it is in no list, calendar or search until it is published. Set the dates and the programme first.',
    'activities.draft.fromCall': 'Made from an application selected in the call:',
    'activities.draft.publish': 'Publish this activity',
    'activities.draft.published': 'The activity is published: everyone can see it.',
  },
  fr: {
    'activities.draft.title': 'Brouillon',
    'activities.draft.body':
      'Seuls les organisateurs voient cette page : elle n’apparaît dans aucune liste, aucun calendrier ni aucune recherche avant d’être publiée. Fixez d’abord les dates et le programme.',
    'activities.draft.fromCall': 'Créée à partir d’une candidature sélectionnée dans l’appel :',
    'activities.draft.publish': 'Publier cette activité',
    'activities.draft.published': 'L’activité est publiée : tout le monde peut la voir.',
  },
  de: {
    'activities.draft.title': 'Entwurf',
    'activities.draft.body':
      'Nur die Organisatoren sehen diese Seite: Bis zur Veröffentlichung erscheint sie in keiner Liste, keinem Kalender und keiner Suche. Legen Sie zuerst die Termine und das Programm fest.',
    'activities.draft.fromCall': 'Erstellt aus einer ausgewählten Bewerbung im Aufruf:',
    'activities.draft.publish': 'Diese Aktivität veröffentlichen',
    'activities.draft.published': 'Die Aktivität ist veröffentlicht: Alle können sie sehen.',
  },
})
