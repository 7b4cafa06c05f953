import { describe, expect, it } from 'vitest'
import { checkNewPassword, isCommonPassword } from './passwords.js'

describe('checkNewPassword', () => {
  it('refuses passwords under 12 characters and over 128', () => {
    expect(checkNewPassword('', 'ana@lisboa.example')).toBe('missing')
    expect(checkNewPassword('elevenchars', 'ana@lisboa.example')).toBe('too-short')
    expect(checkNewPassword('x'.repeat(129), 'ana@lisboa.example')).toBe('too-long')
  })

  it('refuses common passwords whatever their case', () => {
    expect(isCommonPassword('qwertyuiop123')).toBe(true)
    expect(checkNewPassword('QwertyUiop123', 'ana@lisboa.example')).toBe('common')
    expect(checkNewPassword('1qaz2wsx3edc', 'ana@lisboa.example')).toBe('common')
  })

  it('refuses a password that contains the local part of the e-mail address', () => {
    expect(checkNewPassword('my ANA.RIBEIRO passphrase', 'ana.ribeiro@lisboa.example')).toBe('contains-email')
    // Two letters are too short a local part to judge by.
    expect(checkNewPassword('jo and the tramway 28', 'jo@lisboa.example')).toBeUndefined()
  })

  it('accepts a long, uncommon password', () => {
    expect(checkNewPassword('tiles of the Alfama at dusk', 'ana@lisboa.example')).toBeUndefined()
  })

  it('ships a list of at least 10,000 entries', async () => {
    const { readFile } = await import('node:fs/promises')
    const lines = (await readFile(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')).split('\n')
    expect(lines.filter(Boolean).length).toBeGreaterThanOrEqual(10_000)
  })
})
