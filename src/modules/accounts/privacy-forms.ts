import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'

/** Confirming a deletion with the account's password; it is checked by the command, not here. */
export const DeleteWithPasswordForm = (t: Translate) =>
  z.object({
    password: z
      .string({ error: t('privacy.delete.password.missing') })
      .min(1, t('privacy.delete.password.missing'))
      .max(1000, t('privacy.delete.password.wrong')),
  })

/**
 * For an account without a password: the person types the word shown in their language (DELETE,
 * SUPPRIMER, LÖSCHEN), in any case, so the deletion is never one stray click.
 */
export const DeleteWithConfirmationForm = (t: Translate) => {
  const word = t('privacy.delete.word')
  const wrong = t('privacy.delete.confirmation.wrong', { word })
  return z.object({
    confirmation: z
      .string({ error: wrong })
      .trim()
      .refine((typed) => typed.toLocaleUpperCase() === word.toLocaleUpperCase(), wrong),
  })
}
