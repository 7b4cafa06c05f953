import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { isCountryCode } from './countries.js'
import { EU_LANGUAGES } from './languages.js'
import { AUDIENCES, PROFILE_FIELDS, type ProfileField } from './queries/people.js'
import { THEMES } from './themes.js'

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const BIO_MAX_LENGTH = 1000

/** The radio group choosing who sees one field: "nameAudience", "bioAudience"… */
export const audienceFieldName = (field: ProfileField) => `${field}Audience` as const

const audience = (t: Translate) => z.enum(AUDIENCES, { error: t('profiles.audience.missing') })

/**
 * The profile form. Whether a photo will be shown after saving (a new one, or the stored one
 * kept) decides whether its description is required, so the schema is built knowing that.
 */
export const ProfileForm = (t: Translate, options: { hasStoredPhoto: boolean }) =>
  z
    .object({
      name: z
        .string({ error: t('profiles.name.missing') })
        .trim()
        .min(1, t('profiles.name.missing'))
        .max(200, t('profiles.name.tooLong')),
      nameAudience: audience(t),
      organisationAudience: audience(t),
      country: z.preprocess(
        blankToUndefined,
        z
          .string()
          .refine((code) => isCountryCode(code), t('profiles.country.invalid'))
          .optional(),
      ),
      countryAudience: audience(t),
      languages: z.array(z.enum(EU_LANGUAGES, { error: t('profiles.languages.invalid') })),
      languagesAudience: audience(t),
      expertise: z.array(z.enum(THEMES, { error: t('profiles.expertise.invalid') })),
      expertiseAudience: audience(t),
      bio: z.preprocess(
        (value) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n') : ''),
        z.string().trim().max(BIO_MAX_LENGTH, t('profiles.bio.tooLong')),
      ),
      bioAudience: audience(t),
      photo: z.instanceof(File).optional(),
      removePhoto: z.array(z.literal('yes')).default([]),
      photoAlt: z.preprocess(blankToUndefined, z.string().trim().max(300, t('profiles.photoAlt.tooLong')).optional()),
      photoAudience: audience(t),
    })
    .superRefine((form, context) => {
      const keepsPhoto = options.hasStoredPhoto && form.removePhoto.length === 0
      if ((form.photo || keepsPhoto) && !form.photoAlt) {
        context.addIssue({ code: 'custom', path: ['photoAlt'], message: t('profiles.photoAlt.missing') })
      }
    })
export type ProfileForm = z.infer<ReturnType<typeof ProfileForm>>

/** The audiences chosen in the form, one per profile field. */
export function visibilityFromForm(form: ProfileForm) {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, form[audienceFieldName(field)]])) as Record<
    ProfileField,
    (typeof AUDIENCES)[number]
  >
}
