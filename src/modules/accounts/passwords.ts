import { readFileSync } from 'node:fs'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

/** Why a new password is refused; the forms turn each into a message beside the field. */
export type PasswordProblem = 'missing' | 'too-short' | 'too-long' | 'common' | 'contains-email'

let commonPasswords: Set<string> | undefined

/**
 * The shipped list (data/common-passwords.txt, see data/README.md), lower-cased, read once on
 * first use: about 44,000 entries, 640 kB, a few milliseconds.
 */
function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const text = readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
    commonPasswords = new Set(text.split('\n').filter(Boolean))
  }
  return commonPasswords
}

export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.toLowerCase())
}

/**
 * Checks a password someone chooses (sign-up, reset, change). Length first, so the person fixes
 * one thing at a time. A local part shorter than 3 characters is left alone: refusing every
 * password that contains "jo" would refuse half the good ones.
 */
export function checkNewPassword(password: string, email: string | undefined): PasswordProblem | undefined {
  if (password.length === 0) return 'missing'
  if (password.length < MIN_PASSWORD_LENGTH) return 'too-short'
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long'
  if (isCommonPassword(password)) return 'common'
  const localPart = email?.split('@')[0]?.trim().toLowerCase() ?? ''
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) return 'contains-email'
  return undefined
}
