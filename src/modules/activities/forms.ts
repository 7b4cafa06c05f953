import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'

export const RegistrationForm = (t: Translate, organisationIds: string[]) =>
  z.object({
    organisationId: z
      .string()
      .optional()
      .transform((value) => value || null)
      .refine(
        (value) => value === null || organisationIds.includes(value),
        t('activities.register.organisation.invalid'),
      ),
    needs: z.string().max(1000, t('activities.register.needs.tooLong')).optional().default(''),
  })

export const DelegationForm = (t: Translate, memberIds: string[]) =>
  z.object({
    people: z
      .array(z.string())
      .min(1, t('activities.delegation.none'))
      .refine((ids) => ids.every((id) => memberIds.includes(id)), t('activities.delegation.none')),
  })
