import { z } from 'zod'
import type { FormBody, FormError, FormValues } from '../../../platform/forms/parse-form.js'
import { parseForm } from '../../../platform/forms/parse-form.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { checkUpload } from '../../../platform/storage/index.js'
import { EU_LANGUAGES } from '../../accounts/index.js'
import { type AcceptedFile, slugFromTitle } from '../commands.js'
import { ACCEPTED_TYPES, MAX_BYTES } from '../files.js'
import type { Podcast } from '../tables.js'
import type { EpisodeChoice, PodcastInput } from './commands.js'

/**
 * Apple Podcasts' top-level categories, written as Apple spells them: the feed's
 * `itunes:category` must be one of these for directories to file the show.
 */
export const PODCAST_CATEGORIES = [
  'Arts',
  'Business',
  'Comedy',
  'Education',
  'Fiction',
  'Government',
  'Health & Fitness',
  'History',
  'Kids & Family',
  'Leisure',
  'Music',
  'News',
  'Religion & Spirituality',
  'Science',
  'Society & Culture',
  'Sports',
  'Technology',
  'True Crime',
  'TV & Film',
] as const

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? '')

const required = (t: Translate, field: string, max: number) =>
  z
    .string({ error: t(`library.podcastForm.${field}.missing`) })
    .trim()
    .min(1, t(`library.podcastForm.${field}.missing`))
    .max(max, t(`library.podcastForm.${field}.tooLong`))

export const PodcastForm = (t: Translate) =>
  z.object({
    title: required(t, 'title', 200),
    slug: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim().toLowerCase())
      .refine(
        (value) => value === '' || (SLUG_PATTERN.test(value) && value.length <= 80),
        t('library.podcastForm.slug.invalid'),
      ),
    description: required(t, 'description', 4000),
    author: required(t, 'author', 200),
    ownerEmail: z
      .string({ error: t('library.podcastForm.ownerEmail.missing') })
      .trim()
      .min(1, t('library.podcastForm.ownerEmail.missing'))
      .max(254, t('library.podcastForm.ownerEmail.invalid'))
      .pipe(z.email(t('library.podcastForm.ownerEmail.invalid'))),
    language: z.enum(EU_LANGUAGES, { error: t('library.podcastForm.language.missing') }),
    category: z.enum(PODCAST_CATEGORIES, { error: t('library.podcastForm.category.missing') }),
    explicit: z
      .string()
      .optional()
      .transform((value) => value === 'yes'),
    coverAlt: text(250, t('library.podcastForm.coverAlt.tooLong')),
  })

export function podcastValues(podcast: Podcast): FormValues {
  return {
    title: podcast.title,
    slug: podcast.slug,
    description: podcast.description,
    author: podcast.author,
    ownerEmail: podcast.ownerEmail,
    language: podcast.language,
    category: podcast.category,
    explicit: podcast.explicit ? 'yes' : '',
    coverAlt: podcast.coverAlt,
  }
}

export type ParsedPodcastForm =
  | { ok: true; input: PodcastInput; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] }

const ORDER = ['title', 'slug', 'description', 'author', 'ownerEmail', 'language', 'category', 'explicit', 'cover']

/** The show's form and its cover, checked by content; a cover (new or kept) needs its alt text. */
export async function parsePodcastForm(t: Translate, body: FormBody, hasCover: boolean): Promise<ParsedPodcastForm> {
  const form = parseForm(PodcastForm(t), body, { t })
  const errors: FormError[] = form.ok ? [] : [...form.errors]
  const raw = body instanceof FormData || body instanceof URLSearchParams ? body.get('cover') : body.cover
  const file = raw instanceof File && (raw.size > 0 || raw.name !== '') ? raw : undefined
  let cover: AcceptedFile | undefined
  if (file) {
    const checked = await checkUpload(file, ACCEPTED_TYPES.image, MAX_BYTES.image)
    if (checked.ok) cover = { bytes: checked.bytes, type: checked.type, name: checked.name }
    else
      errors.push({
        field: 'cover',
        message: t(`library.podcastForm.cover.${checked.reason === 'too-large' ? 'tooLarge' : 'wrongType'}`),
      })
  }
  if ((file || hasCover) && String(form.values.coverAlt ?? '').trim() === '')
    errors.push({ field: 'coverAlt', message: t('library.podcastForm.coverAlt.missing') })
  if (!form.ok || errors.length > 0) {
    errors.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field))
    return { ok: false, values: form.values, errors }
  }
  const data = form.data
  return {
    ok: true,
    values: form.values,
    input: {
      slug: data.slug || slugFromTitle(data.title),
      title: data.title,
      description: data.description,
      author: data.author,
      ownerEmail: data.ownerEmail,
      language: data.language,
      category: data.category,
      explicit: data.explicit,
      coverAlt: data.coverAlt,
      cover,
    },
  }
}

/** The field of an episode's number on the episodes form (an id that a summary link can land on). */
export const numberField = (itemId: string) => `number-${itemId}`

/**
 * The episodes form: the ticked items (`episode`, their ids) each with its number. Numbers are
 * whole numbers from 1; the command checks the rest (a published episode with audio, no number twice).
 */
export function parseEpisodesForm(
  t: Translate,
  body: FormBody,
  candidateIds: string[],
):
  | { ok: true; episodes: EpisodeChoice[]; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] } {
  const get = (name: string): string[] => {
    if (body instanceof FormData || body instanceof URLSearchParams)
      return body.getAll(name).filter((value): value is string => typeof value === 'string')
    const value = body[name]
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
      (entry): entry is string => typeof entry === 'string',
    )
  }
  const ticked = get('episode').filter((id) => candidateIds.includes(id))
  const values: FormValues = { episode: ticked }
  for (const id of candidateIds) values[numberField(id)] = (get(numberField(id))[0] ?? '').trim()
  const errors: FormError[] = []
  const episodes: EpisodeChoice[] = []
  for (const id of candidateIds) {
    if (!ticked.includes(id)) continue
    const raw = String(values[numberField(id)])
    if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1)
      errors.push({ field: numberField(id), message: t('library.episodes.number.invalid') })
    else episodes.push({ itemId: id, episodeNumber: Number(raw) })
  }
  return errors.length > 0 ? { ok: false, values, errors } : { ok: true, episodes, values }
}
