import { z } from 'zod'
import type { FormError } from '../../platform/forms/parse-form.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { EU_LANGUAGES, isCountryCode, isTheme, POPULATION_BANDS } from '../accounts/index.js'
import { EARLIEST_YEAR, LATEST_YEAR } from './filter.js'
import { BUDGET_BANDS, PRACTICE_STATUSES, type PracticeLink, TRANSFORMATIONS } from './tables.js'

/**
 * The fields of a practice as a person types them, in one place for every way a practice is
 * written: the proposal and editing forms, and each row of a bulk import. Drafts may leave the
 * sections empty; `sectionsMissingForReview` says what a practice needs before review.
 */

/** The sections a peer needs to transfer a practice, in the order a practice page shows them. */
export const PRACTICE_SECTIONS = [
  'challenge',
  'approach',
  'resources',
  'results',
  'transferability',
  'lessons',
] as const
export type PracticeSection = (typeof PRACTICE_SECTIONS)[number]

/**
 * Every field of `PracticeFields`, in the order forms, revisions (`SNAPSHOT_FIELDS`) and the import
 * template (`IMPORT_COLUMNS`) list them: the one list those derive from (a test checks it matches).
 */
export const PRACTICE_FIELD_NAMES = [
  'title',
  'language',
  'city',
  'country',
  'summary',
  ...PRACTICE_SECTIONS,
  'themes',
  'transformations',
  'startYear',
  'status',
  'budgetBand',
  'populationBand',
  'latitude',
  'longitude',
  'links',
  'contactName',
  'contactEmail',
] as const
export type PracticeFieldName = (typeof PRACTICE_FIELD_NAMES)[number]

/** Without these a practice cannot be reviewed: they are what a peer comes for. */
export const SECTIONS_REQUIRED_FOR_REVIEW = ['challenge', 'approach', 'results', 'transferability'] as const

export const MAX_TITLE_LENGTH = 200
export const MAX_SUMMARY_LENGTH = 1200
export const MAX_SECTION_LENGTH = 20_000
export const MAX_LINKS = 10
/** Languages a practice can be written in: those whose text-search configuration Stoa ships, and more. */
export const PRACTICE_LANGUAGES = EU_LANGUAGES

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)
const blankToEmpty = (value: unknown) => value ?? ''

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/**
 * Links as typed in one text area, one per line: "https://…" or "Label | https://…". A line
 * that is not a web address makes the whole field invalid, with the line named in the message.
 */
export function parseLinkLines(text: string): { links: PracticeLink[]; badLine: string | null } {
  const links: PracticeLink[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const bar = line.lastIndexOf('|')
    const label = bar >= 0 ? line.slice(0, bar).trim() : ''
    const url = (bar >= 0 ? line.slice(bar + 1) : line).trim()
    if (!isWebLink(url) || label.length > 200 || url.length > 2000) return { links, badLine: line }
    links.push({ label: label || url, url })
  }
  return { links, badLine: null }
}

/** Links back to the text a person edits. */
export function linkLines(links: readonly PracticeLink[]): string {
  return links
    .map((link) => (link.label && link.label !== link.url ? `${link.label} | ${link.url}` : link.url))
    .join('\n')
}

const section = (t: Translate) =>
  z.preprocess(blankToEmpty, z.string().trim().max(MAX_SECTION_LENGTH, t('practices.fields.section.tooLong')))

const titleField = (t: Translate) =>
  z
    .string({ error: t('practices.fields.title.missing') })
    .trim()
    .min(1, t('practices.fields.title.missing'))
    .max(MAX_TITLE_LENGTH, t('practices.fields.title.tooLong', { max: MAX_TITLE_LENGTH }))

const summaryField = (t: Translate) =>
  z
    .string({ error: t('practices.fields.summary.missing') })
    .trim()
    .min(1, t('practices.fields.summary.missing'))
    .max(MAX_SUMMARY_LENGTH, t('practices.fields.summary.tooLong', { max: MAX_SUMMARY_LENGTH }))

const optionalYear = (t: Translate) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: t('practices.fields.startYear.invalid', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR }) })
      .int(t('practices.fields.startYear.invalid', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR }))
      .min(EARLIEST_YEAR, t('practices.fields.startYear.invalid', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR }))
      .max(LATEST_YEAR, t('practices.fields.startYear.invalid', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR }))
      .optional(),
  )

const coordinate = (t: Translate, limit: number, key: 'latitude' | 'longitude') =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: t(`practices.fields.${key}.invalid`) })
      .min(-limit, t(`practices.fields.${key}.invalid`))
      .max(limit, t(`practices.fields.${key}.invalid`))
      .optional(),
  )

/**
 * A practice's fields, every message in the writer's language. Text fields arrive as strings
 * (a form, a CSV cell); themes and transformations as arrays of codes.
 */
