import type { Translate } from '../../../../platform/i18n/catalogue.js'

const LABEL_KEYS: Record<string, string> = {
  publicationStatus: 'practices.workflow.column.state',
  slug: 'practices.workflow.field.slug',
  title: 'practices.workflow.field.title',
  language: 'practices.workflow.field.language',
  city: 'practices.workflow.field.city',
  country: 'practices.page.country',
  summary: 'practices.workflow.field.summary',
  challenge: 'practices.page.challenge',
  approach: 'practices.page.approach',
  resources: 'practices.page.resources',
  results: 'practices.page.results',
  transferability: 'practices.page.transferability',
  lessons: 'practices.page.lessons',
  themes: 'practices.page.themes',
  transformations: 'practices.page.transformations',
  startYear: 'practices.workflow.field.startYear',
  status: 'practices.page.status',
  budgetBand: 'practices.workflow.field.budgetBand',
  populationBand: 'practices.workflow.field.populationBand',
  latitude: 'practices.workflow.field.latitude',
  longitude: 'practices.workflow.field.longitude',
  links: 'practices.page.links',
  contactName: 'practices.workflow.field.contactName',
  contactEmail: 'practices.workflow.field.contactEmail',
}

/** A practice field's name as the forms show it, for the history and the diff. */
export function fieldLabel(t: Translate, field: string): string {
  const key = LABEL_KEYS[field]
  return key ? t(key) : field
}
