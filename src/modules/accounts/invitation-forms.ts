import { z } from 'zod'
import { LOCALES, type Translate } from '../../platform/i18n/catalogue.js'
import { emailField } from './organisation-forms.js'

export const ExpertInvitationForm = (t: Translate) =>
  z.object({
    email: emailField(t, 'admin.experts.invite'),
    language: z.enum(LOCALES, { error: t('admin.experts.invite.language.missing') }),
  })

export const NewAccountForm = (t: Translate) =>
  z.object({
    name: z
      .string({ error: t('invitations.create.name.missing') })
      .trim()
      .min(1, t('invitations.create.name.missing'))
      .max(200, t('invitations.create.name.tooLong')),
    // The rules (length, common passwords) are checked by the command, with the address it is for.
    password: z.string({ error: t('invitations.password.missing') }).min(1, t('invitations.password.missing')),
  })
