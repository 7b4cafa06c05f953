import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { FormError, FormValues } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { stripLocale } from '../../platform/http/page-context.js'
import { renderPage } from '../../platform/http/render.js'
import { type FileType, fileStorageFor, serveStoredFile } from '../../platform/storage/index.js'
import { createNews, SlugTakenError, setNewsStatus, updateNews } from './commands.js'
import { newsAtomFeed } from './feed.js'
import { MAX_IMAGE_BYTES, newsInputFrom, newsValues, parseNewsForm } from './forms.js'
import { canOnNews } from './policy.js'
import {
  findNewsBySlug,
  isPublic,
  listPublishedNews,
  listUnpublishedNews,
  type NewsItem,
  PAGE_SIZE,
  searchNews,
} from './queries.js'
import { NewsFormPage } from './views/news-form-page.js'
import { NewsListPage } from './views/news-list-page.js'
import { NewsPage } from './views/news-page.js'

/**
 * GET / · GET /feed.xml · GET|POST /new · GET /:slug · GET /:slug/image · GET|POST /:slug/edit ·
 * POST /:slug/publish · POST /:slug/unpublish; mounted at /:locale/news.
 */
export const newsRoutes = new Hono<AppEnv>()

const DONE = ['saved', 'updated', 'published', 'unpublished'] as const
const FEED_SIZE = 30

function editorOrRedirect(c: Context<AppEnv>): Response | undefined {
  if (!c.var.actor) {
    const url = new URL(c.req.url)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`${stripLocale(url.pathname)}${url.search}`)}`,
      303,
    )
  }
  if (!canOnNews(c.var.actor, 'news.edit')) throw new ForbiddenError()
  return undefined
}

/** The item if the person may read it: drafts are a 404 for everyone but editors. */
async function readableItem(c: Context<AppEnv>): Promise<NewsItem> {
  const item = await findNewsBySlug(c.var.db, c.req.param('slug') ?? '')
  if (!item) throw new NotFoundError('news')
  const visible = isPublic(item, c.var.now()) || canOnNews(c.var.actor, 'news.edit')
  if (!visible) throw new NotFoundError('news')
  return item
}

newsRoutes.get('/', async (c) => {
  const ctx = c.var.pageContext()
  const requested = Number(c.req.query('page') ?? '1')
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1
  const q = (c.req.query('q') ?? '').trim().slice(0, 200)
  const { total, items } = q
    ? await searchNews(c.var.db, q, ctx.now, PAGE_SIZE, page)
    : await listPublishedNews(c.var.db, ctx.now, page)
  const drafts = canOnNews(c.var.actor, 'news.edit') ? await listUnpublishedNews(c.var.db, ctx.now) : undefined
  return renderPage(c, <NewsListPage ctx={ctx} q={q} page={page} total={total} items={items} drafts={drafts} />)
})

newsRoutes.get('/feed.xml', async (c) => {
  const { items } = await listPublishedNews(c.var.db, c.var.now(), 1, FEED_SIZE)
  const xml = newsAtomFeed({ items, locale: c.var.locale, baseUrl: c.var.config.http.baseUrl, t: c.var.t })
  return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
})

function showForm(c: Context<AppEnv>, item: NewsItem | undefined, values?: FormValues, errors?: FormError[]) {
  return renderPage(
    c,
    <NewsFormPage
      ctx={c.var.pageContext()}
      item={item ? { slug: item.slug, title: item.title, hasImage: item.imageKey !== null } : undefined}
      values={values}
      errors={errors}
    />,
    errors ? 422 : 200,
  )
}

/**
 * A picture a little over its 5 MB reaches the form's own check, which names the problem next to the
 * field and keeps every answer. Only a body several times larger is cut off unread (before it fills
 * the memory): the form then comes back with the same message beside the picture, its answers lost.
 */
const uploadLimit = bodyLimit({
  maxSize: 4 * MAX_IMAGE_BYTES + 512 * 1024,
  onError: async (c) => {
    const redirect = editorOrRedirect(c)
    if (redirect) return redirect
    const slug = c.req.param('slug')
    const item = slug ? await findNewsBySlug(c.var.db, slug) : undefined
    const errors = [{ field: 'image', message: c.var.t('news.form.image.tooLargeUnread') }]
    const response = await showForm(c, item, item ? newsValues(item) : { kind: 'story' }, errors)
    return new Response(response.body, { status: 413, headers: response.headers })
  },
})

newsRoutes.get('/new', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  return showForm(c, undefined, { kind: 'story' })
})

newsRoutes.post('/new', uploadLimit, async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const { t } = c.var
  const form = await parseNewsForm(await c.req.parseBody({ all: true }), t, false)
  if (!form.ok) return showForm(c, undefined, form.values, form.errors)
  const input = newsInputFrom(form.data)
  try {
    await createNews(c.var.db, fileStorageFor(c.var.config), c.var.actor, { ...input, image: form.image })
  } catch (error) {
    if (!(error instanceof SlugTakenError)) throw error
    return showForm(c, undefined, form.values, [{ field: 'slug', message: t('news.form.slug.taken') }])
  }
  return c.redirect(`/${c.var.locale}/news/${input.slug}?done=saved`, 303)
})

newsRoutes.get('/:slug', async (c) => {
  const item = await readableItem(c)
  const done = c.req.query('done')
  const notice = done && (DONE as readonly string[]).includes(done) ? c.var.t(`news.done.${done}`) : undefined
  return renderPage(
    c,
    <NewsPage
      ctx={c.var.pageContext()}
      item={item}
      isPublic={isPublic(item, c.var.now())}
      canEdit={canOnNews(c.var.actor, 'news.edit')}
      notice={notice}
    />,
  )
})

/** The picture: public and cacheable once the news is published; drafts' only for editors. */
newsRoutes.get('/:slug/image', async (c) => {
  const item = await readableItem(c)
  if (!item.imageKey || !item.imageType) throw new NotFoundError('image')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: item.imageKey,
    type: item.imageType as FileType,
    downloadName: `${item.slug}.${item.imageType.split('/')[1]}`,
    inline: true,
    isPublic: isPublic(item, c.var.now()),
  })
})

newsRoutes.get('/:slug/edit', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const item = await readableItem(c)
  return showForm(c, item, newsValues(item))
})

newsRoutes.post('/:slug/edit', uploadLimit, async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const item = await readableItem(c)
  const { t } = c.var
  const form = await parseNewsForm(await c.req.parseBody({ all: true }), t, item.imageKey !== null)
  if (!form.ok) return showForm(c, item, form.values, form.errors)
  const input = newsInputFrom(form.data)
  try {
    await updateNews(c.var.db, fileStorageFor(c.var.config), c.var.actor, item.id, { ...input, image: form.image })
  } catch (error) {
    if (!(error instanceof SlugTakenError)) throw error
    return showForm(c, item, form.values, [{ field: 'slug', message: t('news.form.slug.taken') }])
  }
  return c.redirect(`/${c.var.locale}/news/${input.slug}?done=updated`, 303)
})

for (const status of ['published', 'draft'] as const) {
  const action = status === 'published' ? 'publish' : 'unpublish'
  newsRoutes.post(`/:slug/${action}`, async (c) => {
    const redirect = editorOrRedirect(c)
    if (redirect) return redirect
    const item = await readableItem(c)
    await setNewsStatus(c.var.db, c.var.actor, item.id, status, c.var.now())
    return c.redirect(
      `/${c.var.locale}/news/${item.slug}?done=${status === 'published' ? 'published' : 'unpublished'}`,
      303,
    )
  })
}
