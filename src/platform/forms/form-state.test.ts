import { describe, expect, it } from 'vitest'
import { fieldError, fieldValue, fieldValues } from './form-state.js'

describe('form state helpers', () => {
  const values = { email: 'ana@example.org', themes: ['green', 'social'], tag: 'one' }

  it('reads one value, the last if the field was sent twice', () => {
    expect(fieldValue(values, 'email')).toBe('ana@example.org')
    expect(fieldValue(values, 'themes')).toBe('social')
    expect(fieldValue(values, 'missing')).toBeUndefined()
    expect(fieldValue(undefined, 'email')).toBeUndefined()
  })

  it('reads every value as a list', () => {
    expect(fieldValues(values, 'themes')).toEqual(['green', 'social'])
    expect(fieldValues(values, 'tag')).toEqual(['one'])
    expect(fieldValues(values, 'missing')).toEqual([])
    expect(fieldValues(undefined, 'themes')).toEqual([])
  })

  it('finds the message of a field', () => {
    const errors = [{ field: 'email', message: 'Enter your email address' }]
    expect(fieldError(errors, 'email')).toBe('Enter your email address')
    expect(fieldError(errors, 'name')).toBeUndefined()
    expect(fieldError(undefined, 'email')).toBeUndefined()
  })
})
