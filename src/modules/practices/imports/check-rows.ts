import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { FormError } from '../../../platform/forms/parse-form.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { organisations } from '../../accounts/tables.js'
import type { PracticeInput, PracticeTranslationInput } from '../commands.js'
import { PRACTICE_LANGUAGES, PracticeFields, practiceColumns, sectionsMissingForReview } from '../practice-fields.js'
import { practiceSlugRedirects, practices } from '../tables.js'
import { RESERVED_SLUGS, slugFromTitle } from '../workflow/slug.js'
import { IMPORT_COLUMNS, type ImportRecord, JSON_ONLY_FIELDS } from './parse-file.js'

/** One row as the preview shows it: what would be created, or why it cannot be. */
export interface CheckedRow {
  rowNumber: number
  title: string
  slug: string
  problems: FormError[]
  /** What the import writes for this row; only when it has no problem. */
  input?: PracticeInput
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const LIST_FIELDS = ['themes', 'transformations'] as const
const TEXT_FIELDS = ['title', 'summary', 'challenge', 'approach', 'results', 'transferability', 'lessons'] as const

const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'string' ? value : String(value)

/** "heritage; tourism" in a cell, or ["heritage", "tourism"] in JSON. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map((item) => text(item) ?? '') : (text(value) ?? '').split(/[;,]/)
  return items.map((item) => item.trim().toLowerCase()).filter(Boolean)
}

/** Links as "Label | URL" lines in a cell; in JSON also a list of lines or of { label, url }. */
function linkLines(value: unknown): string {
  if (!Array.isArray(value)) return text(value) ?? ''
  return value
    .map((item) =>
      item !== null && typeof item === 'object'
        ? `${text((item as { label?: unknown }).label) ?? ''} | ${text((item as { url?: unknown }).url) ?? ''}`
        : (text(item) ?? ''),
    )
    .join('\n')
}

/** The record in the shape PracticeFields reads: the same rules as the practice form. */
function fieldsInput(values: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const column of IMPORT_COLUMNS) input[column] = text(values[column])
  for (const field of LIST_FIELDS) input[field] = list(values[field])
  input.links = linkLines(values.links)
  if (!input.language || (input.language as string).trim() === '') input.language = 'en'
  else input.language = (input.language as string).trim().toLowerCase()
  return input
}

function issuesToProblems(issues: { path: PropertyKey[]; message: string }[]): FormError[] {
  const problems: FormError[] = []
  for (const issue of issues) {
    const first = issue.path[0]
    const field = typeof first === 'string' ? first : ''
    if (!problems.some((problem) => problem.field === field)) problems.push({ field, message: issue.message })
  }
  return problems
}

function checkTranslations(
  value: unknown,
  language: string,
  t: Translate,
): { translations: PracticeTranslationInput[]; problem?: FormError } {
  if (value === undefined || value === null) return { translations: [] }
  const invalid = (message: string) => ({ translations: [], problem: { field: 'translations', message } })
  if (!Array.isArray(value)) return invalid(t('practices.import.problem.translations'))
  const translations: PracticeTranslationInput[] = []
  for (const item of value) {
    if (item === null || typeof item !== 'object') return invalid(t('practices.import.problem.translations'))
    const entry = item as Record<string, unknown>
    const translationLanguage = (text(entry.language) ?? '').trim().toLowerCase()
    if (!(PRACTICE_LANGUAGES as readonly string[]).includes(translationLanguage) || translationLanguage === language)
      return invalid(t('practices.import.problem.translationLanguage', { language: translationLanguage || '—' }))
    if (translations.some((translation) => translation.language === translationLanguage))
      return invalid(t('practices.import.problem.translationTwice', { language: translationLanguage }))
    const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, (text(entry[field]) ?? '').trim()]))
    if (!texts.title || !texts.summary)
      return invalid(t('practices.import.problem.translationIncomplete', { language: translationLanguage }))
    translations.push({ language: translationLanguage, ...(texts as Omit<PracticeTranslationInput, 'language'>) })
  }
  return { translations }
}

const fold = (title: string) => title.trim().toLocaleLowerCase()

/**
 * Checks every row with the practice form's rules (PracticeFields), and what only an import can
 * get wrong: a column the file should not have, an organisation that does not exist, and slugs or
 * titles used twice in the file or by practices already in the catalogue. Writes nothing.
 */
