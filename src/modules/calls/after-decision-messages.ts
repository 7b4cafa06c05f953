import { defineMessages } from '../../platform/i18n/catalogue.js'

export const afterDecisionMessages = defineMessages({
  en: {
    'calls.after.draftActivity':
      'The selected host city’s visit is a draft for the organisers to complete and publish:',
    'calls.after.activity': 'The selected host city’s visit:',
  },
  fr: {
    'calls.after.draftActivity':
      'La visite de la ville hôte sélectionnée est un brouillon que les organisateurs complètent puis publient :',
    'calls.after.activity': 'La visite de la ville hôte sélectionnée :',
  },
  de: {
    'calls.after.draftActivity':
      'Der Besuch in der ausgewählten Gastgeberstadt ist ein Entwurf, den die Organisatoren vervollständigen und veröffentlichen:',
    'calls.after.activity': 'Der Besuch in der ausgewählten Gastgeberstadt:',
  },
})
