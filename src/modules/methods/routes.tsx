import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { FormError, FormValues } from '../../platform/forms/parse-form.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { stripLocale } from '../../platform/http/page-context.js'
import { renderPage } from '../../platform/http/render.js'
import { type FileType, fileStorageFor, serveStoredFile } from '../../platform/storage/index.js'
import { addResource, createMethod, removeResource, SlugTakenError, updateMethod } from './commands.js'
import { parseMethodFilter } from './filter.js'
import { MAX_RESOURCE_BYTES, MethodForm, methodInputFrom, methodValues, parseResourceForm } from './forms.js'
import { canOnMethods } from './policy.js'
import { countResources, findMethodBySlug, findResource, listMethods, listResources, type Method } from './queries.js'
import { MethodFormPage } from './views/method-form-page.js'
import { MethodListPage } from './views/method-list-page.js'
import { MethodPage, type ResourceView } from './views/method-page.js'
import { ResourceFormPage } from './views/resource-form-page.js'

/**
 * GET / · GET|POST /new · GET /:slug · GET|POST /:slug/edit · GET|POST /:slug/resources/new ·
 * POST /:slug/resources/:id/remove · GET /:slug/resources/:id/download; mounted at /:locale/methods.
 */
export const methodRoutes = new Hono<AppEnv>()

const DONE = ['created', 'saved', 'resourceAdded', 'resourceRemoved'] as const

function signInRedirect(c: Context<AppEnv>) {
  const url = new URL(c.req.url)
  const next = `${stripLocale(url.pathname)}${url.search}`
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

/** Editors only: visitors are sent to sign in, everyone else refused. */
function editorOrRedirect(c: Context<AppEnv>): Response | undefined {
  if (!c.var.actor) return signInRedirect(c)
  if (!canOnMethods(c.var.actor, 'method.edit')) throw new ForbiddenError()
  return undefined
}

async function methodOr404(c: Context<AppEnv>): Promise<Method> {
  const method = await findMethodBySlug(c.var.db, c.req.param('slug') ?? '')
  if (!method) throw new NotFoundError('method')
  return method
}

methodRoutes.get('/', async (c) => {
  const params = new URL(c.req.url).searchParams
  const filter = parseMethodFilter(params)
  const typedGroup = params.get('group')?.trim() ?? ''
  const methods = await listMethods(c.var.db, filter)
  const counts = await countResources(
    c.var.db,
    methods.map((method) => method.id),
  )
  return renderPage(
    c,
    <MethodListPage
      ctx={c.var.pageContext()}
      filter={filter}
      methods={methods}
      counts={counts}
      canEdit={canOnMethods(c.var.actor, 'method.edit')}
      groupError={typedGroup !== '' && filter.groupSize === null ? typedGroup : undefined}
    />,
  )
})

function showMethodForm(c: Context<AppEnv>, method?: Method, values?: FormValues, errors?: FormError[]) {
  return renderPage(
    c,
    <MethodFormPage ctx={c.var.pageContext()} method={method} values={values} errors={errors} />,
    errors ? 422 : 200,
  )
}

methodRoutes.get('/new', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  return showMethodForm(c, undefined, { groupMin: '', groupMax: '' })
})

methodRoutes.post('/new', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const { t } = c.var
  const form = parseForm(MethodForm(t), await c.req.parseBody({ all: true }), { t })
  if (!form.ok) return showMethodForm(c, undefined, form.values, form.errors)
  const input = methodInputFrom(form.data)
  try {
    await createMethod(c.var.db, c.var.actor, input)
  } catch (error) {
    if (!(error instanceof SlugTakenError)) throw error
    return showMethodForm(c, undefined, form.values, [{ field: 'slug', message: t('methods.form.slug.taken') }])
  }
  return c.redirect(`/${c.var.locale}/methods/${input.slug}?done=created`, 303)
})

async function resourceView(c: Context<AppEnv>, method: Method): Promise<ResourceView> {
  const actor = c.var.actor
  if (canOnMethods(actor, 'method.resources.read'))
    return { kind: 'members', resources: await listResources(c.var.db, method.id) }
  if (actor) return { kind: 'unverified' }
  const next = encodeURIComponent(`/methods/${method.slug}`)
  return {
    kind: 'visitor',
    signInHref: `/${c.var.locale}/sign-in?next=${next}`,
    signUpHref: `/${c.var.locale}/sign-up`,
  }
}

