import type { FormError } from '../../../platform/forms/form-state.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { EARLIEST_YEAR, LATEST_YEAR } from '../filter.js'

export const YEAR_FIELDS = ['from', 'to'] as const

/**
 * What is wrong with the typed start years, one message per field in the visitor's language.
 * The filter itself (parsePracticeFilter) already ignores a bad year, so the list still shows;
 * this only tells the visitor why their year was not applied.
 */
export function yearFieldErrors(params: URLSearchParams, t: Translate): FormError[] {
  const errors: FormError[] = []
  for (const field of YEAR_FIELDS) {
    const typed = (params.get(field) ?? '').trim()
    if (typed === '') continue
    if (!/^\d{4}$/.test(typed)) {
      errors.push({ field, message: t('practices.filter.year.invalid') })
      continue
    }
    const year = Number(typed)
    if (year < EARLIEST_YEAR || year > LATEST_YEAR)
      errors.push({
        field,
        message: t('practices.filter.year.range', { earliest: String(EARLIEST_YEAR), latest: String(LATEST_YEAR) }),
      })
  }
  return errors
}
