import type { FormError } from '../../platform/forms/form-state.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { isCountryCode } from '../accounts/index.js'
import {
  type Answers,
  type AnswerValue,
  allQuestions,
  isShown,
  type Question,
  type VersionContent,
} from './question-types.js'

const MAX_SHORT_TEXT = 500
const MAX_LONG_TEXT = 50_000

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export function requiredMessage(t: Translate, question: Question): string {
  const label = question.label
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'yes-no':
    case 'scale':
    case 'country':
      return t('questionnaires.error.requiredChoice', { label })
    case 'file':
      return t('questionnaires.error.requiredFile', { label })
    case 'consent':
      return t('questionnaires.error.requiredConsent', { label })
    default:
      return t('questionnaires.error.required', { label })
  }
}

export interface CheckedAnswer {
  error?: string
  /** Outside the plausible range and not confirmed. */
  warning?: string
  /** Outside the plausible range: the answer stands only with the respondent's confirmation. */
  needsConfirmation?: boolean
}

const isEmail = (value: string) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/.test(value)
const isWebAddress = (value: string) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/**
 * Checks one typed answer against its question's rules (lengths, choices, ranges): the same rules
 * whether the answer comes from a form or from a stored draft being submitted.
 */
export function checkAnswer(
  question: Question,
  value: AnswerValue,
  { t, confirmed }: { t: Translate; confirmed: boolean },
): CheckedAnswer {
  const label = question.label
  const wrongType = { error: t('questionnaires.error.invalid', { label }) }
  switch (question.type) {
    case 'short-text':
      if (typeof value !== 'string') return wrongType
      return value.length > MAX_SHORT_TEXT
        ? { error: t('questionnaires.error.tooLong', { label, max: MAX_SHORT_TEXT }) }
        : {}
    case 'long-text': {
      if (typeof value !== 'string') return wrongType
      if (value.length > MAX_LONG_TEXT)
        return { error: t('questionnaires.error.tooLong', { label, max: MAX_LONG_TEXT }) }
      const words = countWords(value)
      return question.maxWords !== undefined && words > question.maxWords
        ? { error: t('questionnaires.error.tooManyWords', { label, max: question.maxWords, count: words }) }
        : {}
    }
    case 'url':
      return typeof value === 'string' && isWebAddress(value) ? {} : { error: t('questionnaires.error.url', { label }) }
    case 'email':
      return typeof value === 'string' && isEmail(value) ? {} : { error: t('questionnaires.error.email', { label }) }
    case 'single-choice':
      return typeof value === 'string' && question.options.some((option) => option.value === value)
        ? {}
        : { error: t('questionnaires.error.choice', { label }) }
    case 'multiple-choice':
      return Array.isArray(value) && value.every((item) => question.options.some((option) => option.value === item))
        ? {}
        : { error: t('questionnaires.error.choice', { label }) }
    case 'country':
      return typeof value === 'string' && isCountryCode(value)
        ? {}
        : { error: t('questionnaires.error.choice', { label }) }
    case 'yes-no':
      return typeof value === 'boolean' ? {} : wrongType
    case 'consent':
      return value === true ? {} : wrongType
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? {} : wrongType
    case 'organisation':
      return typeof value === 'object' && value !== null && 'name' in value && value.name.length <= MAX_SHORT_TEXT
        ? {}
        : wrongType
    case 'file':
      return typeof value === 'object' && value !== null && 'fileName' in value ? {} : wrongType
    case 'scale':
      if (typeof value !== 'number') return wrongType
      return Number.isInteger(value) && value >= question.scaleMin && value <= question.scaleMax
        ? {}
        : { error: t('questionnaires.error.between', { label, min: question.scaleMin, max: question.scaleMax }) }
    case 'percentage':
      return checkNumber(question, value, { min: 0, max: 100, integer: false, unit: '%' }, t, confirmed)
    case 'number':
      return checkNumber(question, value, question, t, confirmed)
  }
}

function checkNumber(
  question: Extract<Question, { type: 'number' | 'percentage' }>,
  value: AnswerValue,
  rules: { min?: number; max?: number; integer: boolean; unit: string },
  t: Translate,
  confirmed: boolean,
): CheckedAnswer {
  const label = question.label
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { error: t('questionnaires.error.notANumber', { label }) }
  if (rules.integer && !Number.isInteger(value)) return { error: t('questionnaires.error.wholeNumber', { label }) }
  const { min, max } = rules
  if (min !== undefined && max !== undefined && (value < min || value > max))
    return { error: t('questionnaires.error.between', { label, min, max }) }
  if (min !== undefined && value < min) return { error: t('questionnaires.error.atLeast', { label, min }) }
  if (max !== undefined && value > max) return { error: t('questionnaires.error.atMost', { label, max }) }
  const low = question.plausibleMin
  const high = question.plausibleMax
  const implausible = (low !== undefined && value < low) || (high !== undefined && value > high)
  if (!implausible) return {}
  if (confirmed) return { needsConfirmation: true }
  return {
    needsConfirmation: true,
    warning: t('questionnaires.warning.implausible', {
      label,
      value,
      unit: rules.unit,
      range:
        low !== undefined && high !== undefined
          ? t('questionnaires.range.between', { min: low, max: high })
          : low !== undefined
            ? t('questionnaires.range.atLeast', { min: low })
            : t('questionnaires.range.atMost', { max: high }),
    }),
  }
}

/**
 * Checks stored answers as a submission: every shown question's answer by its rules, required
 * questions answered, implausible values confirmed. Used when a saved draft is submitted, so a
 * draft can never become a submission its questions would refuse.
 */
export function checkAnswers(
  content: VersionContent,
  answers: Answers,
  confirmed: readonly string[],
  t: Translate,
): { errors: FormError[]; warnings: FormError[] } {
  const errors: FormError[] = []
  const warnings: FormError[] = []
  const shown: Answers = {}
  for (const question of allQuestions(content)) {
    if (!isShown(question, shown)) continue
    const value = answers[question.id]
    if (value === undefined) {
      if (question.required) errors.push({ field: question.id, message: requiredMessage(t, question) })
      continue
    }
    const checked = checkAnswer(question, value, { t, confirmed: confirmed.includes(question.id) })
    if (checked.error) errors.push({ field: question.id, message: checked.error })
    else {
      if (checked.warning) warnings.push({ field: question.id, message: checked.warning })
      shown[question.id] = value
    }
  }
  return { errors, warnings }
}

/** The answers of the questions shown, without those a condition hides (they are never stored). */
export function keepShownAnswers(content: VersionContent, answers: Answers): Answers {
  const kept: Answers = {}
  for (const question of allQuestions(content)) {
    const value = answers[question.id]
    if (value !== undefined && isShown(question, kept)) kept[question.id] = value
  }
  return kept
}
