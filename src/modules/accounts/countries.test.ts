import { describe, expect, it } from 'vitest'
import {
  COUNTRY_CODES,
  countryName,
  countryOptions,
  EU_MEMBER_STATES,
  isCountryCode,
  isEuMemberState,
} from './countries.js'

describe('the country list', () => {
  it('has the 27 EU member states, the rest of Europe and the South Caucasus, each once', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27)
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length)
    for (const code of [
      'NO',
      'IS',
      'LI',
      'CH',
      'GB',
      'AL',
      'BA',
      'ME',
      'MK',
      'RS',
      'XK',
      'UA',
      'MD',
      'TR',
      'AM',
      'AZ',
      'GE',
    ]) {
      expect(isCountryCode(code), code).toBe(true)
    }
    expect(isCountryCode('US')).toBe(false)
    expect(isCountryCode('EL')).toBe(false)
  })

  it('tells EU member states from the others', () => {
    expect(isEuMemberState('GR')).toBe(true)
    expect(isEuMemberState('hr')).toBe(true)
    expect(isEuMemberState('NO')).toBe(false)
    expect(isEuMemberState('GB')).toBe(false)
    expect(isEuMemberState('AM')).toBe(false)
    expect(isEuMemberState(undefined)).toBe(false)
  })

  it('names every country in each language through Intl, never as its bare code', () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      for (const code of COUNTRY_CODES) expect(countryName(code, locale), `${locale} ${code}`).not.toBe(code)
    }
    expect(countryName('DE', 'fr')).toBe('Allemagne')
    expect(countryName('AT', 'de')).toBe('Österreich')
  })

  it('sorts the options by the collation of the interface language', () => {
    const german = countryOptions('de').map((option) => option.text)
    // German collation puts Ö among the Os, where a plain code-point sort would put it last.
    expect(german.indexOf('Österreich')).toBeLessThan(german.indexOf('Polen'))
    expect(german.indexOf('Österreich')).toBeGreaterThan(german.indexOf('Norwegen'))
    const french = countryOptions('fr').map((option) => option.text)
    // Accents count only when the letters are equal: Géorgie before Grèce, unlike a code-point sort.
    expect(french.indexOf('Géorgie')).toBeGreaterThan(-1)
    expect(french.indexOf('Géorgie')).toBeLessThan(french.indexOf('Grèce'))
  })
})
