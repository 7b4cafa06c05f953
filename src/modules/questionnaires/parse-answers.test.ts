import { describe, expect, it } from 'vitest'
import { parseAnswers } from './parse-answers.js'
import type { Question } from './question-types.js'
import { contentOf, questionnaireTranslator } from './testing.js'

const t = questionnaireTranslator('en')
const base = { help: '', required: true }

const questions: Record<string, Question> = {
  short: { ...base, id: 'qshort', type: 'short-text', label: 'Name of the practice' },
  long: { ...base, id: 'qlong', type: 'long-text', label: 'Summary', maxWords: 5 },
  single: {
    ...base,
    id: 'qsingle',
    type: 'single-choice',
    label: 'Scale of the practice',
    options: [
      { value: 'o1', label: 'Local' },
      { value: 'o2', label: 'Regional' },
    ],
  },
  multiple: {
    ...base,
    id: 'qmulti',
    type: 'multiple-choice',
    label: 'Themes',
    options: [
      { value: 'o1', label: 'Heritage' },
      { value: 'o2', label: 'Climate' },
    ],
  },
  yesNo: { ...base, id: 'qfunded', type: 'yes-no', label: 'Was it funded by the EU?' },
  number: {
    ...base,
    id: 'qbudget',
    type: 'number',
    label: 'Budget',
    unit: 'EUR',
    min: 0,
    max: 10_000_000,
    plausibleMin: 1000,
    plausibleMax: 2_000_000,
    integer: false,
  },
  percentage: { ...base, id: 'qshare', type: 'percentage', label: 'Share of the budget' },
  scale: {
    ...base,
    id: 'qscale',
    type: 'scale',
    label: 'How useful',
    scaleMin: 1,
    scaleMax: 5,
    minLabel: 'Not',
    maxLabel: 'Very',
  },
  date: { ...base, id: 'qstart', type: 'date', label: 'Start date' },
  country: { ...base, id: 'qcountry', type: 'country', label: 'Country' },
  organisation: { ...base, id: 'qorg', type: 'organisation', label: 'Organisation' },
  url: { ...base, id: 'qurl', type: 'url', label: 'Website' },
  email: { ...base, id: 'qemail', type: 'email', label: 'Contact address' },
  file: { ...base, id: 'qfile', type: 'file', label: 'Report', fileTypes: ['application/pdf'], maxSizeMb: 1 },
  consent: { ...base, id: 'qconsent', type: 'consent', label: 'I agree to publication' },
}

const submit = { t, locale: 'en' as const, mode: 'submit' as const }
const one = (question: Question, body: Record<string, string | File | (string | File)[]>, options = {}) =>
  parseAnswers({ content: contentOf(question) }, body, { ...submit, ...options })

const pdf = (size = 100) => {
  const bytes = new Uint8Array(size)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return new File([bytes], 'report.pdf', { type: 'application/pdf' })
}

