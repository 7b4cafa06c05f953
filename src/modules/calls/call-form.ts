import { z } from 'zod'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { isTimeZone, zonedTimeToUtc } from '../../platform/time/zoned-time.js'
import { COUNTRY_CODES, ORGANISATION_KINDS } from '../accounts/index.js'
import {
  APPLICANT_TYPES,
  CALL_KINDS,
  type Criterion,
  PRACTICE_FIELDS,
  type PracticeField,
  type Round,
  type RoundCriteria,
} from './tables.js'

/** The form field holding each round's criteria ("criteria" is the expert round's, as it always was). */
export const CRITERIA_FIELDS: Record<Round, string> = {
  eligibility: 'eligibilityCriteria',
  experts: 'criteria',
  panel: 'panelCriteria',
}

/** "Name | weight | scale | description", one criterion a line. */
export function parseCriteria(text: string): Criterion[] | null {
  const criteria: Criterion[] = []
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue
    const [name = '', weight = '', scale = '', ...rest] = line.split('|').map((part) => part.trim())
    const weightValue = Number(weight)
    const scaleValue = Number(scale)
    if (!name || !Number.isFinite(weightValue) || weightValue <= 0 || !Number.isInteger(scaleValue) || scaleValue < 1)
      return null
    criteria.push({
      id: `c${index + 1}`,
      name,
      weight: weightValue,
      scaleMax: scaleValue,
      description: rest.join(' | '),
    })
  }
  return criteria
}

export function criteriaToText(criteria: Criterion[]): string {
  return criteria
    .map((criterion) => [criterion.name, criterion.weight, criterion.scaleMax, criterion.description].join(' | '))
    .join('\n')
}

/** "questionId = field", one mapping a line. */
export function parseMapping(text: string): Record<string, PracticeField> | null {
  const mapping: Record<string, PracticeField> = {}
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const [question = '', field = ''] = line.split('=').map((part) => part.trim())
    if (!question || !(PRACTICE_FIELDS as readonly string[]).includes(field)) return null
    mapping[question] = field as PracticeField
  }
  return mapping
}

export function mappingToText(mapping: Record<string, PracticeField>): string {
  return Object.entries(mapping)
    .map(([question, field]) => `${question} = ${field}`)
    .join('\n')
}

const criteriaField = (t: Translate) =>
  z
    .string()
    .max(10000)
    .default('')
    .transform((value, context) => {
      const parsed = parseCriteria(value)
      if (parsed === null) {
        context.addIssue({ code: 'custom', message: t('calls.form.criteria.invalid') })
        return z.NEVER
      }
      return parsed
    })

const flag = z
  .array(z.string())
  .default([])
  .transform((values) => values.includes('yes'))

/** The editors' call form, checked as a whole; times are wall-clock times in the call's zone. */
export const CallForm = (t: Translate) =>
  z
    .object({
      title: z.string().trim().min(1, t('calls.form.title.missing')).max(200, t('calls.form.title.tooLong')),
      slug: z
        .string()
        .trim()
        .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, t('calls.form.slug.invalid'))
        .max(100, t('calls.form.slug.invalid')),
      kind: z.enum(CALL_KINDS, { error: t('calls.form.kind.missing') }),
      description: z.string().trim().min(1, t('calls.form.description.missing')).max(20000),
      guidance: z.string().trim().max(20000),
      eligibleCountries: z.array(z.enum(COUNTRY_CODES, { error: t('calls.form.countries.invalid') })).default([]),
      eligibleOrganisationKinds: z
        .array(z.enum(ORGANISATION_KINDS, { error: t('calls.form.kinds.invalid') }))
        .default([]),
      applicantType: z.enum(APPLICANT_TYPES, { error: t('calls.form.applicantType.missing') }),
      timeZone: z
        .string()
        .trim()
        .refine((value) => isTimeZone(value), t('calls.form.timeZone.invalid')),
      opensAt: z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, t('calls.form.opensAt.invalid')),
      closesAt: z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, t('calls.form.closesAt.invalid')),
      quota: z
        .string()
        .trim()
        .regex(/^(\d{1,5})?$/, t('calls.form.quota.invalid'))
        .transform((value) => (value ? Number(value) : null)),
      reviewsPerSubmission: z
        .string()
        .trim()
        .regex(/^\d{1,2}$/, t('calls.form.reviews.invalid'))
        .transform(Number)
        .refine((value) => value >= 1 && value <= 10, t('calls.form.reviews.invalid')),
      eligibilityCriteria: criteriaField(t),
      criteria: criteriaField(t),
      panelCriteria: criteriaField(t),
      practiceMapping: z
        .string()
        .max(5000)
        .default('')
        .transform((value, context) => {
          const parsed = parseMapping(value)
          if (parsed === null) {
            context.addIssue({ code: 'custom', message: t('calls.form.mapping.invalid') })
            return z.NEVER
          }
          return parsed
        }),
      referencePrefix: z
        .string()
        .trim()
        .regex(/^[A-Z]{1,6}$/, t('calls.form.prefix.invalid')),
      blind: flag,
      editAfterSubmit: flag,
      sameCountryConflict: flag,
    })
    .transform((data, context) => {
      const opensAt = zonedTimeToUtc(data.opensAt, data.timeZone)
      const closesAt = zonedTimeToUtc(data.closesAt, data.timeZone)
      if (!opensAt) context.addIssue({ code: 'custom', path: ['opensAt'], message: t('calls.form.opensAt.invalid') })
      if (!closesAt) context.addIssue({ code: 'custom', path: ['closesAt'], message: t('calls.form.closesAt.invalid') })
      if (opensAt && closesAt && closesAt <= opensAt)
        context.addIssue({ code: 'custom', path: ['closesAt'], message: t('calls.form.closesAt.beforeOpening') })
      if (!opensAt || !closesAt || closesAt <= opensAt) return z.NEVER
      const { eligibilityCriteria, criteria, panelCriteria, ...rest } = data
      const byRound: RoundCriteria = {}
      if (eligibilityCriteria.length > 0) byRound.eligibility = eligibilityCriteria
      if (criteria.length > 0) byRound.experts = criteria
      if (panelCriteria.length > 0) byRound.panel = panelCriteria
      return { ...rest, criteria: byRound, opensAt, closesAt }
    })

export type CallFormData = z.output<ReturnType<typeof CallForm>>
