import { describe, expect, it } from 'vitest'
import { idsIn, startTags } from '../../../platform/ui/testing.js'
import { answerColumns, answersAsText, answersToCsvRows, dataDictionaryRows } from '../answers-export.js'
import type { Question, VersionContent } from '../question-types.js'
import { contentOf, questionnaireTranslator } from '../testing.js'
import { AnswersSummary } from './answers-summary.js'
import { QuestionnaireFields } from './questionnaire-fields.js'

const t = questionnaireTranslator('en')
const funded: Question = { id: 'qfunded', type: 'yes-no', label: 'EU funded?', help: '', required: true }
const which: Question = {
  id: 'qwhich',
  type: 'short-text',
  label: 'Which programme?',
  help: 'Its full name.',
  required: false,
  condition: { questionId: 'qfunded', equals: 'yes' },
}
const budget: Question = {
  id: 'qbudget',
  type: 'number',
  label: 'Budget',
  help: '',
  required: true,
  unit: 'EUR',
  min: 0,
  plausibleMax: 1000,
  integer: false,
}
const start: Question = { id: 'qstart', type: 'date', label: 'Start', help: '', required: true }
const themes: Question = {
  id: 'qthemes',
  type: 'multiple-choice',
  label: 'Themes',
  help: '',
  required: false,
  options: [
    { value: 'o1', label: 'Heritage' },
    { value: 'o2', label: '=Climate' },
  ],
}
const content = contentOf(funded, which, budget, start, themes)

describe('QuestionnaireFields', () => {
  it('gives every field the id its error links to, and marks conditional questions for the script', () => {
    const errors = [funded, budget, start].map((question) => ({ field: question.id, message: 'Wrong' }))
    const html = String(<QuestionnaireFields t={t} locale="en" version={{ content }} errors={errors} />)
    const ids = idsIn(html)
    for (const error of errors) expect(ids).toContain(error.field)
    expect(new Set(ids).size).toBe(ids.length)
    const wrapper = startTags(html, 'div').find((tag) => tag.attributes['data-condition-question'])
    expect(wrapper?.attributes).toMatchObject({ 'data-condition-question': 'qfunded', 'data-condition-value': 'yes' })
    expect(html).toContain('Answer only if you answered “Yes” to “EU funded?”. Its full name.')
    expect(html).toContain('Which programme? (optional)')
    expect(html).not.toMatch(/<script|style=/)
  })

  it('shows stored answers again, numbers as the language writes them, and asks to confirm a warning', () => {
    const html = String(
      <QuestionnaireFields
        t={questionnaireTranslator('fr')}
        locale="fr"
        version={{ content }}
        answers={{ qfunded: true, qbudget: 1500.5, qstart: '2026-03-07' }}
        warnings={[{ field: 'qbudget', message: 'Vraiment ?' }]}
      />,
    )
    expect(html).toContain('value="1500,5"')
    expect(html).toMatch(/id="qstart"[^>]*value="7"|value="7"[^>]*id="qstart"/)
    expect(html).toContain('Vraiment ?')
    expect(html).toContain('name="qbudget-confirmed"')
  })
})

describe('answers for reading and exporting', () => {
  const answers = { qfunded: false, qbudget: 1200, qstart: '2026-03-07', qthemes: ['o1', 'o2'] }

  it('summarises the shown answers with change links, leaving out hidden questions', () => {
    const html = String(
      <AnswersSummary
        t={t}
        locale="en"
        version={{ content }}
        answers={answers}
        changeHref={(id) => `/en/form#${id}`}
      />,
    )
    expect(html).not.toContain('Which programme?')
    expect(html).toContain('1,200 EUR')
    expect(html).toContain('7 March 2026')
    expect(html).toContain('href="/en/form#qbudget"')
  })

  it('writes a receipt as text', () => {
    const text = answersAsText(t, 'en', { content }, answers)
    expect(text).toContain('EU funded?\nNo')
    expect(text).toContain('Themes\nHeritage; =Climate')
  })

  it('exports responses to several versions in one set of columns, with a data dictionary', () => {
    const older: VersionContent = contentOf(
      { ...budget, label: 'Budget (old wording)' },
      { ...which, condition: undefined },
    )
    const columns = answerColumns([
      { number: 1, content: older },
      { number: 2, content },
    ])
    expect(columns.map((column) => column.questionId)).toEqual(['qfunded', 'qwhich', 'qbudget', 'qstart', 'qthemes'])
    const rows = answersToCsvRows(columns, [
      { answers, version: { content } },
      { answers: { qbudget: 99, qwhich: '=HYPERLINK("x")' }, version: { content: older } },
    ])
    expect(rows[0]).toEqual(['no', '', '1200', '2026-03-07', 'Heritage; =Climate'])
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(rows[1]).toEqual(['', '\'=HYPERLINK("x")', '99', '', ''])
    expect(dataDictionaryRows(columns)[3]).toEqual(['qbudget', 'Budget', 'number', 'EUR', '0–'])
  })
})