describe('parseAnswers', () => {
  it('reads a valid answer of every type, typed', async () => {
    const form = new FormData()
    for (const [name, value] of Object.entries({
      qshort: ' Shops with a history ',
      qlong: 'Four words only here',
      qsingle: 'o2',
      qfunded: 'yes',
      qbudget: '250,000',
      qshare: '12.5',
      qscale: '4',
      'qstart-day': '27',
      'qstart-month': '3',
      'qstart-year': '2026',
      qcountry: 'PT',
      qorg: 'other',
      'qorg-name': 'Lisbon City Council',
      qurl: 'https://example.org/shops',
      qemail: 'team@example.org',
      qconsent: 'yes',
    }))
      form.append(name, value)
    form.append('qmulti', 'o1')
    form.append('qmulti', 'o2')
    form.append('qfile', pdf())
    const parsed = await parseAnswers({ content: contentOf(...Object.values(questions)) }, form, submit)
    expect(parsed.errors).toEqual([])
    expect(parsed.warnings).toEqual([])
    expect(parsed.answers).toMatchObject({
      qshort: 'Shops with a history',
      qsingle: 'o2',
      qmulti: ['o1', 'o2'],
      qfunded: true,
      qbudget: 250_000,
      qshare: 12.5,
      qscale: 4,
      qstart: '2026-03-27',
      qcountry: 'PT',
      qorg: { organisationId: null, name: 'Lisbon City Council' },
      qconsent: true,
      qfile: { fileName: 'report.pdf', type: 'application/pdf', size: 100 },
    })
    expect(parsed.uploads).toHaveLength(1)
  })

  it('lists every missing required answer at once, keyed to the question ids, in form order', async () => {
    const parsed = await parseAnswers({ content: contentOf(...Object.values(questions)) }, {}, submit)
    expect(parsed.errors.map((error) => error.field)).toEqual(Object.values(questions).map((question) => question.id))
    expect(parsed.errors[0]!.message).toBe('Enter your answer to “Name of the practice”')
    expect(parsed.errors.find((error) => error.field === 'qconsent')!.message).toBe(
      'Tick the box to agree: “I agree to publication”',
    )
  })

  it('asks nothing of a draft but keeps what was typed, even against the rules', async () => {
    const parsed = await parseAnswers(
      { content: contentOf(questions.long!, questions.number!, questions.short!) },
      { qlong: 'one two three four five six', qbudget: '-5' },
      { ...submit, mode: 'draft' },
    )
    expect(parsed.errors).toEqual([])
    expect(parsed.answers).toEqual({ qlong: 'one two three four five six', qbudget: -5 })
  })

  it('refuses too many words, counting them', async () => {
    const parsed = await one(questions.long!, { qlong: 'one two three four five six' })
    expect(parsed.errors).toEqual([{ field: 'qlong', message: '“Summary” must be 5 words or fewer; it has 6' }])
    expect(parsed.values.qlong).toBe('one two three four five six')
  })

  it('refuses an impossible number and one outside the hard range', async () => {
    expect((await one(questions.number!, { qbudget: '12abc' })).errors[0]!.message).toBe(
      '“Budget” must be a number, like 12 or 3.5',
    )
    expect((await one(questions.number!, { qbudget: '1e400' })).errors).toHaveLength(1)
    expect((await one(questions.number!, { qbudget: '-1' })).errors[0]!.message).toBe(
      '“Budget” must be between 0 and 10,000,000',
    )
    expect((await one(questions.percentage!, { qshare: '101' })).errors[0]!.message).toBe(
      '“Share of the budget” must be between 0 and 100',
    )
    expect((await one(questions.scale!, { qscale: '6' })).errors[0]!.message).toBe(
      '“How useful” must be between 1 and 5',
    )
  })

  it('questions a value outside the plausible range until the respondent confirms it', async () => {
    const asked = await one(questions.number!, { qbudget: '5000000' })
    expect(asked.errors).toEqual([])
    expect(asked.warnings).toHaveLength(1)
    expect(asked.warnings[0]!.message).toBe(
      '5,000,000 EUR is unusual for “Budget”, usually between 1,000 and 2,000,000. Check it, or confirm that it is right',
    )
    const confirmed = await one(questions.number!, { qbudget: '5000000', 'qbudget-confirmed': 'yes' })
    expect(confirmed.warnings).toEqual([])
    expect(confirmed.confirmed).toEqual(['qbudget'])
    expect(confirmed.answers.qbudget).toBe(5_000_000)
  })

  it('reads numbers as people write them in French and German', async () => {
    const fr = questionnaireTranslator('fr')
    const french = await one(questions.number!, { qbudget: '250 000,50' }, { t: fr, locale: 'fr' })
    expect(french.answers.qbudget).toBe(250_000.5)
    const german = await one(
      questions.number!,
      { qbudget: '250.000,50' },
      { t: questionnaireTranslator('de'), locale: 'de' },
    )
    expect(german.answers.qbudget).toBe(250_000.5)
  })

  it('refuses a choice that was never offered', async () => {
    expect((await one(questions.single!, { qsingle: 'o9' })).errors[0]!.message).toBe(
      'Choose one of the options given for “Scale of the practice”',
    )
    expect((await one(questions.multiple!, { qmulti: ['o1', 'o7'] })).errors).toHaveLength(1)
    expect((await one(questions.country!, { qcountry: 'US' })).errors).toHaveLength(1)
    expect((await one(questions.yesNo!, { qfunded: 'maybe' })).errors).toHaveLength(1)
    expect((await one(questions.organisation!, { qorg: 'not-mine' }, { organisations: [] })).errors).toHaveLength(1)
  })

  it('takes an organisation the respondent acts for by its id, with its name', async () => {
    const parsed = await one(
      questions.organisation!,
      { qorg: 'org-1' },
      { organisations: [{ id: 'org-1', name: 'City of Krakow' }] },
    )
    expect(parsed.answers.qorg).toEqual({ organisationId: 'org-1', name: 'City of Krakow' })
  })

  it('refuses impossible and incomplete dates', async () => {
    const date = (day: string, month: string, year: string) =>
      one(questions.date!, { 'qstart-day': day, 'qstart-month': month, 'qstart-year': year })
    expect((await date('30', '2', '2026')).errors[0]!.message).toBe('“Start date” must be a real date, like 27 3 2026')
    expect((await date('1', '', '2026')).errors[0]!.message).toBe('“Start date” must include a day, a month and a year')
    expect((await date('x', '1', '2026')).errors).toHaveLength(1)
  })

  it('refuses malformed web and email addresses', async () => {
    expect((await one(questions.url!, { qurl: 'javascript:alert(1)' })).errors).toHaveLength(1)
    expect((await one(questions.url!, { qurl: 'example' })).errors).toHaveLength(1)
    expect((await one(questions.email!, { qemail: 'name@' })).errors).toHaveLength(1)
  })

  it('checks a file by its content, not its name, and by its size', async () => {
    const html = new File(['<html><script>alert(1)</script></html>'], 'report.pdf', { type: 'application/pdf' })
    expect((await one(questions.file!, { qfile: html })).errors[0]!.message).toBe(
      'The file for “Report” must be one of these types: PDF',
    )
    expect((await one(questions.file!, { qfile: pdf(2 * 1024 * 1024) })).errors[0]!.message).toBe(
      'The file for “Report” must be smaller than 1 MB',
    )
  })

  it('keeps a file uploaded earlier when none is sent again', async () => {
    const previous = {
      qfile: {
        storageKey: `questionnaire-answers/${'a'.repeat(32)}.pdf`,
        fileName: 'r.pdf',
        type: 'application/pdf' as const,
        size: 9,
      },
    }
    const parsed = await one(questions.file!, {}, { previous })
    expect(parsed.errors).toEqual([])
    expect(parsed.answers.qfile).toEqual(previous.qfile)
  })

  it('ignores a conditional question while its condition is not met: neither required nor stored', async () => {
    const reason: Question = {
      id: 'qreason',
      type: 'long-text',
      label: 'Which EU programme?',
      help: '',
      required: true,
      condition: { questionId: 'qfunded', equals: 'yes' },
    }
    const content = contentOf(questions.yesNo!, reason)
    const hidden = await parseAnswers({ content }, { qfunded: 'no', qreason: 'Interreg' }, submit)
    expect(hidden.errors).toEqual([])
    expect(hidden.answers).toEqual({ qfunded: false })
    const shown = await parseAnswers({ content }, { qfunded: 'yes' }, submit)
    expect(shown.errors.map((error) => error.field)).toEqual(['qreason'])
  })

  it('words its messages in the respondent’s language', async () => {
    const parsed = await one(
      questions.long!,
      { qlong: 'un deux trois quatre cinq six' },
      {
        t: questionnaireTranslator('fr'),
        locale: 'fr',
      },
    )
    expect(parsed.errors[0]!.message).toBe('« Summary » doit compter au plus 5 mots ; votre réponse en compte 6')
  })
})
