import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { parseForm } from '../../../platform/forms/parse-form.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { stripLocale } from '../../../platform/http/page-context.js'
import { renderPage } from '../../../platform/http/render.js'
import { FILE_TYPES, fileStorageFor, serveStoredFile } from '../../../platform/storage/index.js'
import { canOnPractice } from '../policy.js'
import {
  addPracticeDocument,
  addPracticeImage,
  describePracticeImage,
  movePracticeImage,
  removePracticeDocument,
  removePracticeImage,
} from './commands.js'
import {
  DocumentUploadForm,
  ImageDescriptionForm,
  ImageUploadForm,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  parseUploadForm,
} from './forms.js'
import {
  findMediaPractice,
  findPracticeDocument,
  findPracticeImage,
  listPracticeMedia,
  type MediaPractice,
} from './queries.js'
import { ImageDescriptionPage } from './views/image-description-page.js'
import { PracticeMediaPage, type PracticeMediaPageProps } from './views/practice-media-page.js'

/**
 * GET /:slug/media · POST /:slug/media/images · GET|POST /:slug/media/images/:id ·
 * POST /:slug/media/images/:id/move · POST /:slug/media/images/:id/remove ·
 * POST /:slug/media/documents · POST /:slug/media/documents/:id/remove ·
 * GET /:slug/images/:id · GET /:slug/documents/:id; mounted at /:locale/practices.
 */
export const practiceMediaRoutes = new Hono<AppEnv>()

const DONE = ['imageAdded', 'imageChanged', 'imageMoved', 'imageRemoved', 'documentAdded', 'documentRemoved'] as const

/** The practice, if the person may see it (404 otherwise, so drafts are not revealed). */
async function visiblePractice(c: Context<AppEnv>): Promise<MediaPractice> {
  const practice = await findMediaPractice(c.var.db, c.req.param('slug') ?? '')
  if (!practice || !canOnPractice(c.var.actor, 'practice.read', practice)) throw new NotFoundError('practice')
  return practice
}

/** The practice, if the person may change it: visitors are sent to sign in, others refused. */
async function editablePractice(c: Context<AppEnv>): Promise<MediaPractice | Response> {
  if (!c.var.actor) {
    const url = new URL(c.req.url)
    const next = `${stripLocale(url.pathname)}${url.search}`
    return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
  }
  const practice = await visiblePractice(c)
  if (!canOnPractice(c.var.actor, 'practice.edit', practice)) throw new ForbiddenError()
  return practice
}

const mediaPath = (c: Context<AppEnv>, practice: MediaPractice, done?: (typeof DONE)[number]) =>
  `/${c.var.locale}/practices/${practice.slug}/media${done ? `?done=${done}` : ''}`

async function showMediaPage(
  c: Context<AppEnv>,
  practice: MediaPractice,
  form?: PracticeMediaPageProps['form'],
  status: 200 | 422 = 200,
) {
  const media = await listPracticeMedia(c.var.db, practice.id)
  const done = c.req.query('done')
  const notice =
    done && (DONE as readonly string[]).includes(done) ? c.var.t(`practices.media.done.${done}`) : undefined
  return renderPage(
    c,
    <PracticeMediaPage ctx={c.var.pageContext()} practice={practice} media={media} form={form} notice={notice} />,
    status,
  )
}

/**
 * A body far beyond the file limit is cut off before it fills the memory; the page then says the
 * file was too large (the other answers are lost, since the body was never read).
 */
const uploadLimit = (kind: 'image' | 'document', maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes + 512 * 1024,
    onError: (c) =>
      c.redirect(`${new URL(c.req.url).pathname.replace(/\/(images|documents)$/, '')}?problem=${kind}-too-large`, 303),
  })

practiceMediaRoutes.get('/:slug/media', async (c) => {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  const problem = c.req.query('problem')
  if (problem === 'image-too-large' || problem === 'document-too-large') {
    const kind = problem === 'image-too-large' ? 'image' : 'document'
    const errors = [{ field: kind, message: c.var.t(`practices.media.${kind}.tooLarge`) }]
    return showMediaPage(c, practice, { name: kind, values: {}, errors })
  }
  return showMediaPage(c, practice)
})

