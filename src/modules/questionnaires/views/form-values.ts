import type { FormValues } from '../../../platform/forms/form-state.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import { type Answers, allQuestions, type VersionContent } from '../question-types.js'

/**
 * Stored answers as the strings a form shows, so a saved draft opens as it was left. Numbers are
 * written the way the respondent's language reads them back ("12,5" in French and German).
 */
export function answersToFormValues(
  content: VersionContent,
  answers: Answers,
  confirmed: readonly string[],
  locale: Locale,
): FormValues {
  const values: FormValues = {}
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
    useGrouping: false,
    maximumFractionDigits: 10,
  })
  for (const question of allQuestions(content)) {
    const value = answers[question.id]
    if (value === undefined) continue
    const id = question.id
    if (typeof value === 'number') values[id] = numbers.format(value)
    else if (typeof value === 'boolean') values[id] = value ? 'yes' : 'no'
    else if (typeof value === 'string') {
      if (question.type === 'date') {
        const [year, month, day] = value.split('-')
        values[`${id}-day`] = String(Number(day))
        values[`${id}-month`] = String(Number(month))
        values[`${id}-year`] = year ?? ''
      } else values[id] = value
    } else if (Array.isArray(value)) values[id] = value
    else if ('name' in value && !('fileName' in value)) {
      values[id] = value.organisationId ?? 'other'
      if (!value.organisationId) values[`${id}-name`] = value.name
    }
    if (confirmed.includes(id)) values[`${id}-confirmed`] = 'yes'
  }
  return values
}
