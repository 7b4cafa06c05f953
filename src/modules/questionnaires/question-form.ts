import type { FormError, FormValues } from '../../platform/forms/form-state.js'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { conditionProblem, newQuestionId } from './content-edits.js'
import { parseLocaleNumber } from './numbers.js'
import {
  ANSWER_FILE_TYPES,
  type ChoiceOption,
  type Condition,
  type FileType,
  type Question,
  type QuestionType,
  type VersionContent,
} from './question-types.js'

export type QuestionFormResult = { ok: true; question: Question } | { ok: false; errors: FormError[] }

/**
 * Reads the editor's question form into a question of the given type, every problem at once.
 * Choices keep their values when their text is kept, so answers and conditions still point at them.
 * The condition is checked against the version as it will be (`content` with this question saved).
 */
export function parseQuestionForm(input: {
  t: Translate
  locale: Locale
  type: QuestionType
  values: FormValues
  existing?: Question
  content: VersionContent
  sectionId: string
}): QuestionFormResult {
  const { t, values, type } = input
  const errors: FormError[] = []
  const fail = (field: string, key: string, params?: Record<string, string | number>) =>
    errors.push({ field, message: t(key, params) })
  const text = (field: string) => {
    const value = values[field]
    return (Array.isArray(value) ? value.at(-1) : value)?.trim() ?? ''
  }
  const list = (field: string) => {
    const value = values[field]
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  }
  const number = (field: string) => {
    const raw = text(field)
    if (raw === '') return undefined
    const parsed = parseLocaleNumber(raw, input.locale)
    if (parsed === undefined) fail(field, 'questionnaires.question.number.invalid')
    return parsed
  }

  const label = text('label')
  if (!label) fail('label', 'questionnaires.question.label.missing')
  else if (label.length > 1000) fail('label', 'questionnaires.question.label.tooLong')
  const help = text('help').slice(0, 4000)
  const required = text('required') === 'yes'
  let condition: Condition | undefined
  const conditionValue = text('condition')
  if (conditionValue) {
    const [questionId, equals] = conditionValue.split(':')
    condition = { questionId: questionId ?? '', equals: equals ?? '' }
  }
  const common = { id: input.existing?.id ?? newQuestionId(), label, help, required, condition }

  let question: Question
  switch (type) {
    case 'single-choice':
    case 'multiple-choice': {
      const options = readChoices(text('choices'), input.existing, fail)
      question = { ...common, type, options }
      break
    }
    case 'long-text': {
      const raw = text('maxWords')
      let maxWords: number | undefined
      if (raw !== '') {
        maxWords = Number(raw)
        if (!/^\d+$/.test(raw) || maxWords < 1 || maxWords > 10_000)
          fail('maxWords', 'questionnaires.question.maxWords.invalid')
      }
      question = { ...common, type, maxWords }
      break
    }
    case 'number': {
      const unit = text('unit').slice(0, 40)
      const [min, max, plausibleMin, plausibleMax] = ['min', 'max', 'plausibleMin', 'plausibleMax'].map(number)
      if (min !== undefined && max !== undefined && min > max) fail('max', 'questionnaires.question.range.reversed')
      checkPlausible(fail, { min, max, plausibleMin, plausibleMax })
      question = { ...common, type, unit, min, max, plausibleMin, plausibleMax, integer: text('integer') === 'yes' }
      break
    }
    case 'percentage': {
      const [plausibleMin, plausibleMax] = ['plausibleMin', 'plausibleMax'].map(number)
      checkPlausible(fail, { min: 0, max: 100, plausibleMin, plausibleMax })
      question = { ...common, type, plausibleMin, plausibleMax }
      break
    }
    case 'scale': {
      const scaleMin = text('scaleMin') === '0' ? 0 : 1
      const scaleMax = Number(text('scaleMax'))
      if (!Number.isInteger(scaleMax) || scaleMax < 2 || scaleMax > 10)
        fail('scaleMax', 'questionnaires.question.scaleMax.invalid')
      const minLabel = text('minLabel')
      const maxLabel = text('maxLabel')
      if (minLabel.length > 200) fail('minLabel', 'questionnaires.question.labelTooLong')
      if (maxLabel.length > 200) fail('maxLabel', 'questionnaires.question.labelTooLong')
      question = { ...common, type, scaleMin, scaleMax, minLabel, maxLabel }
      break
    }
    case 'file': {
      const fileTypes = list('fileTypes').filter((value): value is FileType =>
        (ANSWER_FILE_TYPES as readonly string[]).includes(value),
      )
      if (fileTypes.length === 0) fail('fileTypes', 'questionnaires.question.fileTypes.missing')
      const maxSizeMb = parseLocaleNumber(text('maxSizeMb'), input.locale)
      if (maxSizeMb === undefined || maxSizeMb < 0.1 || maxSizeMb > 50)
        fail('maxSizeMb', 'questionnaires.question.maxSizeMb.invalid')
      question = { ...common, type, fileTypes, maxSizeMb: maxSizeMb ?? 0 }
      break
    }
    default:
      question = { ...common, type } as Question
  }

  if (condition) {
    const withQuestion = placeQuestion(input.content, input.sectionId, question)
    const problem = conditionProblem(withQuestion, question.id)
    if (problem) errors.push({ field: 'condition', message: t(`questionnaires.problem.${problem}`) })
  }
  return errors.length > 0 ? { ok: false, errors: sortByForm(errors) } : { ok: true, question }
}

