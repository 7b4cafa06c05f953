import { describe, expect, it } from 'vitest'
import { parseLocaleNumber } from './numbers.js'

describe('parseLocaleNumber', () => {
  it('reads numbers as written in each language', () => {
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5)
    expect(parseLocaleNumber('250,000', 'en')).toBe(250_000)
    expect(parseLocaleNumber('12,5', 'en')).toBe(12.5)
    expect(parseLocaleNumber('1 234,5', 'fr')).toBe(1234.5)
    expect(parseLocaleNumber('1.234,5', 'de')).toBe(1234.5)
    expect(parseLocaleNumber('250.000', 'de')).toBe(250_000)
    expect(parseLocaleNumber('−3', 'en')).toBe(-3)
  })

  it('refuses what is not plainly a number rather than guessing', () => {
    for (const raw of ['12abc', '1e400', '--3', '', '.', '1,2,3', 'Infinity', '0x10']) {
      expect(parseLocaleNumber(raw, 'en')).toBeUndefined()
    }
  })
})
