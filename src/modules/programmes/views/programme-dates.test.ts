import { beforeAll, describe, expect, it } from 'vitest'
import { registerMessages, translatorFor } from '../../../platform/i18n/catalogue.js'
import { programmesMessages } from '../messages.js'
import { formatProgrammeDates } from './programme-dates.js'

beforeAll(() => registerMessages(programmesMessages))

// Intl separates a range with thin or no-break spaces; compare with plain ones.
const plain = (text: string | null) => text?.replace(/[\u2009\u202f\u00a0]/g, ' ') ?? null

describe('formatProgrammeDates', () => {
  it('shows a range at the precision the source gave, in each language', () => {
    const ecoc = { startsOn: '2019-10-01', endsOn: '2022-04-01', datesPrecision: 'month' as const }
    expect(plain(formatProgrammeDates('en', translatorFor('en'), ecoc))).toBe('October 2019 – April 2022')
    expect(plain(formatProgrammeDates('fr', translatorFor('fr'), ecoc))).toBe('octobre 2019 – avril 2022')
    expect(plain(formatProgrammeDates('de', translatorFor('de'), ecoc))).toBe('Oktober 2019 – April 2022')
  })

  it('writes English days in European order and never shifts a calendar date', () => {
    const period = { startsOn: '2024-06-01', endsOn: '2024-06-30', datesPrecision: 'day' as const }
    expect(plain(formatProgrammeDates('en', translatorFor('en'), period))).toBe('1 – 30 June 2024')
  })

  it('says "from" or "until" when only one end is known, and nothing without dates', () => {
    expect(
      formatProgrammeDates('de', translatorFor('de'), { startsOn: '2024-01-01', endsOn: null, datesPrecision: 'year' }),
    ).toBe('Ab 2024')
    expect(
      formatProgrammeDates('fr', translatorFor('fr'), {
        startsOn: null,
        endsOn: '2025-03-01',
        datesPrecision: 'month',
      }),
    ).toBe('Fin : mars 2025')
    expect(
      formatProgrammeDates('en', translatorFor('en'), { startsOn: null, endsOn: null, datesPrecision: 'day' }),
    ).toBeNull()
  })
})
