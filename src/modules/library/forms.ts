import { z } from 'zod'
import type { FormBody, FormError, FormValues } from '../../platform/forms/parse-form.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { checkUpload } from '../../platform/storage/index.js'
import { EU_LANGUAGES, THEMES } from '../accounts/index.js'
import type { AcceptedFile, ItemInput } from './commands.js'
import { ACCEPTED_TYPES, MAX_BYTES, type UploadKind, URL_ONLY_KINDS, uploadKindFor } from './files.js'
import { LIBRARY_KINDS, LICENCES } from './tables.js'

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? '')

export const LibraryItemForm = (t: Translate, podcastIds: string[]) =>
  z.object({
    kind: z.enum(LIBRARY_KINDS, { error: t('library.form.kind.missing') }),
    title: z
      .string({ error: t('library.form.title.missing') })
      .trim()
      .min(1, t('library.form.title.missing'))
      .max(200, t('library.form.title.tooLong')),
    description: optionalText(20_000, t('library.form.description.tooLong')),
    authors: optionalText(500, t('library.form.authors.tooLong')),
    organisation: optionalText(300, t('library.form.organisation.tooLong')),
    language: z.enum(EU_LANGUAGES, { error: t('library.form.language.missing') }),
    themes: z.array(z.enum(THEMES, { error: t('library.form.themes.invalid') })),
    year: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100), {
        message: t('library.form.year.invalid'),
      })
      .transform((value) => (value ? Number(value) : null)),
    licence: z.enum(LICENCES, { error: t('library.form.licence.missing') }),
    url: z
      .string()
      .trim()
      .max(2000, t('library.form.url.invalid'))
      .optional()
      .refine((value) => !value || /^https?:\/\/[^\s]+$/i.test(value), { message: t('library.form.url.invalid') })
      .transform((value) => value || null),
    relatedPractices: optionalText(5000, t('library.form.related.tooLong')),
    relatedActivities: optionalText(5000, t('library.form.related.tooLong')),
    coverAlt: optionalText(250, t('library.form.coverAlt.tooLong')),
    transcript: optionalText(200_000, t('library.form.transcript.tooLong')),
    podcast: z
      .string()
      .optional()
      .refine((value) => !value || podcastIds.includes(value), { message: t('library.form.podcast.invalid') })
      .transform((value) => value || null),
    episodeNumber: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || (/^\d{1,4}$/.test(value) && Number(value) >= 1), {
        message: t('library.form.episodeNumber.invalid'),
      })
      .transform((value) => (value ? Number(value) : null)),
  })

export type ParsedItemForm =
  | {
      ok: true
      input: ItemInput
      related: { practices: string; activities: string }
      file?: AcceptedFile
      cover?: AcceptedFile
      values: FormValues
    }
  | { ok: false; values: FormValues; errors: FormError[] }

function submittedFile(body: FormBody, name: string): File | undefined {
  const value = body instanceof FormData || body instanceof URLSearchParams ? body.get(name) : body[name]
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : undefined
}

async function checkFile(t: Translate, file: File, kind: UploadKind, field: string) {
  const checked = await checkUpload(file, ACCEPTED_TYPES[kind], MAX_BYTES[kind])
  if (checked.ok) return { file: { bytes: checked.bytes, type: checked.type, name: checked.name } }
  const reason = checked.reason === 'too-large' ? 'tooLarge' : checked.reason === 'empty' ? 'empty' : 'wrongType'
  return { error: { field, message: t(`library.form.${field}.${reason}.${kind}`) } }
}

/**
 * The contribution form: fields by the schema, files by their content and size for the kind of
 * item, then the rules between fields (a course needs a link; an episode its audio; a cover its
 * alt text). Every problem comes back at once, the typed answers kept.
 */
export async function parseItemForm(
  t: Translate,
  body: FormBody,
  options: { podcastIds: string[]; existing?: { hasFile: boolean; hasCover: boolean } },
): Promise<ParsedItemForm> {
  const form = parseForm(LibraryItemForm(t, options.podcastIds), body, { t })
  const errors: FormError[] = form.ok ? [] : [...form.errors]
  const kind = form.ok
    ? form.data.kind
    : (LIBRARY_KINDS as readonly string[]).includes(String(form.values.kind))
      ? (form.values.kind as (typeof LIBRARY_KINDS)[number])
      : null
  let file: AcceptedFile | undefined
  let cover: AcceptedFile | undefined
  const uploadKind = kind ? uploadKindFor(kind) : null
  const rawFile = submittedFile(body, 'file')
  if (rawFile && kind) {
    if (!uploadKind) errors.push({ field: 'file', message: t('library.form.file.notForKind') })
    else {
      const checked = await checkFile(t, rawFile, uploadKind, 'file')
      if (checked.error) errors.push(checked.error)
      file = checked.file
    }
  }
  const rawCover = submittedFile(body, 'cover')
  if (rawCover) {
    const checked = await checkFile(t, rawCover, 'image', 'cover')
    if (checked.error) errors.push(checked.error)
    cover = checked.file
  }
  if (form.ok && kind) {
    const hasFile = Boolean(file) || (options.existing?.hasFile ?? false)
    const hasCover = Boolean(cover) || (options.existing?.hasCover ?? false)
    if (URL_ONLY_KINDS.includes(kind) && !form.data.url)
      errors.push({ field: 'url', message: t('library.form.url.required') })
    if (kind === 'podcast-episode' && !hasFile && !errors.some((error) => error.field === 'file'))
      errors.push({ field: 'file', message: t('library.form.file.audioRequired') })
    if (uploadKind && kind !== 'podcast-episode' && !hasFile && !form.data.url && !rawFile)
      errors.push({ field: 'url', message: t('library.form.url.orFile') })
    if ((hasCover || rawCover) && !form.data.coverAlt)
      errors.push({ field: 'coverAlt', message: t('library.form.coverAlt.missing') })
  }
  if (!form.ok || errors.length > 0) {
    const order = [
      'kind',
      'title',
      'description',
      'authors',
      'organisation',
      'language',
      'themes',
      'year',
      'licence',
      'url',
      'file',
      'podcast',
      'episodeNumber',
      'transcript',
      'relatedPractices',
      'relatedActivities',
      'cover',
      'coverAlt',
    ]
    errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    return { ok: false, values: form.values, errors }
  }
  const data = form.data
  return {
    ok: true,
    values: form.values,
    file,
    cover,
    related: { practices: data.relatedPractices, activities: data.relatedActivities },
    input: {
      kind: data.kind,
      title: data.title,
      description: data.description,
      authors: data.authors,
      organisation: data.organisation,
      language: data.language,
      themes: data.themes,
      year: data.year,
      licence: data.licence,
      url: data.url,
      transcript: data.transcript,
      podcastId: data.podcast,
      episodeNumber: data.episodeNumber,
      coverAlt: data.coverAlt,
    },
  }
}

export const ReviewForm = (t: Translate) =>
  z.object({
    decision: z.enum(['approve', 'request-changes', 'reject'], { error: t('library.review.decision.missing') }),
    comment: z
      .string()
      .trim()
      .max(5000, t('library.review.comment.tooLong'))
      .optional()
      .transform((value) => value ?? ''),
  })
