import { afterAll, expect, it } from 'vitest'
import { formatDate } from '../../platform/i18n/format.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { findPublishedVersion } from '../questionnaires/index.js'
import { callsDemo, nextTenthOfJanuary } from './demo.js'
import { getCallBySlug } from './queries.js'
import { callState } from './state.js'

const database = await createTestDatabase()
afterAll(() => database.close())

it('writes the seeds’ call for good practices, open on the demo’s today, closing on 10 January', async () => {
  const today = new Date('2026-11-22T10:00:00Z')
  await callsDemo.seed(database.db, { today })
  const call = await getCallBySlug(database.db, 'call-for-good-practices')
  expect(callState(call, today)).toBe('open')
  expect(call.quota).toBe(10)
  expect(formatDate('en', call.closesAt, call.timeZone)).toBe('10 January 2027')
  expect(call.eligibleCountries).toEqual(expect.arrayContaining(['FR', 'AM', 'AZ', 'GE']))
  expect(call.eligibleCountries).not.toContain('CH')
  expect(Object.values(call.practiceMapping)).toContain('transferability')
  expect(await findPublishedVersion(database.db, call.questionnaireId!)).toBeDefined()
})

it('moves the deadline to the next year when 10 January is less than a week away', () => {
  const deadline = nextTenthOfJanuary(new Date('2027-01-05T00:00:00Z'))
  expect(formatDate('en', deadline, 'Europe/Brussels')).toBe('10 January 2028')
})