export const PracticeFields = (t: Translate) =>
  z
    .object({
      title: titleField(t),
      language: z.enum(PRACTICE_LANGUAGES, { error: t('practices.fields.language.unknown') }),
      city: z
        .string({ error: t('practices.fields.city.missing') })
        .trim()
        .min(1, t('practices.fields.city.missing'))
        .max(120, t('practices.fields.city.tooLong')),
      country: z
        .string({ error: t('practices.fields.country.missing') })
        .trim()
        .min(1, t('practices.fields.country.missing'))
        .transform((code) => code.toUpperCase())
        .refine(isCountryCode, t('practices.fields.country.unknown')),
      summary: summaryField(t),
      challenge: section(t),
      approach: section(t),
      resources: section(t),
      results: section(t),
      transferability: section(t),
      lessons: section(t),
      themes: z.array(z.string()).superRefine((themes, context) => {
        const unknown = themes.find((theme) => !isTheme(theme))
        if (unknown !== undefined)
          context.addIssue({ code: 'custom', message: t('practices.fields.themes.unknown', { theme: unknown }) })
      }),
      transformations: z.array(z.enum(TRANSFORMATIONS, { error: t('practices.fields.transformations.unknown') })),
      startYear: optionalYear(t),
      status: z.preprocess(
        blankToUndefined,
        z.enum(PRACTICE_STATUSES, { error: t('practices.fields.status.unknown') }).optional(),
      ),
      budgetBand: z.preprocess(
        blankToUndefined,
        z.enum(BUDGET_BANDS, { error: t('practices.fields.budgetBand.unknown') }).optional(),
      ),
      populationBand: z.preprocess(
        blankToUndefined,
        z.enum(POPULATION_BANDS, { error: t('practices.fields.populationBand.unknown') }).optional(),
      ),
      latitude: coordinate(t, 90, 'latitude'),
      longitude: coordinate(t, 180, 'longitude'),
      links: z.preprocess(blankToEmpty, z.string()).transform((text, context) => {
        const { links, badLine } = parseLinkLines(text)
        if (badLine !== null)
          context.addIssue({ code: 'custom', message: t('practices.fields.links.invalid', { line: badLine }) })
        else if (links.length > MAX_LINKS)
          context.addIssue({ code: 'custom', message: t('practices.fields.links.tooMany', { max: MAX_LINKS }) })
        return links
      }),
      contactName: z.preprocess(
        blankToUndefined,
        z.string().trim().max(200, t('practices.fields.contactName.tooLong')).optional(),
      ),
      contactEmail: z.preprocess(
        blankToUndefined,
        z
          .string()
          .trim()
          .max(254, t('practices.fields.contactEmail.invalid'))
          .pipe(z.email(t('practices.fields.contactEmail.invalid')))
          .optional(),
      ),
    })
    .superRefine((fields, context) => {
      // A position needs both numbers: one alone would put the city on the equator or meridian.
      if ((fields.latitude === undefined) !== (fields.longitude === undefined))
        context.addIssue({
          code: 'custom',
          path: [fields.latitude === undefined ? 'latitude' : 'longitude'],
          message: t('practices.fields.position.incomplete'),
        })
    })
export type PracticeFields = z.infer<ReturnType<typeof PracticeFields>>
// Every field named once in PRACTICE_FIELD_NAMES, and nothing else there (checked by the compiler).
true satisfies [Exclude<keyof PracticeFields, PracticeFieldName>] extends [never] ? true : false
true satisfies [Exclude<PracticeFieldName, keyof PracticeFields>] extends [never] ? true : false

/** Errors for the sections a practice still needs before it can be submitted for review. */
export function sectionsMissingForReview(fields: Pick<PracticeFields, PracticeSection>, t: Translate): FormError[] {
  return SECTIONS_REQUIRED_FOR_REVIEW.filter((name) => fields[name].trim() === '').map((name) => ({
    field: name,
    message: t('practices.fields.section.missing', { section: t(`practices.page.${name}`) }),
  }))
}

/** The fields of a practice for the commands (`savePractice`), nulls where nothing was given. */
export function practiceColumns(fields: PracticeFields) {
  return {
    ...fields,
    startYear: fields.startYear ?? null,
    status: fields.status ?? null,
    budgetBand: fields.budgetBand ?? null,
    populationBand: fields.populationBand ?? null,
    latitude: fields.latitude ?? null,
    longitude: fields.longitude ?? null,
    contactName: fields.contactName ?? null,
    contactEmail: fields.contactEmail ?? null,
    themes: [...new Set(fields.themes)],
    transformations: [...new Set(fields.transformations)],
  }
}

/** The texts of a translation: the same rules as the original's title, summary and sections. */
export const PracticeTranslationFields = (t: Translate) =>
  z.object({
    title: titleField(t),
    summary: summaryField(t),
    challenge: section(t),
    approach: section(t),
    results: section(t),
    transferability: section(t),
    lessons: section(t),
  })
export type PracticeTranslationFields = z.infer<ReturnType<typeof PracticeTranslationFields>>

/** The sections a translation carries (resources are figures and names, kept in the original). */
export const TRANSLATED_SECTIONS = ['challenge', 'approach', 'results', 'transferability', 'lessons'] as const
