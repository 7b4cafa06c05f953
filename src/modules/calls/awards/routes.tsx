import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { findOrganisationById } from '../../accounts/index.js'
import { listPracticeCardsByIds } from '../../practices/index.js'
import { canManageCalls } from '../policy.js'
import { getCallBySlug } from '../queries.js'
import {
  getAwardEdition,
  listAwardCategories,
  listAwardEditions,
  listAwardsOfCall,
  listSubmittedApplications,
  recordAward,
  setAwardCategories,
} from './awards.js'
import { AWARD_RANKS, type AwardRank } from './tables.js'
import { AwardsEditorPage } from './views/awards-editor-page.js'
import { AwardEditionPage, AwardsListPage } from './views/awards-pages.js'

/** The public awards pages, at /:locale/awards: GET / · GET /:slug (after the results are released). */
export const awardRoutes = new Hono<AppEnv>()

awardRoutes.get('/', async (c) => {
  return renderPage(c, <AwardsListPage ctx={c.var.pageContext()} editions={await listAwardEditions(c.var.db)} />)
})

awardRoutes.get('/:slug', async (c) => {
  const ctx = c.var.pageContext()
  const edition = await getAwardEdition(c.var.db, c.req.param('slug'), ctx.locale)
  return renderPage(c, <AwardEditionPage ctx={ctx} edition={edition} />)
})

/** The jury's editors, under /:locale/calls: GET /:slug/awards · POST /:slug/awards/categories · POST /:slug/awards/:id */
export const awardEditorRoutes = new Hono<AppEnv>()

async function awardCall(c: Context<AppEnv>) {
  if (!canManageCalls(c.var.actor)) throw new ForbiddenError()
  const call = await getCallBySlug(c.var.db, c.req.param('slug') ?? '')
  if (call.kind !== 'award') throw new NotFoundError('award call')
  return call
}

async function renderEditor(
  c: Context<AppEnv>,
  call: Awaited<ReturnType<typeof awardCall>>,
  options: { notice?: string; values?: FormValues; errors?: FormError[] } = {},
) {
  const ctx = c.var.pageContext()
  const [categories, awards, applications] = await Promise.all([
    listAwardCategories(c.var.db, call.id),
    listAwardsOfCall(c.var.db, call.id),
    listSubmittedApplications(c.var.db, call.id),
  ])
  const names = new Map<string, string>()
  for (const application of applications)
    if (application.organisationId && !names.has(application.organisationId))
      names.set(
        application.organisationId,
        (await findOrganisationById(c.var.db, application.organisationId))?.name ?? '',
      )
  const practiceSlugs = new Map<string, string>()
  for (const award of awards)
    if (award.practiceId) {
      const [card] = await listPracticeCardsByIds(c.var.db, [award.practiceId], ctx.locale)
      if (card) practiceSlugs.set(award.practiceId, card.slug)
    }
  return renderPage(
    c,
    <AwardsEditorPage
      ctx={ctx}
      call={call}
      categories={categories}
      entries={applications.map((application) => ({
        application,
        organisationName: application.organisationId ? (names.get(application.organisationId) ?? null) : null,
        award: awards.find((award) => award.applicationId === application.id),
      }))}
      practiceSlugs={practiceSlugs}
      notice={options.notice}
      values={options.values}
      errors={options.errors}
    />,
    options.errors ? 409 : 200,
  )
}

awardEditorRoutes.get('/:slug/awards', async (c) => {
  const call = await awardCall(c)
  return renderEditor(c, call, { notice: c.req.query('done') === 'saved' ? 'saved' : undefined })
})

awardEditorRoutes.post('/:slug/awards/categories', async (c) => {
  const call = await awardCall(c)
  const body = await c.req.parseBody()
  const text = typeof body.categories === 'string' ? body.categories.slice(0, 5000) : ''
  const names = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const fail = (message: string) =>
    renderEditor(c, call, { values: { categories: text }, errors: [{ field: 'categories', message }] })
  if (names.length === 0) return fail(c.var.t('calls.awards.editor.categoriesMissing'))
  if (names.some((name) => name.length > 120)) return fail(c.var.t('calls.awards.editor.categoriesTooLong'))
  const result = await setAwardCategories(c.var.db, c.var.actor, call, names)
  if (!result.ok) return fail(c.var.t(`calls.awards.refusal.${result.reason}`))
  return c.redirect(`/${c.var.locale}/calls/${call.slug}/awards?done=saved`, 303)
})

awardEditorRoutes.post('/:slug/awards/:id', async (c) => {
  const call = await awardCall(c)
  const id = c.req.param('id')
  const body = await c.req.parseBody()
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, 300) : '')
  const values = { applicationId: id, rank: text('rank'), categoryId: text('categoryId'), practice: text('practice') }
  const rank = (AWARD_RANKS as readonly string[]).includes(values.rank) ? (values.rank as AwardRank) : null
  const result = await recordAward(c.var.db, c.var.actor, {
    call,
    applicationId: id,
    categoryId: values.categoryId || null,
    rank,
    practiceSlug: values.practice,
  })
  if (!result.ok) {
    if (result.reason === 'not-found' && !values.categoryId) throw new NotFoundError('application')
    const field =
      result.reason === 'no-practice' ? 'practice' : result.reason === 'winner-taken' ? 'rank' : 'categoryId'
    return renderEditor(c, call, {
      values,
      errors: [{ field: `${field}-${id}`, message: c.var.t(`calls.awards.refusal.${result.reason}`) }],
    })
  }
  return c.redirect(`/${c.var.locale}/calls/${call.slug}/awards?done=saved`, 303)
})
