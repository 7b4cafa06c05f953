import { afterAll, expect, it } from 'vitest'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { accountsDemo } from '../accounts/demo.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { pulseDemo, SAMPLE_CONTENT } from './demo.js'
import { surveyCsv } from './open-data.js'
import { isOpen } from './policy.js'
import { listAllSurveys, listSubmittedAnswers } from './queries.js'
import { questionResult } from './results.js'

const database = await createTestDatabase()
afterAll(() => database.close())
const today = new Date('2026-03-02T10:00:00Z')
// The app loads every catalogue before the demo runs; here the engine's messages are loaded by hand.
questionnaireTranslator('en')

it('publishes a sample survey over thirty real cities with mixed consent, and opens one for demo members', async () => {
  await accountsDemo.seed(database.db, { today })
  await pulseDemo.seed(database.db, { today })
  const surveys = await listAllSurveys(database.db)
  const sample = surveys.find((survey) => survey.isSample)!
  expect(sample.publishedAt).not.toBeNull()
  expect(sample.title).toContain('sample data')
  const answers = await listSubmittedAnswers(database.db, sample)
  expect(answers.length).toBeGreaterThanOrEqual(30)
  expect(answers.some((row) => row.city === 'Lisbon')).toBe(true)
  expect(answers.filter((row) => row.consentToName).length).toBeGreaterThan(answers.length / 2)
  expect(answers.some((row) => !row.consentToName)).toBe(true)
  // Five countries with five answering cities each: the budget question's page draws its map.
  const budget = SAMPLE_CONTENT.sections[0]!.questions[0]!
  const result = questionResult(budget, answers, { filter: {}, textAnswersPublic: false })
  expect(result.kind === 'numeric' && result.countries.length).toBeGreaterThanOrEqual(5)
  const csv = surveyCsv(sample, answers)
  expect(csv.split('\n')[1]).toContain(',yes,')
  const open = surveys.find((survey) => !survey.isSample)!
  expect(isOpen(open, today)).toBe(true)
  expect(open.audienceKinds).toEqual(['city'])
})