methodRoutes.get('/:slug', async (c) => {
  const method = await methodOr404(c)
  const [view, counts] = await Promise.all([resourceView(c, method), countResources(c.var.db, [method.id])])
  const done = c.req.query('done')
  const notice = done && (DONE as readonly string[]).includes(done) ? c.var.t(`methods.done.${done}`) : undefined
  return renderPage(
    c,
    <MethodPage
      ctx={c.var.pageContext()}
      method={method}
      counts={counts.get(method.id)!}
      view={view}
      canEdit={canOnMethods(c.var.actor, 'method.edit')}
      notice={notice}
    />,
  )
})

methodRoutes.get('/:slug/edit', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const method = await methodOr404(c)
  return showMethodForm(c, method, methodValues(method))
})

methodRoutes.post('/:slug/edit', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const method = await methodOr404(c)
  const { t } = c.var
  const form = parseForm(MethodForm(t), await c.req.parseBody({ all: true }), { t })
  if (!form.ok) return showMethodForm(c, method, form.values, form.errors)
  const input = methodInputFrom(form.data)
  try {
    await updateMethod(c.var.db, c.var.actor, method.id, input)
  } catch (error) {
    if (!(error instanceof SlugTakenError)) throw error
    return showMethodForm(c, method, form.values, [{ field: 'slug', message: t('methods.form.slug.taken') }])
  }
  return c.redirect(`/${c.var.locale}/methods/${input.slug}?done=saved`, 303)
})

methodRoutes.get('/:slug/resources/new', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const method = await methodOr404(c)
  const tooLarge = c.req.query('problem') === 'too-large'
  const errors = tooLarge ? [{ field: 'file', message: c.var.t('methods.resourceForm.file.too-large') }] : undefined
  return renderPage(
    c,
    <ResourceFormPage ctx={c.var.pageContext()} method={method} errors={errors} />,
    tooLarge ? 422 : 200,
  )
})

methodRoutes.post(
  '/:slug/resources/new',
  // A body far beyond the limit is cut off before it fills the memory; the form then says so.
  bodyLimit({
    maxSize: MAX_RESOURCE_BYTES + 512 * 1024,
    onError: (c) => c.redirect(`${new URL(c.req.url).pathname}?problem=too-large`, 303),
  }),
  async (c) => {
    const redirect = editorOrRedirect(c)
    if (redirect) return redirect
    const method = await methodOr404(c)
    const form = await parseResourceForm(await c.req.parseBody({ all: true }), c.var.t)
    if (!form.ok)
      return renderPage(
        c,
        <ResourceFormPage ctx={c.var.pageContext()} method={method} values={form.values} errors={form.errors} />,
        422,
      )
    await addResource(c.var.db, fileStorageFor(c.var.config), c.var.actor, {
      methodId: method.id,
      kind: form.data.kind,
      title: form.data.title,
      description: form.data.description,
      file: form.file,
    })
    return c.redirect(`/${c.var.locale}/methods/${method.slug}?done=resourceAdded#member-resources`, 303)
  },
)

methodRoutes.post('/:slug/resources/:id/remove', async (c) => {
  const redirect = editorOrRedirect(c)
  if (redirect) return redirect
  const method = await methodOr404(c)
  await removeResource(c.var.db, fileStorageFor(c.var.config), c.var.actor, method.id, c.req.param('id'))
  return c.redirect(`/${c.var.locale}/methods/${method.slug}?done=resourceRemoved#member-resources`, 303)
})

/** Members only; never cached, always an attachment with nosniff (serveStoredFile). */
methodRoutes.get('/:slug/resources/:id/download', async (c) => {
  if (!c.var.actor) return signInRedirect(c)
  if (!canOnMethods(c.var.actor, 'method.resources.read')) throw new ForbiddenError()
  const method = await methodOr404(c)
  const resource = await findResource(c.var.db, method.id, c.req.param('id'))
  if (!resource?.storageKey || !resource.fileType) throw new NotFoundError('resource')
  return serveStoredFile(c, fileStorageFor(c.var.config), {
    key: resource.storageKey,
    type: resource.fileType as FileType,
    downloadName: resource.fileName ?? resource.title,
    isPublic: false,
  })
})
