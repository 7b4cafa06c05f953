import { z } from 'zod'
import { type FormBody, type FormError, type FormValues, parseForm } from '../../platform/forms/parse-form.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { checkUpload, fileTypesOfKind } from '../../platform/storage/index.js'
import { ACTIVITY_KINDS } from '../activities/index.js'
import type { AcceptedFile, MethodInput } from './commands.js'
import { MAX_GROUP_SIZE } from './filter.js'
import { METHOD_EFFORTS, METHOD_FORMATS, RESOURCE_KINDS } from './tables.js'

export const MAX_RESOURCE_BYTES = 10 * 1024 * 1024
export const RESOURCE_FILE_TYPES = fileTypesOfKind('document')
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Peer-learning visit" → "peer-learning-visit". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

const text = (t: Translate, field: string, max: number, required = true) => {
  const base = z
    .string()
    .trim()
    .max(max, t(`methods.form.${field}.tooLong`))
  return required
    ? z.string({ error: t(`methods.form.${field}.missing`) }).pipe(base.min(1, t(`methods.form.${field}.missing`)))
    : z
        .string()
        .optional()
        .transform((value) => value ?? '')
        .pipe(base)
}

const groupNumber = (t: Translate, field: 'groupMin' | 'groupMax') =>
  z
    .string({ error: t(`methods.form.${field}.missing`) })
    .trim()
    .min(1, t(`methods.form.${field}.missing`))
    .regex(/^\d+$/, t('methods.form.group.notNumber'))
    .transform(Number)
    .pipe(
      z.number().int().min(1, t('methods.form.group.notNumber')).max(MAX_GROUP_SIZE, t('methods.form.group.tooMany')),
    )

export const MethodForm = (t: Translate) =>
  z
    .object({
      name: text(t, 'name', 120),
      slug: z
        .string()
        .optional()
        .transform((value) => (value ?? '').trim().toLowerCase())
        .refine(
          (value) => value === '' || (SLUG_PATTERN.test(value) && value.length <= 80),
          t('methods.form.slug.invalid'),
        ),
      summary: text(t, 'summary', 400),
      whatItIs: text(t, 'whatItIs', 5000),
      whenToUse: text(t, 'whenToUse', 5000),
      steps: text(t, 'steps', 8000),
      outcomes: text(t, 'outcomes', 5000),
      pitfalls: text(t, 'pitfalls', 5000),
      effort: z.enum(METHOD_EFFORTS, { error: t('methods.form.effort.missing') }),
      duration: text(t, 'duration', 120),
      groupMin: groupNumber(t, 'groupMin'),
      groupMax: groupNumber(t, 'groupMax'),
      format: z.enum(METHOD_FORMATS, { error: t('methods.form.format.missing') }),
      activityKinds: z.array(z.enum(ACTIVITY_KINDS, { error: t('methods.form.activityKinds.invalid') })),
    })
    .refine((form) => form.groupMax >= form.groupMin, {
      path: ['groupMax'],
      message: t('methods.form.groupMax.belowMin'),
    })
export type MethodForm = z.infer<ReturnType<typeof MethodForm>>

/** One step per line in the form; blank lines and list markers ("1.", "-") are dropped. */
export function stepsFromText(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').trim())
    .filter(Boolean)
}

export function methodInputFrom(form: MethodForm): MethodInput {
  return {
    slug: form.slug || slugify(form.name),
    name: form.name,
    summary: form.summary,
    language: 'en',
    whatItIs: form.whatItIs,
    whenToUse: form.whenToUse,
    steps: stepsFromText(form.steps),
    outcomes: form.outcomes,
    pitfalls: form.pitfalls,
    effort: form.effort,
    duration: form.duration,
    groupMin: form.groupMin,
    groupMax: form.groupMax,
    format: form.format,
    activityKinds: [...new Set(form.activityKinds)],
  }
}

/** The form's values for an existing method (steps one per line). */
export function methodValues(method: MethodInput): FormValues {
  return {
    name: method.name,
    slug: method.slug,
    summary: method.summary,
    whatItIs: method.whatItIs ?? '',
    whenToUse: method.whenToUse ?? '',
    steps: (method.steps ?? []).join('\n'),
    outcomes: method.outcomes ?? '',
    pitfalls: method.pitfalls ?? '',
    effort: method.effort,
    duration: method.duration ?? '',
    groupMin: String(method.groupMin),
    groupMax: String(method.groupMax),
    format: method.format,
    activityKinds: method.activityKinds ?? [],
  }
}

export const ResourceForm = (t: Translate) =>
  z.object({
    kind: z.enum(RESOURCE_KINDS, { error: t('methods.resourceForm.kind.missing') }),
    title: text(t, 'resourceTitle', 200),
    description: text(t, 'description', 2000, false),
  })
export type ResourceForm = z.infer<ReturnType<typeof ResourceForm>>

export type ParsedResourceForm =
  | { ok: true; data: ResourceForm; file?: AcceptedFile; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] }

/**
 * The resource form and its file, checked by content, so one answer lists every problem at once.
 * A template must have a file; a contact must not need one.
 */
export async function parseResourceForm(body: FormBody, t: Translate): Promise<ParsedResourceForm> {
  const form = parseForm(ResourceForm(t), body, { t })
  const submitted = body instanceof FormData || body instanceof URLSearchParams ? body.get('file') : body.file
  const file = submitted instanceof File && (submitted.size > 0 || submitted.name !== '') ? submitted : undefined
  const errors: FormError[] = form.ok ? [] : [...form.errors]
  let accepted: AcceptedFile | undefined
  if (file) {
    const checked = await checkUpload(file, RESOURCE_FILE_TYPES, MAX_RESOURCE_BYTES)
    if (checked.ok) accepted = { bytes: checked.bytes, type: checked.type, name: checked.name }
    else errors.push({ field: 'file', message: t(`methods.resourceForm.file.${checked.reason}`) })
  } else if (form.ok && form.data.kind === 'template') {
    errors.push({ field: 'file', message: t('methods.resourceForm.file.missing') })
  }
  if (!form.ok || errors.length > 0) return { ok: false, values: form.values, errors }
  return { ok: true, data: form.data, file: accepted, values: form.values }
}
