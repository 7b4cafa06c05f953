import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { answerText } from './answer-text.js'
import { type Answers, allQuestions, isShown, type Question, type VersionContent } from './question-types.js'

/**
 * The answers as plain text, one "question: answer" block per shown question under its section's
 * title: for an e-mail receipt, in the respondent's language.
 */
export function answersAsText(t: Translate, locale: Locale, version: { content: VersionContent }, answers: Answers) {
  const blocks: string[] = []
  for (const section of version.content.sections) {
    const shown = section.questions.filter((question) => isShown(question, answers))
    if (shown.length === 0) continue
    const lines = shown.map((question) => `${question.label}\n${answerText(t, locale, question, answers[question.id])}`)
    blocks.push(
      [section.title ? `${section.title}\n${'='.repeat(Math.min(section.title.length, 60))}` : '', ...lines]
        .filter(Boolean)
        .join('\n\n'),
    )
  }
  return blocks.join('\n\n')
}

/** One column of an export, described for its data dictionary. */
export interface AnswerColumn {
  questionId: string
  header: string
  type: Question['type']
  unit: string
  /** The scale's ends, or the choices offered, so a reader knows what the values mean. */
  scale: string
}

/**
 * The columns of an export of responses to one or several versions of a questionnaire: every
 * question that ever existed, in the newest version's order, then those only older versions had.
 * Keyed by the stable question id, so answers to different versions line up.
 */
export function answerColumns(versions: readonly { number: number; content: VersionContent }[]): AnswerColumn[] {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number)
  const columns = new Map<string, AnswerColumn>()
  for (const version of newestFirst) {
    for (const question of allQuestions(version.content)) {
      if (columns.has(question.id)) continue
      columns.set(question.id, {
        questionId: question.id,
        header: question.label,
        type: question.type,
        unit: question.type === 'number' ? question.unit : question.type === 'percentage' ? '%' : '',
        scale: scaleOf(question),
      })
    }
  }
  return [...columns.values()]
}

function scaleOf(question: Question): string {
  if (question.type === 'scale')
    return `${question.scaleMin} = ${question.minLabel || question.scaleMin}; ${question.scaleMax} = ${question.maxLabel || question.scaleMax}`
  if (question.type === 'percentage') return '0–100'
  if (question.type === 'number')
    return question.min !== undefined || question.max !== undefined ? `${question.min ?? ''}–${question.max ?? ''}` : ''
  if (question.type === 'single-choice' || question.type === 'multiple-choice')
    return question.options.map((option) => option.label).join('; ')
  if (question.type === 'yes-no') return 'yes; no'
  return ''
}

/** The data dictionary of an export: one row per column (question, type, unit, scale). */
export function dataDictionaryRows(columns: readonly AnswerColumn[]): string[][] {
  return [
    ['column', 'question', 'type', 'unit', 'scale'],
    ...columns.map((column) => [column.questionId, column.header, column.type, column.unit, column.scale]),
  ]
}

/**
 * One row per response, one cell per column: numbers as plain numbers (a dot for decimals, for
 * spreadsheets and scripts), choices by label, yes/no as "yes"/"no", empty when not asked or not
 * answered. Each response is read against the version it answered.
 */
export function answersToCsvRows(
  columns: readonly AnswerColumn[],
  responses: readonly { answers: Answers; version: { content: VersionContent } }[],
): string[][] {
  return responses.map(({ answers, version }) => {
    const questions = new Map(allQuestions(version.content).map((question) => [question.id, question]))
    return columns.map((column) => {
      const question = questions.get(column.questionId)
      const value = answers[column.questionId]
      if (!question || value === undefined) return ''
      return csvCell(question, value)
    })
  })
}

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as text. */
function guarded(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function csvCell(question: Question, value: Answers[string]): string {
  if (typeof value === 'number') return String(value)
  return guarded(textCell(question, value))
}

function textCell(question: Question, value: Answers[string]): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value) || question.type === 'single-choice') {
    const options = 'options' in question ? question.options : []
    const label = (item: string) => options.find((option) => option.value === item)?.label ?? item
    return (Array.isArray(value) ? value : [String(value)]).map(label).join('; ')
  }
  if (typeof value === 'object') return 'fileName' in value ? value.fileName : value.name
  return value
}