const formOrder = [
  'label',
  'help',
  'choices',
  'maxWords',
  'unit',
  'min',
  'max',
  'plausibleMin',
  'plausibleMax',
  'scaleMin',
  'scaleMax',
  'minLabel',
  'maxLabel',
  'fileTypes',
  'maxSizeMb',
  'required',
  'condition',
]
function sortByForm(errors: FormError[]): FormError[] {
  return errors
    .filter((error, index) => errors.findIndex((other) => other.field === error.field) === index)
    .sort((a, b) => formOrder.indexOf(a.field) - formOrder.indexOf(b.field))
}

function checkPlausible(
  fail: (field: string, key: string) => void,
  range: { min?: number; max?: number; plausibleMin?: number; plausibleMax?: number },
) {
  const { min, max, plausibleMin, plausibleMax } = range
  if (plausibleMin !== undefined && plausibleMax !== undefined && plausibleMin > plausibleMax)
    fail('plausibleMax', 'questionnaires.question.range.reversed')
  const outside = (value: number | undefined) =>
    value !== undefined && ((min !== undefined && value < min) || (max !== undefined && value > max))
  if (outside(plausibleMin)) fail('plausibleMin', 'questionnaires.question.plausible.outside')
  if (outside(plausibleMax)) fail('plausibleMax', 'questionnaires.question.plausible.outside')
}

function readChoices(
  raw: string,
  existing: Question | undefined,
  fail: (field: string, key: string, params?: Record<string, string | number>) => void,
): ChoiceOption[] {
  const labels = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (labels.length === 0) fail('choices', 'questionnaires.question.choices.missing')
  const duplicate = labels.find((label, index) => labels.indexOf(label) !== index)
  if (duplicate) fail('choices', 'questionnaires.question.choices.duplicate', { choice: duplicate })
  if (labels.some((label) => label.length > 500)) fail('choices', 'questionnaires.question.choices.tooLong')
  const previous = existing && 'options' in existing ? existing.options : []
  let next = Math.max(0, ...previous.map((option) => Number(option.value.slice(1)))) + 1
  return labels.map((label) => {
    const kept = previous.find((option) => option.label === label)
    if (kept) return kept
    const value = `o${next}`
    next += 1
    return { value, label }
  })
}

/** The content as it will be once the question is saved: replaced where it is, or added to the section. */
function placeQuestion(content: VersionContent, sectionId: string, question: Question): VersionContent {
  const exists = content.sections.some((section) => section.questions.some((candidate) => candidate.id === question.id))
  return {
    sections: content.sections.map((section) => ({
      ...section,
      questions: exists
        ? section.questions.map((candidate) => (candidate.id === question.id ? question : candidate))
        : section.id === sectionId
          ? [...section.questions, question]
          : section.questions,
    })),
  }
}

/** A question's settings as the editor's form shows them. */
export function questionFormValues(question: Question, locale: Locale): FormValues {
  const format = (value: number | undefined) =>
    value === undefined
      ? ''
      : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
          useGrouping: false,
          maximumFractionDigits: 10,
        }).format(value)
  const values: FormValues = {
    label: question.label,
    help: question.help,
    required: question.required ? 'yes' : '',
    condition: question.condition ? `${question.condition.questionId}:${question.condition.equals}` : '',
  }
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      values.choices = question.options.map((option) => option.label).join('\n')
      break
    case 'long-text':
      values.maxWords = question.maxWords === undefined ? '' : String(question.maxWords)
      break
    case 'number':
      Object.assign(values, {
        unit: question.unit,
        min: format(question.min),
        max: format(question.max),
        plausibleMin: format(question.plausibleMin),
        plausibleMax: format(question.plausibleMax),
        integer: question.integer ? 'yes' : '',
      })
      break
    case 'percentage':
      Object.assign(values, {
        plausibleMin: format(question.plausibleMin),
        plausibleMax: format(question.plausibleMax),
      })
      break
    case 'scale':
      Object.assign(values, {
        scaleMin: String(question.scaleMin),
        scaleMax: String(question.scaleMax),
        minLabel: question.minLabel,
        maxLabel: question.maxLabel,
      })
      break
    case 'file':
      Object.assign(values, { fileTypes: question.fileTypes, maxSizeMb: format(question.maxSizeMb) })
      break
  }
  return values
}
