import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { stripLocale } from '../../platform/http/page-context.js'
import { renderPage } from '../../platform/http/render.js'
import { type FileType, fileStorageFor, serveStoredFile } from '../../platform/storage/index.js'
import { listActivityCardsByIds } from '../activities/index.js'
import { listPracticeCardsByIds } from '../practices/index.js'
import { contributeItem, type LibraryEnv, reviewItem, updateItem } from './commands.js'
import { libraryAtomFeed, podcastRss } from './feeds.js'
import { MAX_BYTES } from './files.js'
import { parseLibraryFilter } from './filter.js'
import { parseItemForm, ReviewForm } from './forms.js'
import { podcastEditorRoutes } from './podcasts/routes.js'
import { canContribute, canEditItem, canManagePodcasts, canModerate, canReadItem } from './policy.js'
import {
  findItemBySlug,
  findPodcastById,
  findPodcastBySlug,
  listContributions,
  listEpisodes,
  listPodcasts,
  listQueue,
  searchLibrary,
} from './queries.js'
import { relatedText, resolveRelated } from './related.js'
import type { LibraryItem } from './tables.js'
import { ItemFormPage } from './views/item-form-page.js'
import { ItemPage } from './views/item-page.js'
import { LibraryListPage } from './views/library-list-page.js'
import { PodcastPage } from './views/podcast-page.js'
import { QueuePage } from './views/queue-page.js'
import { isWebVtt } from './views/transcript.js'

/**
 * GET / · GET /feed.xml · GET|POST /contribute · GET /mine · GET /review · GET /podcasts/:slug
 * (+ /feed.xml, /cover) · GET /:slug · GET|POST /:slug/edit · POST /:slug/review ·
 * GET /:slug/file|cover|preview|transcript; mounted at /:locale/library.
 */
export const libraryRoutes = new Hono<AppEnv>()

// Before the public show pages, so /podcasts/new is not taken for a show's slug.
libraryRoutes.route('/podcasts', podcastEditorRoutes)

const envOf = (c: Context<AppEnv>): LibraryEnv => ({
  now: c.var.now(),
  baseUrl: c.var.config.http.baseUrl,
  storage: fileStorageFor(c.var.config),
})

function signIn(c: Context<AppEnv>) {
  const url = new URL(c.req.url)
  return c.redirect(
    `/${c.var.locale}/sign-in?next=${encodeURIComponent(`${stripLocale(url.pathname)}${url.search}`)}`,
    303,
  )
}

/** The item, if the person may see it: 404 otherwise, so contributions waiting are never revealed. */
async function readableItem(c: Context<AppEnv>): Promise<LibraryItem> {
  const item = await findItemBySlug(c.var.db, c.req.param('slug') ?? '')
  if (!item || !canReadItem(c.var.actor, item)) throw new NotFoundError('library item')
  return item
}

/**
 * Any file up to the largest kind's limit reaches the form's own check, which names the problem next
 * to the field and keeps every answer. Only a body beyond that is cut off unread (before it fills the
 * memory): the form comes back with a message beside the file, its answers lost.
 */
const uploadLimit = bodyLimit({
  maxSize: MAX_BYTES.video + MAX_BYTES.image + 1024 * 1024,
  onError: async (c) => {
    if (!c.var.actor) return signIn(c)
    const slug = c.req.param('slug')
    const item = slug ? await findItemBySlug(c.var.db, slug) : undefined
    const readable = item && canEditItem(c.var.actor, item) ? item : undefined
    const errors = [{ field: 'file', message: c.var.t('library.form.file.tooLargeUnread') }]
    const response = await showForm(c, {
      item: readable,
      related: readable ? await relatedText(c.var.db, readable, c.var.locale) : undefined,
      errors,
    })
    return new Response(response.body, { status: 413, headers: response.headers })
  },
})

libraryRoutes.get('/', async (c) => {
  const ctx = c.var.pageContext()
  const filter = parseLibraryFilter(new URL(c.req.url).searchParams)
  const [result, podcasts] = await Promise.all([searchLibrary(c.var.db, filter), listPodcasts(c.var.db)])
  return renderPage(
    c,
    <LibraryListPage
      ctx={ctx}
      filter={filter}
      result={result}
      podcasts={podcasts}
      canContribute={canContribute(c.var.actor)}
      canModerate={canModerate(c.var.actor)}
    />,
  )
})

libraryRoutes.get('/feed.xml', async (c) => {
  const xml = await libraryAtomFeed(c.var.db, { locale: c.var.locale, baseUrl: c.var.config.http.baseUrl, t: c.var.t })
  return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
})

async function showForm(
  c: Context<AppEnv>,
  options: {
    item?: LibraryItem
    related?: { relatedPractices: string; relatedActivities: string }
    values?: Record<string, string | string[]>
    errors?: { field: string; message: string }[]
  } = {},
) {
  const podcasts = await listPodcasts(c.var.db)
  return renderPage(
    c,
    <ItemFormPage
      ctx={c.var.pageContext()}
      item={options.item}
      related={options.related}
      podcasts={podcasts}
      direct={canModerate(c.var.actor)}
      values={options.values}
      errors={options.errors}
    />,
    options.errors ? 422 : 200,
  )
}

