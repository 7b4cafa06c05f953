import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { countryName } from '../accounts/index.js'
import type { AnswerValue, Question } from './question-types.js'

/**
 * One answer as a person reads it, in their language: choices by their labels, yes/no words,
 * countries by name, dates and numbers in the local way, files by name and size.
 */
export function answerText(t: Translate, locale: Locale, question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return t('questionnaires.summary.notAnswered')
  const intl = locale === 'en' ? 'en-GB' : locale
  const optionLabel = (option: string) =>
    'options' in question ? (question.options.find((candidate) => candidate.value === option)?.label ?? option) : option
  switch (question.type) {
    case 'single-choice':
      return optionLabel(String(value))
    case 'multiple-choice':
      return (Array.isArray(value) ? value : [String(value)]).map(optionLabel).join('; ')
    case 'yes-no':
      return t(value === true ? 'questionnaires.field.yes' : 'questionnaires.field.no')
    case 'consent':
      return t('questionnaires.summary.agreed')
    case 'country':
      return countryName(String(value), locale)
    case 'date':
      return new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${value}T00:00:00Z`),
      )
    case 'number':
    case 'percentage':
    case 'scale': {
      const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 10 }).format(Number(value))
      const unit = question.type === 'percentage' ? '%' : question.type === 'number' ? question.unit : ''
      return unit ? `${number} ${unit}` : number
    }
    case 'organisation':
      return typeof value === 'object' && 'name' in value ? value.name : String(value)
    case 'file': {
      if (typeof value !== 'object' || !('fileName' in value)) return String(value)
      const size = new Intl.NumberFormat(intl, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
        Math.max(1, Math.round(value.size / 1024)),
      )
      return t('questionnaires.summary.file', { name: value.fileName, size })
    }
    default:
      return String(value)
  }
}
