import { Hono } from 'hono'
import type { FormError } from '../../../platform/forms/form-state.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { canReviewPractices } from '../policy.js'
import {
  archivePractice,
  publishPractice,
  requestChanges,
  type StepResult,
  unpublishPractice,
} from './review-practice.js'
import { listRevisions } from './revisions.js'
import { doneNotice, practiceFor, signInFirst, workflowEnv } from './route-guards.js'
import { ComparePage } from './views/compare-page.js'
import { HistoryPage } from './views/history-page.js'
import { ReviewPage } from './views/review-page.js'
import { ReviewQueuePage } from './views/review-queue-page.js'
import { diffSnapshots } from './views/revision-diff.js'
import { findRevisionPair, listPracticesForReview, parseReviewStates } from './workflow-queries.js'
import { refusalErrors } from './workflow-routes.js'

/**
 * The editors' side, mounted at /:locale/practices before /:slug:
 * GET /review (the queue) · GET|POST /:slug/review · GET /:slug/history · GET /:slug/compare?from=&to=
 */
export const reviewRoutes = new Hono<AppEnv>()

reviewRoutes.get('/review', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  if (!canReviewPractices(c.var.actor)) throw new ForbiddenError()
  const url = new URL(c.req.url)
  const states = parseReviewStates(url.searchParams.getAll('state'))
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
  const result = await listPracticesForReview(c.var.db, { states, page })
  return renderPage(c, <ReviewQueuePage ctx={c.var.pageContext()} states={states} page={page} result={result} />)
})

reviewRoutes.get('/:slug/review', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.review')
  const [latest] = await listRevisions(c.var.db, found.practice.id)
  return renderPage(c, <ReviewPage ctx={c.var.pageContext()} found={found} latest={latest} notice={doneNotice(c)} />)
})

const STEPS = ['publish', 'request-changes', 'unpublish', 'archive'] as const
type Step = (typeof STEPS)[number]

reviewRoutes.post('/:slug/review', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.review')
  const { t } = c.var
  const body = await c.req.parseBody()
  const step = STEPS.find((candidate) => candidate === body.step) as Step | undefined
  const comment = typeof body.comment === 'string' ? body.comment : ''
  const revision = Number.parseInt(typeof body.revision === 'string' ? body.revision : '', 10)
  const expected = Number.isNaN(revision) ? undefined : revision
  const [latest] = await listRevisions(c.var.db, found.practice.id)
  const show = (errors: FormError[], status: 409 | 422) =>
    renderPage(
      c,
      <ReviewPage ctx={c.var.pageContext()} found={found} latest={latest} values={{ comment }} errors={errors} />,
      status,
    )
  if (!step) return show([{ field: '', message: t('practices.workflow.error.step') }], 422)
  const env = workflowEnv(c)
  const { db, actor } = c.var
  const id = found.practice.id
  const result: StepResult =
    step === 'publish'
      ? await publishPractice(db, actor, id, env, expected)
      : step === 'request-changes'
        ? await requestChanges(db, actor, id, comment, env, expected)
        : step === 'unpublish'
          ? await unpublishPractice(db, actor, id, env, expected)
          : await archivePractice(db, actor, id, env, expected)
  if (!result.ok) {
    // The sections are not on this page: their messages are listed above it, with a link to edit.
    const errors = refusalErrors(t, result).map((error) =>
      result.reason === 'incomplete' ? { field: '', message: error.message } : error,
    )
    return show(errors, result.reason === 'incomplete' || result.reason === 'comment-missing' ? 422 : 409)
  }
  return c.redirect(localHref(c.var, `/practices/${result.slug}/review?done=${step}`), 303)
})

reviewRoutes.get('/:slug/history', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.review')
  const revisions = await listRevisions(c.var.db, found.practice.id)
  return renderPage(c, <HistoryPage ctx={c.var.pageContext()} practice={found.practice} revisions={revisions} />)
})

reviewRoutes.get('/:slug/compare', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.review')
  const from = Number.parseInt(c.req.query('from') ?? '', 10)
  const to = Number.parseInt(c.req.query('to') ?? '', 10)
  const pair =
    Number.isSafeInteger(from) && Number.isSafeInteger(to)
      ? await findRevisionPair(c.var.db, found.practice.id, Math.min(from, to), Math.max(from, to))
      : undefined
  if (!pair) throw new NotFoundError('revisions')
  return renderPage(
    c,
    <ComparePage
      ctx={c.var.pageContext()}
      practice={found.practice}
      older={pair.older}
      newer={pair.newer}
      diffs={diffSnapshots(pair.older.snapshot, pair.newer.snapshot)}
    />,
  )
})
