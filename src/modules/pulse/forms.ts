import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { isTimeZone, zonedTimeToUtc } from '../../platform/time/zoned-time.js'
import { isCountryCode, ORGANISATION_KINDS } from '../accounts/index.js'
import { PULSE_LICENCES } from './tables.js'

export const SurveyForm = (t: Translate) =>
  z
    .object({
      title: z.string().trim().min(1, t('pulse.form.title.missing')).max(300, t('pulse.form.title.tooLong')),
      slug: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, t('pulse.form.slug.invalid'))
        .max(100, t('pulse.form.slug.invalid')),
      year: z.coerce
        .number({ error: t('pulse.form.year.invalid') })
        .int(t('pulse.form.year.invalid'))
        .min(2000, t('pulse.form.year.invalid'))
        .max(2100, t('pulse.form.year.invalid')),
      description: z.string().max(10_000, t('pulse.form.description.tooLong')).optional().default(''),
      audienceKinds: z.array(z.enum(ORGANISATION_KINDS, { error: t('pulse.form.kinds.invalid') })).default([]),
      audienceCountries: z
        .string()
        .optional()
        .default('')
        .transform((value) =>
          value
            .split(/[\s,;]+/)
            .map((code) => code.trim().toUpperCase())
            .filter(Boolean),
        )
        .refine((codes) => codes.every((code) => isCountryCode(code)), t('pulse.form.countries.invalid')),
      timeZone: z.string().trim().refine(isTimeZone, t('pulse.form.timeZone.invalid')),
      opensAt: z.string().trim().min(1, t('pulse.form.opensAt.invalid')),
      closesAt: z.string().trim().min(1, t('pulse.form.closesAt.invalid')),
      licence: z.enum(PULSE_LICENCES, { error: t('pulse.form.licence.invalid') }),
      textAnswersPublic: z
        .array(z.string())
        .default([])
        .transform((values) => values.includes('yes')),
    })
    .transform((data, context) => {
      const opensAt = zonedTimeToUtc(data.opensAt, data.timeZone)
      const closesAt = zonedTimeToUtc(data.closesAt, data.timeZone)
      if (!opensAt) context.addIssue({ code: 'custom', path: ['opensAt'], message: t('pulse.form.opensAt.invalid') })
      if (!closesAt) context.addIssue({ code: 'custom', path: ['closesAt'], message: t('pulse.form.closesAt.invalid') })
      if (opensAt && closesAt && closesAt <= opensAt)
        context.addIssue({ code: 'custom', path: ['closesAt'], message: t('pulse.form.closesAt.beforeOpening') })
      return { ...data, opensAt: opensAt ?? new Date(0), closesAt: closesAt ?? new Date(0) }
    })

export const NoteForm = (t: Translate) =>
  z.object({
    note: z.string().trim().min(1, t('pulse.form.note.missing')).max(2000, t('pulse.form.note.tooLong')),
  })
