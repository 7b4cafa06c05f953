import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { checkNewPassword, type PasswordProblem } from './passwords.js'

const passwordMessageKeys: Record<PasswordProblem, string> = {
  missing: 'auth.error.newPasswordMissing',
  'too-short': 'auth.error.passwordTooShort',
  'too-long': 'auth.error.passwordTooLong',
  common: 'auth.error.passwordCommon',
  'contains-email': 'auth.error.passwordContainsEmail',
}

export function passwordProblemMessage(t: Translate, problem: PasswordProblem): string {
  return t(passwordMessageKeys[problem])
}

/** An address as people type it: spaces trimmed, compared and stored in lower case. */
const emailField = (t: Translate) =>
  z
    .string({ error: t('auth.error.emailMissing') })
    .trim()
    .min(1, t('auth.error.emailMissing'))
    .max(254, t('auth.error.emailInvalid'))
    .pipe(z.email(t('auth.error.emailInvalid')))
    .transform((email) => email.toLowerCase())

/**
 * A password someone chooses. Its length and the list are checked here; whether it contains the
 * e-mail address needs the address, so the form checks that (see withPasswordNotContaining).
 */
const newPasswordField = (t: Translate) =>
  z
    .string()
    .default('')
    .superRefine((password, ctx) => {
      const problem = checkNewPassword(password, undefined)
      if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemMessage(t, problem) })
    })

/** Only for typing a password to sign in: any length, never checked against the rules here. */
const existingPasswordField = (message: string) => z.string({ error: message }).min(1, message)

/**
 * Refuses a new password that contains the local part of the address. Runs even when other fields
 * failed (`when`), so every problem shows at once (GOV.UK validation pattern).
 */
function passwordNotContaining(
  t: Translate,
  field: string,
  email: (data: Record<string, unknown>) => unknown,
): [(data: object) => boolean, { message: string; path: string[]; when: () => boolean }] {
  return [
    (data) => {
      const values = data as Record<string, unknown>
      const password = values[field]
      const address = email(values)
      if (typeof password !== 'string' || typeof address !== 'string') return true
      return checkNewPassword(password, address) !== 'contains-email'
    },
    { message: t('auth.error.passwordContainsEmail'), path: [field], when: () => true },
  ]
}

export const SignUpForm = (t: Translate) =>
  z
    .object({
      name: z
        .string({ error: t('auth.error.nameMissing') })
        .trim()
        .min(1, t('auth.error.nameMissing'))
        .max(200, t('auth.error.nameTooLong')),
      email: emailField(t),
      password: newPasswordField(t),
      next: z.string().optional(),
    })
    .refine(...passwordNotContaining(t, 'password', (data) => data.email))
export type SignUpForm = z.infer<ReturnType<typeof SignUpForm>>

export const SignInForm = (t: Translate) =>
  z.object({
    email: emailField(t),
    password: existingPasswordField(t('auth.error.passwordMissing')),
    next: z.string().optional(),
  })

/** The second form of the sign-in page: its field is "linkEmail" so its id differs from the first form's. */
export const SignInLinkForm = (t: Translate) => z.object({ linkEmail: emailField(t), next: z.string().optional() })

export const EmailForm = (t: Translate) => z.object({ email: emailField(t) })

export const NewPasswordForm = (t: Translate, email: string) =>
  z
    .object({ token: z.string().default(''), password: newPasswordField(t) })
    .refine(...passwordNotContaining(t, 'password', () => email))

export const ChangeEmailForm = (t: Translate, currentEmail: string) =>
  z.object({
    newEmail: emailField(t).refine((email) => email !== currentEmail.toLowerCase(), t('auth.error.newEmailSame')),
  })

export const ChangePasswordForm = (t: Translate, email: string) =>
  z
    .object({
      currentPassword: existingPasswordField(t('auth.error.currentPasswordMissing')),
      newPassword: newPasswordField(t),
    })
    .refine(...passwordNotContaining(t, 'newPassword', () => email))