libraryRoutes.get('/contribute', async (c) => {
  if (!c.var.actor) return signIn(c)
  if (!canContribute(c.var.actor)) throw new ForbiddenError()
  return showForm(c)
})

libraryRoutes.post('/contribute', uploadLimit, async (c) => {
  if (!c.var.actor) return signIn(c)
  if (!canContribute(c.var.actor)) throw new ForbiddenError()
  const podcasts = await listPodcasts(c.var.db)
  const form = await parseItemForm(c.var.t, await c.req.parseBody({ all: true }), {
    podcastIds: podcasts.map((podcast) => podcast.id),
  })
  if (!form.ok) return showForm(c, { values: form.values, errors: form.errors })
  const related = await resolveRelated(c.var.db, c.var.t, form.related)
  if (!related.ok) return showForm(c, { values: form.values, errors: related.errors })
  const result = await contributeItem(
    c.var.db,
    c.var.actor,
    { ...form.input, practiceIds: related.practiceIds, activityIds: related.activityIds },
    { file: form.file, cover: form.cover },
    envOf(c),
  )
  if (!result.ok) throw new ForbiddenError()
  const done = result.item.status === 'published' ? 'published' : 'submitted'
  return c.redirect(`/${c.var.locale}/library/${result.item.slug}?done=${done}`, 303)
})

libraryRoutes.get('/mine', async (c) => {
  if (!c.var.actor) return signIn(c)
  const rows = await listContributions(c.var.db, c.var.actor.id)
  return renderPage(c, <QueuePage ctx={c.var.pageContext()} rows={rows} mode="mine" />)
})

libraryRoutes.get('/review', async (c) => {
  if (!c.var.actor) return signIn(c)
  if (!canModerate(c.var.actor)) throw new ForbiddenError()
  const rows = await listQueue(c.var.db, ['submitted', 'changes-requested'])
  return renderPage(c, <QueuePage ctx={c.var.pageContext()} rows={rows} mode="review" />)
})

libraryRoutes.get('/podcasts/:slug', async (c) => {
  const podcast = await findPodcastBySlug(c.var.db, c.req.param('slug'))
  if (!podcast) throw new NotFoundError('podcast')
  const episodes = await listEpisodes(c.var.db, podcast.id)
  const done = c.req.query('done')
  const notice = done === 'saved' || done === 'episodes' ? c.var.t(`library.podcast.done.${done}`) : undefined
  return renderPage(
    c,
    <PodcastPage
      ctx={c.var.pageContext()}
      podcast={podcast}
      episodes={episodes}
      canEdit={canManagePodcasts(c.var.actor)}
      notice={notice}
    />,
  )
})

libraryRoutes.get('/podcasts/:slug/feed.xml', async (c) => {
  const podcast = await findPodcastBySlug(c.var.db, c.req.param('slug'))
  if (!podcast) throw new NotFoundError('podcast')
  const episodes = await listEpisodes(c.var.db, podcast.id)
  const xml = podcastRss({ podcast, episodes, locale: c.var.locale, baseUrl: c.var.config.http.baseUrl })
  return c.body(xml, 200, { 'content-type': 'application/rss+xml; charset=utf-8' })
})

libraryRoutes.get('/podcasts/:slug/cover', async (c) => {
  const podcast = await findPodcastBySlug(c.var.db, c.req.param('slug'))
  if (!podcast?.coverKey || !podcast.coverType) throw new NotFoundError('cover')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: podcast.coverKey,
    type: podcast.coverType as FileType,
    downloadName: `${podcast.slug}-cover`,
    inline: true,
    isPublic: true,
  })
})

const DONE = ['submitted', 'published', 'saved', 'resubmitted', 'approved', 'changes-requested', 'rejected'] as const

async function showItem(
  c: Context<AppEnv>,
  item: LibraryItem,
  options: {
    values?: Record<string, string | string[]>
    errors?: { field: string; message: string }[]
    status?: 200 | 409 | 422
  } = {},
) {
  const ctx = c.var.pageContext()
  const [podcast, practices, activities] = await Promise.all([
    item.podcastId ? findPodcastById(c.var.db, item.podcastId) : Promise.resolve(undefined),
    listPracticeCardsByIds(c.var.db, item.practiceIds, ctx.locale),
    listActivityCardsByIds(c.var.db, item.activityIds),
  ])
  const done = c.req.query('done')
  const notice = done && (DONE as readonly string[]).includes(done) ? c.var.t(`library.done.${done}`) : undefined
  return renderPage(
    c,
    <ItemPage
      ctx={ctx}
      item={item}
      podcast={podcast ?? null}
      practices={practices}
      activities={activities}
      canEdit={canEditItem(c.var.actor, item)}
      canReview={canModerate(c.var.actor)}
      notice={notice}
      values={options.values}
      errors={options.errors}
    />,
    options.status ?? 200,
  )
}

