import { z } from 'zod'
import { type FormBody, type FormError, type FormValues, parseForm } from '../../platform/forms/parse-form.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { checkUpload, fileTypesOfKind } from '../../platform/storage/index.js'
import { THEMES } from '../accounts/index.js'
import type { AcceptedImage, NewsInput } from './commands.js'
import type { NewsItem } from './queries.js'
import { NEWS_KINDS, type RelatedLink } from './tables.js'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** GIF is left out: animated images cannot be paused (WCAG 2.2.2). */
export const NEWS_IMAGE_TYPES = fileTypesOfKind('image').filter((type) => type !== 'image/gif')
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Related content lives in these modules' pages. */
const RELATED_PREFIX = /^\/(practices|activities|calls|library|methods|programmes)\/[a-z0-9][a-z0-9/-]*$/

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

/** "Title | /practices/slug", one per line; returns null when a line is not of that form. */
export function parseRelated(text: string): RelatedLink[] | null {
  const links: RelatedLink[] = []
  for (const line of text.split(/\r?\n/).map((value) => value.trim())) {
    if (!line) continue
    const [label, path, ...rest] = line.split('|').map((part) => part.trim())
    if (!label || !path || rest.length > 0 || !RELATED_PREFIX.test(path) || label.length > 200) return null
    links.push({ label, path })
  }
  return links
}

const required = (t: Translate, field: string, max: number) =>
  z
    .string({ error: t(`news.form.${field}.missing`) })
    .trim()
    .min(1, t(`news.form.${field}.missing`))
    .max(max, t(`news.form.${field}.tooLong`))

export const NewsForm = (t: Translate) =>
  z.object({
    kind: z.enum(NEWS_KINDS, { error: t('news.form.kind.missing') }),
    title: required(t, 'title', 200),
    slug: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim().toLowerCase())
      .refine((value) => value === '' || (SLUG_PATTERN.test(value) && value.length <= 80), t('news.form.slug.invalid')),
    lead: required(t, 'lead', 600),
    body: required(t, 'body', 50_000),
    themes: z.array(z.enum(THEMES, { error: t('news.form.themes.invalid') })),
    related: z
      .string()
      .optional()
      .transform((value) => value ?? '')
      .refine((value) => parseRelated(value) !== null, t('news.form.related.invalid')),
    imageAlt: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim())
      .pipe(z.string().max(250, t('news.form.imageAlt.tooLong'))),
  })
export type NewsForm = z.infer<ReturnType<typeof NewsForm>>

export function newsInputFrom(form: NewsForm): NewsInput {
  return {
    kind: form.kind,
    title: form.title,
    slug: form.slug || slugify(form.title),
    lead: form.lead,
    body: form.body,
    language: 'en',
    themes: [...new Set(form.themes)],
    related: parseRelated(form.related) ?? [],
    imageAlt: form.imageAlt,
  }
}

export function newsValues(item: NewsItem): FormValues {
  return {
    kind: item.kind,
    title: item.title,
    slug: item.slug,
    lead: item.lead,
    body: item.body,
    themes: item.themes,
    related: item.related.map((link) => `${link.label} | ${link.path}`).join('\n'),
    imageAlt: item.imageAlt,
  }
}

export type ParsedNewsForm =
  | { ok: true; data: NewsForm; image?: AcceptedImage; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] }

/** The form and its image, checked by content; an image (new or kept) needs its alt text. */
export async function parseNewsForm(body: FormBody, t: Translate, hasImage: boolean): Promise<ParsedNewsForm> {
  const form = parseForm(NewsForm(t), body, { t })
  const submitted = body instanceof FormData || body instanceof URLSearchParams ? body.get('image') : body.image
  const file = submitted instanceof File && (submitted.size > 0 || submitted.name !== '') ? submitted : undefined
  const errors: FormError[] = form.ok ? [] : [...form.errors]
  let image: AcceptedImage | undefined
  if (file) {
    const checked = await checkUpload(file, NEWS_IMAGE_TYPES, MAX_IMAGE_BYTES)
    if (checked.ok) image = { bytes: checked.bytes, type: checked.type }
    else errors.push({ field: 'image', message: t(`news.form.image.${checked.reason}`) })
  }
  if (form.ok && (file || hasImage) && form.data.imageAlt === '')
    errors.push({ field: 'imageAlt', message: t('news.form.imageAlt.missing') })
  if (!form.ok || errors.length > 0) return { ok: false, values: form.values, errors }
  return { ok: true, data: form.data, image, values: form.values }
}
