import { z } from 'zod'
import { LOCALES, type Translate } from '../../platform/i18n/catalogue.js'
import { isCountryCode } from './countries.js'
import { ORGANISATION_KINDS, POPULATION_BANDS } from './tables.js'

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** The details of an organisation, as proposed by a member or changed by an admin or editor. */
export const OrganisationForm = (t: Translate) =>
  z.object({
    name: z
      .string({ error: t('organisations.form.name.missing') })
      .trim()
      .min(1, t('organisations.form.name.missing'))
      .max(200, t('organisations.form.name.tooLong')),
    kind: z.enum(ORGANISATION_KINDS, { error: t('organisations.form.kind.missing') }),
    country: z
      .string({ error: t('organisations.form.country.missing') })
      .refine((code) => isCountryCode(code), t('organisations.form.country.missing')),
    city: z.preprocess(blankToUndefined, z.string().trim().max(200, t('organisations.form.city.tooLong')).optional()),
    populationBand: z.preprocess(
      blankToUndefined,
      z.enum(POPULATION_BANDS, { error: t('organisations.form.population.missing') }).optional(),
    ),
    website: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(500, t('organisations.form.website.invalid'))
        .refine(isWebAddress, t('organisations.form.website.invalid'))
        .optional(),
    ),
    logo: z.instanceof(File).optional(),
    removeLogo: z.array(z.literal('yes')).default([]),
    description: z.preprocess(
      (value) => value ?? '',
      z.string().trim().max(2000, t('organisations.form.description.tooLong')),
    ),
  })
export type OrganisationForm = z.infer<ReturnType<typeof OrganisationForm>>

export const emailField = (t: Translate, prefix: string) =>
  z
    .string({ error: t(`${prefix}.email.missing`) })
    .trim()
    .min(1, t(`${prefix}.email.missing`))
    .max(254, t(`${prefix}.email.invalid`))
    .pipe(z.email(t(`${prefix}.email.invalid`)))

export const InvitationForm = (t: Translate) =>
  z.object({
    email: emailField(t, 'organisations.invite'),
    role: z.enum(['member', 'admin'], { error: t('organisations.invite.role.missing') }),
    language: z.enum(LOCALES, { error: t('organisations.invite.language.missing') }),
  })

export const LeaveForm = (t: Translate) =>
  z.object({
    successorId: z.preprocess(
      blankToUndefined,
      z.string({ error: t('organisations.leave.successor.missing') }).optional(),
    ),
  })

export const MergeForm = (t: Translate) =>
  z.object({
    target: z
      .string({ error: t('organisations.merge.target.missing') })
      .min(1, t('organisations.merge.target.missing')),
    confirm: z.preprocess(blankToUndefined, z.literal('yes').optional()),
  })