export async function checkImportRows(
  db: Db,
  records: readonly ImportRecord[],
  options: { publish: boolean; t: Translate },
): Promise<CheckedRow[]> {
  const { t } = options
  const organisationSlugs = [
    ...new Set(records.map((record) => (text(record.values.organisation) ?? '').trim()).filter(Boolean)),
  ]
  const knownOrganisations = new Map(
    organisationSlugs.length === 0
      ? []
      : (
          await db
            .select({ id: organisations.id, slug: organisations.slug })
            .from(organisations)
            .where(inArray(organisations.slug, organisationSlugs))
        ).map((row) => [row.slug, row.id]),
  )
  const rows = records.map((record) => {
    const input = fieldsInput(record.values)
    const title = (input.title as string | undefined)?.trim() ?? ''
    const givenSlug = (input.slug as string | undefined)?.trim() ?? ''
    return { record, input, title, slug: givenSlug || slugFromTitle(title), givenSlug }
  })
  const slugs = [...new Set(rows.map((row) => row.slug))]
  const titles = [...new Set(rows.map((row) => fold(row.title)).filter(Boolean))]
  const takenSlugs = new Set<string>()
  const takenTitles = new Set<string>()
  if (slugs.length > 0) {
    for (const row of await db.select({ slug: practices.slug }).from(practices).where(inArray(practices.slug, slugs)))
      takenSlugs.add(row.slug)
    for (const row of await db
      .select({ slug: practiceSlugRedirects.oldSlug })
      .from(practiceSlugRedirects)
      .where(inArray(practiceSlugRedirects.oldSlug, slugs)))
      takenSlugs.add(row.slug)
  }
  if (titles.length > 0)
    for (const row of await db
      .select({ title: sql<string>`lower(${practices.title})` })
      .from(practices)
      .where(inArray(sql`lower(${practices.title})`, titles)))
      takenTitles.add(row.title)

  const firstRowWithSlug = new Map<string, number>()
  const firstRowWithTitle = new Map<string, number>()
  const Fields = PracticeFields(t)
  return rows.map(({ record, input, title, slug, givenSlug }) => {
    const problems: FormError[] = []
    const unknown = Object.keys(record.values).filter(
      (key) =>
        !(IMPORT_COLUMNS as readonly string[]).includes(key) && !(JSON_ONLY_FIELDS as readonly string[]).includes(key),
    )
    for (const key of unknown)
      problems.push({ field: key, message: t('practices.import.problem.unknownField', { field: key }) })
    if (givenSlug && (!SLUG.test(givenSlug) || givenSlug.length > 80))
      problems.push({ field: 'slug', message: t('practices.import.problem.slugInvalid') })
    else if (RESERVED_SLUGS.has(slug) || takenSlugs.has(slug))
      problems.push({ field: 'slug', message: t('practices.import.problem.slugTaken', { slug }) })
    else if (firstRowWithSlug.has(slug))
      problems.push({
        field: 'slug',
        message: t('practices.import.problem.slugTwice', { slug, row: firstRowWithSlug.get(slug)! }),
      })
    if (!firstRowWithSlug.has(slug)) firstRowWithSlug.set(slug, record.rowNumber)
    const parsed = Fields.safeParse(input, { error: () => t('ui.form.invalid') })
    if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues))
    if (title) {
      if (takenTitles.has(fold(title)))
        problems.push({ field: 'title', message: t('practices.import.problem.titleTaken') })
      else if (firstRowWithTitle.has(fold(title)))
        problems.push({
          field: 'title',
          message: t('practices.import.problem.titleTwice', { row: firstRowWithTitle.get(fold(title))! }),
        })
      else firstRowWithTitle.set(fold(title), record.rowNumber)
    }
    const organisation = (text(record.values.organisation) ?? '').trim()
    const organisationId = organisation ? knownOrganisations.get(organisation) : undefined
    if (organisation && !organisationId)
      problems.push({
        field: 'organisation',
        message: t('practices.import.problem.organisationUnknown', { organisation }),
      })
    const language = (input.language as string) ?? 'en'
    const { translations, problem } = checkTranslations(record.values.translations, language, t)
    if (problem) problems.push(problem)
    if (parsed.success && options.publish) problems.push(...sectionsMissingForReview(parsed.data, t))
    if (problems.length > 0 || !parsed.success) return { rowNumber: record.rowNumber, title, slug, problems }
    return {
      rowNumber: record.rowNumber,
      title,
      slug,
      problems,
      input: {
        ...practiceColumns(parsed.data),
        slug,
        organisationId: organisationId ?? null,
        publicationStatus: options.publish ? 'published' : 'draft',
        translations,
      },
    }
  })
}
