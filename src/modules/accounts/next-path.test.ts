import { describe, expect, it } from 'vitest'
import { safeNextPath } from './next-path.js'

describe('safeNextPath', () => {
  it('keeps a local path that names its locale, with its query', () => {
    expect(safeNextPath('/en/programmes/heritage?tab=calls', 'fr')).toBe('/en/programmes/heritage?tab=calls')
    expect(safeNextPath('/de', 'fr')).toBe('/de')
  })

  it('puts a path below the locale under the current one', () => {
    expect(safeNextPath('/organisations/lisboa', 'fr')).toBe('/fr/organisations/lisboa')
    expect(safeNextPath('/', 'de')).toBe('/de')
  })

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      '//evil.example',
      '//evil.example/en',
      'https://evil.example',
      'https://evil.example/en/account',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/en\n/x',
      ' /en',
    ]) {
      expect(safeNextPath(value, 'en'), value).toBeUndefined()
    }
  })

  it('refuses values that are not strings or are empty', () => {
    expect(safeNextPath('', 'en')).toBeUndefined()
    expect(safeNextPath(undefined, 'en')).toBeUndefined()
    expect(safeNextPath(['/en'], 'en')).toBeUndefined()
  })

  it('resolves dot segments before judging the path', () => {
    expect(safeNextPath('/en/a/../b', 'en')).toBe('/en/b')
    expect(safeNextPath('/en/../../api/x', 'en')).toBe('/en/api/x')
  })
})