libraryRoutes.get('/:slug', async (c) => showItem(c, await readableItem(c)))

async function editableItem(c: Context<AppEnv>): Promise<LibraryItem | Response> {
  if (!c.var.actor) return signIn(c)
  const item = await readableItem(c)
  if (!canEditItem(c.var.actor, item)) throw new ForbiddenError()
  return item
}

libraryRoutes.get('/:slug/edit', async (c) => {
  const item = await editableItem(c)
  if (item instanceof Response) return item
  return showForm(c, { item, related: await relatedText(c.var.db, item, c.var.locale) })
})

libraryRoutes.post('/:slug/edit', uploadLimit, async (c) => {
  const item = await editableItem(c)
  if (item instanceof Response) return item
  const podcasts = await listPodcasts(c.var.db)
  const form = await parseItemForm(c.var.t, await c.req.parseBody({ all: true }), {
    podcastIds: podcasts.map((podcast) => podcast.id),
    existing: { hasFile: Boolean(item.fileKey), hasCover: Boolean(item.coverKey) },
  })
  if (!form.ok) return showForm(c, { item, values: form.values, errors: form.errors })
  const related = await resolveRelated(c.var.db, c.var.t, form.related)
  if (!related.ok) return showForm(c, { item, values: form.values, errors: related.errors })
  form.input.practiceIds = related.practiceIds
  form.input.activityIds = related.activityIds
  const result = await updateItem(
    c.var.db,
    c.var.actor,
    item.id,
    form.input,
    { file: form.file, cover: form.cover },
    envOf(c),
  )
  if (!result.ok) throw new ForbiddenError()
  const done = item.status === 'changes-requested' && result.item.status === 'submitted' ? 'resubmitted' : 'saved'
  return c.redirect(`/${c.var.locale}/library/${result.item.slug}?done=${done}`, 303)
})

libraryRoutes.post('/:slug/review', async (c) => {
  if (!c.var.actor) return signIn(c)
  const item = await readableItem(c)
  if (!canModerate(c.var.actor)) throw new ForbiddenError()
  const t = c.var.t
  const form = parseForm(ReviewForm(t), await c.req.parseBody({ all: true }), { t })
  if (!form.ok) return showItem(c, item, { values: form.values, errors: form.errors, status: 422 })
  const { decision, comment } = form.data
  const result = await reviewItem(c.var.db, c.var.actor, item.id, decision, comment, envOf(c))
  if (!result.ok) {
    if (result.reason === 'forbidden') throw new ForbiddenError()
    const errors =
      result.reason === 'comment-missing'
        ? [
            {
              field: 'comment',
              message: t(decision === 'reject' ? 'library.review.reason.missing' : 'library.review.comment.missing'),
            },
          ]
        : [{ field: 'decision', message: t('library.review.notNow') }]
    const fresh = (await findItemBySlug(c.var.db, item.slug)) ?? item
    return showItem(c, fresh, { values: form.values, errors, status: result.reason === 'not-now' ? 409 : 422 })
  }
  const done = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changes-requested'
  return c.redirect(`/${c.var.locale}/library/${item.slug}?done=${done}`, 303)
})

/** The item's file, with byte ranges so audio and video seek; public and cacheable once published. */
libraryRoutes.get('/:slug/file', async (c) => {
  const item = await readableItem(c)
  if (!item.fileKey || !item.fileType) throw new NotFoundError('file')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: item.fileKey,
    type: item.fileType as FileType,
    downloadName: item.fileName ?? item.slug,
    isPublic: item.status === 'published',
  })
})

libraryRoutes.get('/:slug/cover', async (c) => {
  const item = await readableItem(c)
  if (!item.coverKey || !item.coverType) throw new NotFoundError('cover')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: item.coverKey,
    type: item.coverType as FileType,
    downloadName: `${item.slug}-cover`,
    inline: true,
    isPublic: item.status === 'published',
  })
})

libraryRoutes.get('/:slug/preview', async (c) => {
  const item = await readableItem(c)
  if (!item.previewKey) throw new NotFoundError('preview')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: item.previewKey,
    type: 'image/png',
    downloadName: `${item.slug}-preview.png`,
    inline: true,
    isPublic: item.status === 'published',
  })
})

/** The transcript podcast apps fetch (podcast:transcript): WebVTT as text/vtt, else plain text. */
libraryRoutes.get('/:slug/transcript', async (c) => {
  const item = await readableItem(c)
  if (!item.transcript) throw new NotFoundError('transcript')
  return c.body(item.transcript, 200, {
    'content-type': `${isWebVtt(item.transcript) ? 'text/vtt' : 'text/plain'}; charset=utf-8`,
    'x-content-type-options': 'nosniff',
  })
})