practiceMediaRoutes.post('/:slug/media/images', uploadLimit('image', MAX_IMAGE_BYTES), async (c) => {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  const { t } = c.var
  const form = await parseUploadForm(ImageUploadForm(t), await c.req.parseBody({ all: true }), 'image', t)
  if (!form.ok) return showMediaPage(c, practice, { name: 'image', values: form.values, errors: form.errors }, 422)
  await addPracticeImage(c.var.db, fileStorageFor(c.var.config), {
    practiceId: practice.id,
    file: form.file,
    alt: form.data.alt,
    credit: form.data.credit,
    altLanguage: form.data.altLanguage,
  })
  return c.redirect(mediaPath(c, practice, 'imageAdded'), 303)
})

async function editableImage(c: Context<AppEnv>) {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  const image = await findPracticeImage(c.var.db, practice.id, c.req.param('id') ?? '')
  if (!image) throw new NotFoundError('image')
  return { practice, image }
}

practiceMediaRoutes.get('/:slug/media/images/:id', async (c) => {
  const found = await editableImage(c)
  if (found instanceof Response) return found
  return renderPage(c, <ImageDescriptionPage ctx={c.var.pageContext()} {...found} />)
})

practiceMediaRoutes.post('/:slug/media/images/:id', async (c) => {
  const found = await editableImage(c)
  if (found instanceof Response) return found
  const form = parseForm(ImageDescriptionForm(c.var.t), await c.req.parseBody({ all: true }), { t: c.var.t })
  if (!form.ok)
    return renderPage(
      c,
      <ImageDescriptionPage ctx={c.var.pageContext()} {...found} values={form.values} errors={form.errors} />,
      422,
    )
  await describePracticeImage(c.var.db, found.practice.id, found.image.id, form.data)
  return c.redirect(mediaPath(c, found.practice, 'imageChanged'), 303)
})

practiceMediaRoutes.post('/:slug/media/images/:id/move', async (c) => {
  const found = await editableImage(c)
  if (found instanceof Response) return found
  const direction = (await c.req.parseBody()).direction === 'up' ? 'up' : 'down'
  await movePracticeImage(c.var.db, found.practice.id, found.image.id, direction)
  return c.redirect(mediaPath(c, found.practice, 'imageMoved'), 303)
})

// Removing is idempotent: an image already gone (a second click, another tab) is not an error.
practiceMediaRoutes.post('/:slug/media/images/:id/remove', async (c) => {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  await removePracticeImage(c.var.db, fileStorageFor(c.var.config), practice.id, c.req.param('id'))
  return c.redirect(mediaPath(c, practice, 'imageRemoved'), 303)
})

practiceMediaRoutes.post('/:slug/media/documents', uploadLimit('document', MAX_DOCUMENT_BYTES), async (c) => {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  const { t } = c.var
  const form = await parseUploadForm(DocumentUploadForm(t), await c.req.parseBody({ all: true }), 'document', t)
  if (!form.ok) return showMediaPage(c, practice, { name: 'document', values: form.values, errors: form.errors }, 422)
  await addPracticeDocument(c.var.db, fileStorageFor(c.var.config), {
    practiceId: practice.id,
    file: form.file,
    title: form.data.documentTitle,
    language: form.data.documentLanguage,
  })
  return c.redirect(mediaPath(c, practice, 'documentAdded'), 303)
})

practiceMediaRoutes.post('/:slug/media/documents/:id/remove', async (c) => {
  const practice = await editablePractice(c)
  if (practice instanceof Response) return practice
  await removePracticeDocument(c.var.db, fileStorageFor(c.var.config), practice.id, c.req.param('id'))
  return c.redirect(mediaPath(c, practice, 'documentRemoved'), 303)
})

// Files of a published practice are public and cacheable; any other only for those who may see
// the practice, never cached, and a 404 for everyone else.
practiceMediaRoutes.get('/:slug/images/:id', async (c) => {
  const practice = await visiblePractice(c)
  const image = await findPracticeImage(c.var.db, practice.id, c.req.param('id'))
  if (!image) throw new NotFoundError('image')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: image.storageKey,
    type: image.type,
    downloadName: `${practice.slug}-${image.position}.${FILE_TYPES[image.type].extension}`,
    inline: true,
    isPublic: practice.publicationStatus === 'published',
  })
})

practiceMediaRoutes.get('/:slug/documents/:id', async (c) => {
  const practice = await visiblePractice(c)
  const document = await findPracticeDocument(c.var.db, practice.id, c.req.param('id'))
  if (!document) throw new NotFoundError('document')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: document.storageKey,
    type: document.type,
    downloadName: document.fileName,
    isPublic: practice.publicationStatus === 'published',
  })
})
