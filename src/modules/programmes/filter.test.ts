import { describe, expect, it } from 'vitest'
import { parseProgrammeFilter } from './filter.js'

describe('parseProgrammeFilter', () => {
  it('reads the programme slug from a query object or URLSearchParams', () => {
    expect(parseProgrammeFilter({ programme: 'european-heritage-hub' })).toBe('european-heritage-hub')
    expect(parseProgrammeFilter(new URLSearchParams('programme=european-heritage-hub&page=2'))).toBe(
      'european-heritage-hub',
    )
    expect(parseProgrammeFilter({ programme: ['first-one', 'second'] })).toBe('first-one')
  })

  it('treats an empty, missing or malformed value as no filter', () => {
    expect(parseProgrammeFilter({})).toBeUndefined()
    expect(parseProgrammeFilter({ programme: '' })).toBeUndefined()
    expect(parseProgrammeFilter({ programme: '<script>' })).toBeUndefined()
    expect(parseProgrammeFilter({ programme: 'a'.repeat(201) })).toBeUndefined()
    expect(parseProgrammeFilter({ programme: '../etc' })).toBeUndefined()
  })

  it('accepts a slug typed with capitals or spaces around it', () => {
    expect(parseProgrammeFilter({ programme: ' European-Heritage-Hub ' })).toBe('european-heritage-hub')
  })
})
