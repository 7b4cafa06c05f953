import type { FormBody, FormError, FormValues } from '../../platform/forms/parse-form.js'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { detectFileType, FILE_TYPES } from '../../platform/storage/index.js'
import { isCountryCode } from '../accounts/index.js'
import { checkAnswer, requiredMessage } from './check-answers.js'
import { parseLocaleNumber } from './numbers.js'
import {
  type Answers,
  type AnswerValue,
  type FileAnswer,
  type FileType,
  isShown,
  type Question,
  type VersionContent,
} from './question-types.js'

export interface ParseAnswersOptions {
  t: Translate
  locale: Locale
  /**
   * draft: keep what can be read, no other checks (only an unreadable value, like "12abc" for a
   * number, is reported, since it cannot be stored); submit: everything checked.
   */
  mode: 'draft' | 'submit'
  /** The organisations the respondent can act for, offered by organisation questions. */
  organisations?: readonly { id: string; name: string }[]
  /** The answers saved before: a file question left empty keeps the file stored then. */
  previous?: Answers
}

/** A file sent with the form, checked, to be stored when the response is saved. */
export interface PendingUpload {
  questionId: string
  fileName: string
  type: FileType
  bytes: Uint8Array
}

export interface ParsedAnswers {
  /** Typed answers of the questions shown; hidden questions and unreadable values are left out. */
  answers: Answers
  uploads: PendingUpload[]
  /** Questions whose value is outside the plausible range and that the respondent confirmed. */
  confirmed: string[]
  /** The strings as typed, to show the form again exactly. */
  values: FormValues
  /** Keyed by question id (the field the error summary links to), in the order of the form. */
  errors: FormError[]
  /** Values outside a plausible range, not yet confirmed: "are you sure?" rather than "wrong". */
  warnings: FormError[]
}

type Entry = string | File

function collect(body: FormBody): Map<string, Entry[]> {
  const entries = new Map<string, Entry[]>()
  const add = (name: string, value: Entry) => entries.set(name, [...(entries.get(name) ?? []), value])
  if (body instanceof FormData || body instanceof URLSearchParams) {
    for (const [name, value] of body.entries()) add(name.replace(/\[\]$/, ''), value)
  } else {
    for (const [name, value] of Object.entries(body)) {
      if (value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value]) add(name.replace(/\[\]$/, ''), item)
    }
  }
  return entries
}

/**
 * Reads a posted questionnaire against the version it answers: every shown question's answer,
 * typed (numbers as numbers, yes/no as booleans, files checked by content), with every problem at
 * once, each keyed to its question's id and worded in the respondent's language. Questions hidden
 * by their condition are skipped whatever was posted for them.
 */
export async function parseAnswers(
  version: { content: VersionContent },
  body: FormBody,
  options: ParseAnswersOptions,
): Promise<ParsedAnswers> {
  const entries = collect(body)
  const strings = (name: string) =>
    (entries.get(name) ?? []).filter((entry): entry is string => typeof entry === 'string')
  const text = (name: string) => strings(name).at(-1)?.trim() ?? ''
  const result: ParsedAnswers = { answers: {}, uploads: [], confirmed: [], values: {}, errors: [], warnings: [] }
  for (const [name, list] of entries) {
    const kept = list.filter((entry): entry is string => typeof entry === 'string')
    if (kept.length === 1) result.values[name] = kept[0]!
    else if (kept.length > 1) result.values[name] = kept
  }

  for (const question of version.content.sections.flatMap((section) => section.questions)) {
    if (!isShown(question, result.answers)) continue
    const fail = (message: string) => result.errors.push({ field: question.id, message })
    const read = await readAnswer(question, { text, strings, entries, options })
    if ('error' in read) {
      fail(read.error)
      continue
    }
    let value = read.value
    if (question.type === 'file' && read.upload) result.uploads.push(read.upload)
    if (question.type === 'file' && value === undefined) value = options.previous?.[question.id]
    if (value === undefined) {
      if (options.mode === 'submit' && question.required) fail(requiredMessage(options.t, question))
      continue
    }
    const confirmed = text(`${question.id}-confirmed`) === 'yes'
    const checked = checkAnswer(question, value, { t: options.t, confirmed })
    // A draft keeps what was typed even when a rule refuses it (too many words, out of range):
    // only a submission must obey every rule, and it is checked again then.
    if (options.mode === 'draft') {
      if (checked.needsConfirmation && confirmed) result.confirmed.push(question.id)
      result.answers[question.id] = value
      continue
    }
    if (checked.error) {
      fail(checked.error)
      continue
    }
    if (checked.warning) result.warnings.push({ field: question.id, message: checked.warning })
    if (checked.needsConfirmation && confirmed) result.confirmed.push(question.id)
    result.answers[question.id] = value
  }
  return result
}

