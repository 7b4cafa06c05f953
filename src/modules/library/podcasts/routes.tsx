import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { FormError, FormValues } from '../../../platform/forms/parse-form.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { stripLocale } from '../../../platform/http/page-context.js'
import { renderPage } from '../../../platform/http/render.js'
import { fileStorageFor } from '../../../platform/storage/index.js'
import { MAX_BYTES } from '../files.js'
import { canManagePodcasts } from '../policy.js'
import { findPodcastBySlug, listEpisodeCandidates } from '../queries.js'
import type { Podcast } from '../tables.js'
import { PodcastFormPage } from '../views/podcast-form-page.js'
import { createPodcast, setPodcastEpisodes, updatePodcast } from './commands.js'
import { numberField, parseEpisodesForm, parsePodcastForm, podcastValues } from './forms.js'

/**
 * The editors' pages for shows: GET|POST /new · GET|POST /:slug/edit · POST /:slug/episodes;
 * mounted at /:locale/library/podcasts before the public show pages.
 */
export const podcastEditorRoutes = new Hono<AppEnv>()

function editorOrRedirect(c: Context<AppEnv>): Response | undefined {
  if (!c.var.actor) {
    const url = new URL(c.req.url)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`${stripLocale(url.pathname)}${url.search}`)}`,
      303,
    )
  }
  if (!canManagePodcasts(c.var.actor)) throw new ForbiddenError()
  return undefined
}

async function showOr404(c: Context<AppEnv>): Promise<Podcast> {
  const podcast = await findPodcastBySlug(c.var.db, c.req.param('slug') ?? '')
  if (!podcast) throw new NotFoundError('podcast')
  return podcast
}

async function showForm(
  c: Context<AppEnv>,
  options: {
    podcast?: Podcast
    values?: FormValues
    errors?: FormError[]
    episodes?: { values: FormValues; errors?: FormError[] }
  },
) {
  const { podcast } = options
  const candidates = podcast ? await listEpisodeCandidates(c.var.db, podcast.id) : undefined
  const failed = Boolean(options.errors?.length || options.episodes?.errors?.length)
  return renderPage(
    c,
    <PodcastFormPage
      ctx={c.var.pageContext()}
      podcast={podcast}
      values={
        options.values ?? (podcast ? podcastValues(podcast) : { language: c.var.locale, category: 'Society & Culture' })
      }
      errors={options.errors}
      candidates={candidates}
      episodes={options.episodes}
    />,
    failed ? 422 : 200,
  )
}

/**
 * A cover a little over its 5 MB reaches the form's own check (message beside the field, answers
 * kept); only a body several times larger is cut off unread, and the form says so beside the cover.
 */
const uploadLimit = bodyLimit({
  maxSize: 4 * MAX_BYTES.image + 512 * 1024,
  onError: async (c) => {
    const redirect = editorOrRedirect(c)
    if (redirect) return redirect
    const slug = c.req.param('slug')
    const podcast = slug ? await findPodcastBySlug(c.var.db, slug) : undefined
    const response = await showForm(c, {
      podcast,
      errors: [{ field: 'cover', message: c.var.t('library.podcastForm.cover.tooLargeUnread') }],
    })
    return new Response(response.body, { status: 413, headers: response.headers })
  },
})

podcastEditorRoutes.get('/new', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  return showForm(c, {})
})

podcastEditorRoutes.post('/new', uploadLimit, async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const { t } = c.var
  const form = await parsePodcastForm(t, await c.req.parseBody({ all: true }), false)
  if (!form.ok) return showForm(c, { values: form.values, errors: form.errors })
  const result = await createPodcast(c.var.db, fileStorageFor(c.var.config), c.var.actor, form.input)
  if (!result.ok) {
    if (result.reason !== 'slug-taken') throw new ForbiddenError()
    return showForm(c, {
      values: form.values,
      errors: [{ field: 'slug', message: t('library.podcastForm.slug.taken') }],
    })
  }
  return c.redirect(`/${c.var.locale}/library/podcasts/${result.podcast.slug}/edit#episodes-heading`, 303)
})

podcastEditorRoutes.get('/:slug/edit', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  return showForm(c, { podcast: await showOr404(c) })
})

podcastEditorRoutes.post('/:slug/edit', uploadLimit, async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const podcast = await showOr404(c)
  const { t } = c.var
  const form = await parsePodcastForm(t, await c.req.parseBody({ all: true }), podcast.coverKey !== null)
  if (!form.ok) return showForm(c, { podcast, values: form.values, errors: form.errors })
  const result = await updatePodcast(
    c.var.db,
    fileStorageFor(c.var.config),
    c.var.actor,
    podcast.id,
    form.input,
    c.var.now(),
  )
  if (!result.ok) {
    if (result.reason === 'not-found') throw new NotFoundError('podcast')
    if (result.reason !== 'slug-taken') throw new ForbiddenError()
    return showForm(c, {
      podcast,
      values: form.values,
      errors: [{ field: 'slug', message: t('library.podcastForm.slug.taken') }],
    })
  }
  return c.redirect(`/${c.var.locale}/library/podcasts/${result.podcast.slug}?done=saved`, 303)
})

podcastEditorRoutes.post('/:slug/episodes', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const podcast = await showOr404(c)
  const { t } = c.var
  const candidates = await listEpisodeCandidates(c.var.db, podcast.id)
  const form = parseEpisodesForm(
    t,
    await c.req.parseBody({ all: true }),
    candidates.map((item) => item.id),
  )
  if (!form.ok) return showForm(c, { podcast, episodes: { values: form.values, errors: form.errors } })
  const result = await setPodcastEpisodes(c.var.db, c.var.actor, podcast.id, form.episodes)
  if (!result.ok) {
    if (!('itemId' in result)) {
      if (result.reason === 'forbidden') throw new ForbiddenError()
      throw new NotFoundError('podcast')
    }
    const message = t(
      result.reason === 'number-twice' ? 'library.episodes.number.twice' : 'library.episodes.notAnEpisode',
    )
    return showForm(c, {
      podcast,
      episodes: { values: form.values, errors: [{ field: numberField(result.itemId), message }] },
    })
  }
  return c.redirect(`/${c.var.locale}/library/podcasts/${podcast.slug}?done=episodes`, 303)
})
