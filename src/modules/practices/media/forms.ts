import { z } from 'zod'
import { type FormBody, type FormError, type FormValues, parseForm } from '../../../platform/forms/parse-form.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { checkUpload, fileTypesOfKind } from '../../../platform/storage/index.js'
import { PRACTICE_LANGUAGES } from '../practice-fields.js'
import type { AcceptedFile } from './commands.js'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
export const MAX_ALT_LENGTH = 250
/** GIF is left out: animated images cannot be paused by the visitor (WCAG 2.2.2). */
export const PRACTICE_IMAGE_TYPES = fileTypesOfKind('image').filter((type) => type !== 'image/gif')
export const PRACTICE_DOCUMENT_TYPES = fileTypesOfKind('document')

const language = (t: Translate) => z.enum(PRACTICE_LANGUAGES, { error: t('practices.media.language.unknown') })

export const ImageDescriptionForm = (t: Translate) =>
  z.object({
    alt: z
      .string({ error: t('practices.media.alt.missing') })
      .trim()
      .min(1, t('practices.media.alt.missing'))
      .max(MAX_ALT_LENGTH, t('practices.media.alt.tooLong')),
    credit: z
      .string()
      .trim()
      .max(200, t('practices.media.credit.tooLong'))
      .optional()
      .transform((credit) => credit ?? ''),
    altLanguage: language(t),
  })
export type ImageDescriptionForm = z.infer<ReturnType<typeof ImageDescriptionForm>>

export const ImageUploadForm = (t: Translate) =>
  z.object({
    image: z.instanceof(File, { error: t('practices.media.image.missing') }),
    ...ImageDescriptionForm(t).shape,
  })

export const DocumentUploadForm = (t: Translate) =>
  z.object({
    document: z.instanceof(File, { error: t('practices.media.document.missing') }),
    documentTitle: z
      .string({ error: t('practices.media.documentTitle.missing') })
      .trim()
      .min(1, t('practices.media.documentTitle.missing'))
      .max(200, t('practices.media.documentTitle.tooLong')),
    documentLanguage: language(t),
  })

const RULES = {
  image: { types: PRACTICE_IMAGE_TYPES, maxBytes: MAX_IMAGE_BYTES },
  document: { types: PRACTICE_DOCUMENT_TYPES, maxBytes: MAX_DOCUMENT_BYTES },
} as const

export type UploadForm<T> =
  | { ok: true; data: T; file: AcceptedFile; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] }

/**
 * Parses an upload form and checks its file by content, so one answer lists every problem at once:
 * a PDF renamed .png and a missing alt text are both reported, the typed values kept.
 */
export async function parseUploadForm<S extends z.ZodObject>(
  Schema: S,
  body: FormBody,
  kind: 'image' | 'document',
  t: Translate,
): Promise<UploadForm<z.output<S>>> {
  const form = parseForm(Schema, body, { t })
  const submitted = body instanceof FormData || body instanceof URLSearchParams ? body.get(kind) : body[kind]
  const file = submitted instanceof File && (submitted.size > 0 || submitted.name !== '') ? submitted : undefined
  let fileError: FormError | undefined
  let accepted: AcceptedFile | undefined
  if (file) {
    const checked = await checkUpload(file, RULES[kind].types, RULES[kind].maxBytes)
    if (checked.ok) accepted = { bytes: checked.bytes, type: checked.type, name: checked.name }
    else {
      const reason = checked.reason === 'too-large' ? 'tooLarge' : checked.reason === 'empty' ? 'empty' : 'wrongType'
      fileError = { field: kind, message: t(`practices.media.${kind}.${reason}`) }
    }
  }
  const errors = [...(fileError ? [fileError] : []), ...(form.ok ? [] : form.errors)]
  if (errors.length > 0 || !form.ok || !accepted) return { ok: false, values: form.values, errors }
  return { ok: true, data: form.data, file: accepted, values: form.values }
}