/** "PDF, DOCX": the types as people know them, by their usual extension. */
export function fileTypeNames(types: readonly FileType[]): string {
  return types.map((type) => FILE_TYPES[type].extension.toUpperCase()).join(', ')
}

type Reader = {
  text: (name: string) => string
  strings: (name: string) => string[]
  entries: Map<string, Entry[]>
  options: ParseAnswersOptions
}
type Read = { value: AnswerValue | undefined; upload?: PendingUpload } | { error: string }

async function readAnswer(question: Question, { text, strings, entries, options }: Reader): Promise<Read> {
  const { t } = options
  const raw = text(question.id)
  const label = question.label
  switch (question.type) {
    case 'short-text':
    case 'long-text':
    case 'single-choice':
    case 'url':
    case 'email':
      return { value: raw === '' ? undefined : raw }
    case 'country':
      if (raw === '') return { value: undefined }
      return isCountryCode(raw) ? { value: raw } : { error: t('questionnaires.error.choice', { label }) }
    case 'multiple-choice': {
      const ticked = strings(question.id).filter((value) => value !== '')
      return { value: ticked.length > 0 ? [...new Set(ticked)] : undefined }
    }
    case 'yes-no':
      if (raw === '') return { value: undefined }
      if (raw !== 'yes' && raw !== 'no') return { error: t('questionnaires.error.choice', { label }) }
      return { value: raw === 'yes' }
    case 'consent':
      return { value: raw === 'yes' ? true : undefined }
    case 'number':
    case 'percentage':
    case 'scale': {
      if (raw === '') return { value: undefined }
      const number = parseLocaleNumber(raw, options.locale)
      return number === undefined ? { error: t('questionnaires.error.notANumber', { label }) } : { value: number }
    }
    case 'date':
      return readDate(question, text, t)
    case 'organisation': {
      const organisations = options.organisations ?? []
      const name = text(`${question.id}-name`)
      if (raw === '' || raw === 'other') return { value: name === '' ? undefined : { organisationId: null, name } }
      const organisation = organisations.find((candidate) => candidate.id === raw)
      if (!organisation) return { error: t('questionnaires.error.choice', { label }) }
      return { value: { organisationId: organisation.id, name: organisation.name } }
    }
    case 'file': {
      const file = (entries.get(question.id) ?? []).find(
        (entry): entry is File => typeof entry !== 'string' && entry.size > 0,
      )
      if (!file) return { value: undefined }
      const maxBytes = question.maxSizeMb * 1024 * 1024
      if (file.size > maxBytes)
        return { error: t('questionnaires.error.fileTooLarge', { label, size: question.maxSizeMb }) }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const type = detectFileType(bytes)
      if (!type || !question.fileTypes.includes(type))
        return {
          error: t('questionnaires.error.fileType', {
            label,
            types: fileTypeNames(question.fileTypes),
          }),
        }
      const fileName = file.name.replace(/[\\/]/g, '_').slice(-200) || `file.${FILE_TYPES[type].extension}`
      const value: FileAnswer = { storageKey: '', fileName, type, size: bytes.byteLength }
      return { value, upload: { questionId: question.id, fileName, type, bytes } }
    }
  }
}

function readDate(question: Question, text: (name: string) => string, t: Translate): Read {
  const parts = ['day', 'month', 'year'].map((part) => text(`${question.id}-${part}`))
  if (parts.every((part) => part === '')) return { value: undefined }
  const label = question.label
  if (parts.some((part) => part === '')) return { error: t('questionnaires.error.dateIncomplete', { label }) }
  if (parts.some((part) => !/^\d+$/.test(part))) return { error: t('questionnaires.error.dateInvalid', { label }) }
  const [day, month, year] = parts.map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  const real =
    year >= 1000 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  if (!real) return { error: t('questionnaires.error.dateInvalid', { label }) }
  return { value: date.toISOString().slice(0, 10) }
}
