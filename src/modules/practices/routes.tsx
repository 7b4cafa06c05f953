import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { can } from '../accounts/index.js'
import { listActivitiesPresentingPractice } from '../activities/index.js'
import { practicesFeed } from './feed.js'
import { findingRoutes, practiceListHandler } from './finding/finding-routes.js'
import { findRelatedPractices, RelatedPracticesSections } from './finding/related-practices.js'
import { practiceImportRoutes } from './imports/routes.js'
import { listPracticeMedia } from './media/queries.js'
import { practiceMediaRoutes } from './media/routes.js'
import { canOnPractice } from './policy.js'
import { findPractice } from './queries.js'
import { PracticePage } from './views/practice-page.js'
import { reviewRoutes } from './workflow/review-routes.js'
import { WorkflowPanel } from './workflow/views/workflow-panel.js'
import { workflowRoutes } from './workflow/workflow-routes.js'

/**
 * GET / (search and filters) · GET /map · GET /export.csv · GET /feed.xml · the writing and review pages
 * (workflow/) · GET /:slug; mounted at /:locale/practices.
 */
export const practicesRoutes = new Hono<AppEnv>()

practicesRoutes.get('/', practiceListHandler)
practicesRoutes.route('/', findingRoutes)

practicesRoutes.get('/feed.xml', async (c) => {
  const xml = await practicesFeed(c.var.db, {
    locale: c.var.locale,
    baseUrl: c.var.config.http.baseUrl,
    t: c.var.pageContext().t,
  })
  return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
})

practicesRoutes.route('/', practiceImportRoutes)
practicesRoutes.route('/', practiceMediaRoutes)
practicesRoutes.route('/', workflowRoutes)
practicesRoutes.route('/', reviewRoutes)

practicesRoutes.get('/:slug', async (c) => {
  const ctx = c.var.pageContext()
  const url = new URL(c.req.url)
  const lookup = { locale: ctx.locale, original: url.searchParams.get('lang') === 'original' }
  let found = await findPractice(c.var.db, c.req.param('slug'), lookup)
  // Drafts and the rest: only for their organisation's members and editors; a 404 for everyone else.
  if (found.kind === 'missing' && c.var.actor) {
    const unpublished = await findPractice(c.var.db, c.req.param('slug'), { ...lookup, anyStatus: true })
    if (unpublished.kind === 'found' && canOnPractice(c.var.actor, 'practice.read', unpublished.practice))
      found = unpublished
  }
  if (found.kind === 'moved') return c.redirect(`/${ctx.locale}/practices/${found.slug}${url.search}`, 301)
  if (found.kind === 'missing') throw new NotFoundError(`practice ${c.req.param('slug')}`)
  // Independent of each other: asked at once rather than one round trip after another.
  const [related, activities, media] = await Promise.all([
    findRelatedPractices(c.var.db, found.practice, ctx.locale),
    listActivitiesPresentingPractice(c.var.db, found.practice.id),
    listPracticeMedia(c.var.db, found.practice.id),
  ])
  return renderPage(
    c,
    <PracticePage
      ctx={ctx}
      practice={found.practice}
      translation={found.translation}
      showContact={can(c.var.actor, 'member-content.read')}
      media={media}
      canManageMedia={canOnPractice(c.var.actor, 'practice.edit', found.practice)}
      signInHref={`/${ctx.locale}/sign-in?next=${encodeURIComponent(`/${ctx.locale}/practices/${found.practice.slug}`)}`}
      activities={activities}
      related={<RelatedPracticesSections ctx={ctx} related={related} practice={found.practice} />}
      workflow={<WorkflowPanel ctx={ctx} actor={c.var.actor} practice={found.practice} />}
    />,
  )
})
