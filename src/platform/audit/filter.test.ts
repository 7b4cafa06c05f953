import { describe, expect, it } from 'vitest'
import { registerMessages, translatorFor } from '../i18n/catalogue.js'
import { auditMessages } from './audit-messages.js'
import { parseAuditFilter, startOfDay } from './filter.js'

registerMessages(auditMessages)
const t = translatorFor('en')

describe('startOfDay', () => {
  it('is midnight in the named time zone, in winter and in summer time', () => {
    expect(startOfDay('2026-01-15', 'Europe/Brussels')?.toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(startOfDay('2026-07-15', 'Europe/Brussels')?.toISOString()).toBe('2026-07-14T22:00:00.000Z')
    expect(startOfDay('2026-03-29', 'Europe/Brussels')?.toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDay('2026-03-30', 'Europe/Brussels')?.toISOString()).toBe('2026-03-29T22:00:00.000Z')
    expect(startOfDay('2026-07-15', 'UTC')?.toISOString()).toBe('2026-07-15T00:00:00.000Z')
  })

  it('refuses what is not a real day', () => {
    for (const text of ['2026-02-30', '2026-13-01', '27/03/2026', '2026-3-1', 'yesterday']) {
      expect(startOfDay(text, 'Europe/Brussels'), text).toBeNull()
    }
  })
})

describe('parseAuditFilter', () => {
  it('reads every filter, and makes "until" include its whole day', () => {
    const parsed = parseAuditFilter(
      {
        action: ' Account ',
        actor: 'ana',
        subjectType: 'user',
        subjectId: 'u-1',
        organisation: 'o-1',
        from: '2026-03-01',
        to: '2026-03-01',
      },
      t,
      'Europe/Brussels',
    )
    expect(parsed).toEqual({
      ok: true,
      values: {
        action: 'Account',
        actor: 'ana',
        subjectType: 'user',
        subjectId: 'u-1',
        organisation: 'o-1',
        from: '2026-03-01',
        to: '2026-03-01',
      },
      filter: {
        action: 'account',
        actor: 'ana',
        subjectType: 'user',
        subjectId: 'u-1',
        organisationId: 'o-1',
        from: new Date('2026-02-28T23:00:00Z'),
        to: new Date('2026-03-01T23:00:00Z'),
      },
    })
  })

  it('treats an empty field as no filter', () => {
    expect(parseAuditFilter({ action: '', from: '  ' }, t, 'UTC')).toEqual({
      ok: true,
      values: {},
      filter: expect.any(Object),
    })
  })

  it('gives a message for each bad date, and for an "until" before the "from"', () => {
    expect(parseAuditFilter({ from: '2026-02-30', to: 'soon' }, t, 'UTC')).toMatchObject({
      ok: false,
      errors: [
        { field: 'from', message: 'Enter the “from” date as year-month-day, for example 2026-03-27' },
        { field: 'to', message: 'Enter the “until” date as year-month-day, for example 2026-03-27' },
      ],
    })
    expect(parseAuditFilter({ from: '2026-03-02', to: '2026-03-01' }, t, 'UTC')).toMatchObject({
      ok: false,
      values: { from: '2026-03-02', to: '2026-03-01' },
      errors: [{ field: 'to', message: 'The “until” date must be the same as or after the “from” date' }],
    })
  })
})
