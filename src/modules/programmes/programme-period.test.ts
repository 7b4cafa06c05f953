import { describe, expect, it } from 'vitest'
import { calendarDateIn, lastDayOf, normaliseToPrecision, programmeStatus } from './programme-period.js'

describe('programmeStatus', () => {
  const ecoc = { startsOn: '2019-10-01', endsOn: '2022-04-01', datesPrecision: 'month' as const }

  it('keeps a programme known to end in April current until the last day of April', () => {
    expect(programmeStatus(ecoc, '2022-04-30')).toBe('current')
    expect(programmeStatus(ecoc, '2022-05-01')).toBe('past')
  })

  it('says upcoming before the first day and current from it', () => {
    expect(programmeStatus(ecoc, '2019-09-30')).toBe('upcoming')
    expect(programmeStatus(ecoc, '2019-10-01')).toBe('current')
  })

  it('treats a programme without dates as current', () => {
    expect(programmeStatus({ startsOn: null, endsOn: null, datesPrecision: 'day' }, '2030-01-01')).toBe('current')
  })

  it('ends a day-precise programme on its end date', () => {
    const period = { startsOn: null, endsOn: '2024-06-30', datesPrecision: 'day' as const }
    expect(programmeStatus(period, '2024-06-30')).toBe('current')
    expect(programmeStatus(period, '2024-07-01')).toBe('past')
  })
})

describe('dates at a precision', () => {
  it('finds the last day of a month, February of a leap year included, and of a year', () => {
    expect(lastDayOf('2024-02-01', 'month')).toBe('2024-02-29')
    expect(lastDayOf('2023-02-01', 'month')).toBe('2023-02-28')
    expect(lastDayOf('2022-04-01', 'month')).toBe('2022-04-30')
    expect(lastDayOf('2022-04-01', 'year')).toBe('2022-12-31')
  })

  it('stores a month or a year as its first day', () => {
    expect(normaliseToPrecision('2019-10-17', 'month')).toBe('2019-10-01')
    expect(normaliseToPrecision('2019-10-17', 'year')).toBe('2019-01-01')
    expect(normaliseToPrecision('2019-10-17', 'day')).toBe('2019-10-17')
  })

  it('takes today in the site’s time zone, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Brussels.
    expect(calendarDateIn('Europe/Brussels', new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01')
    expect(calendarDateIn('UTC', new Date('2024-12-31T23:30:00Z'))).toBe('2024-12-31')
  })
})
