import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormValues } from '../../platform/forms/form-state.js'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { countryName, findOrganisationById } from '../accounts/index.js'
import type { FileAnswer } from '../questionnaires/index.js'
import { findApplication, loadAnswers } from './applications.js'
import { findReview, listAssignmentsOf } from './dashboard.js'
import { declareConflict, saveReview } from './evaluation.js'
import { isExpert, showsApplicantTo } from './policy.js'
import { criteriaOf } from './scoring.js'
import { RECOMMENDATIONS, type Recommendation } from './tables.js'
import { MyReviewsPage, ReviewPage } from './views/review-pages.js'

/** Experts' pages: /reviews (assignments) and /reviews/:id (read, score, declare a conflict). */
export const reviewRoutes = new Hono<AppEnv>()

function requireExpert(c: Context<AppEnv>) {
  const actor = c.var.actor
  if (!actor || !isExpert(actor)) throw new NotFoundError('reviews')
  return actor
}

reviewRoutes.get('/reviews', async (c) => {
  if (!c.var.actor) return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent('/calls/reviews')}`, 303)
  const actor = requireExpert(c)
  return renderPage(c, <MyReviewsPage ctx={c.var.pageContext()} rows={await listAssignmentsOf(c.var.db, actor.id)} />)
})

async function renderReview(
  c: Context<AppEnv>,
  options: { values?: FormValues; errors?: { field: string; message: string }[]; notice?: 'saved' | 'submitted' } = {},
) {
  const actor = requireExpert(c)
  const review = await findReview(c.var.db, c.req.param('id') ?? '')
  if (!review || review.expertId !== actor.id) throw new NotFoundError('review')
  const found = await findApplication(c.var.db, review.applicationId)
  if (!found) throw new NotFoundError('review')
  const answers = await loadAnswers(c.var.db, found.application)
  if (!answers) throw new NotFoundError('review')
  let applicantLabel: string | null = null
  if (showsApplicantTo(actor, found.call, found.application) && found.application.organisationId) {
    const organisation = await findOrganisationById(c.var.db, found.application.organisationId)
    applicantLabel = organisation ? `${organisation.name} (${countryName(organisation.country, c.var.locale)})` : null
  }
  const base = `/${c.var.locale}/calls/applications/${found.application.id}/files`
  const fileLinks = Object.entries(answers.response.answers)
    .filter(
      (entry): entry is [string, FileAnswer] =>
        typeof entry[1] === 'object' && entry[1] !== null && 'storageKey' in entry[1],
    )
    .map(([questionId, file]) => ({
      href: `${base}/${questionId}`,
      name: found.call.blind ? `${found.application.reference ?? ''}-${questionId}` : file.fileName,
    }))
  return renderPage(
    c,
    <ReviewPage
      ctx={c.var.pageContext()}
      call={found.call}
      application={found.application}
      review={review}
      response={answers.response}
      version={answers.version}
      applicantLabel={applicantLabel}
      fileLinks={fileLinks}
      values={options.values}
      errors={options.errors}
      notice={options.notice}
    />,
    options.errors ? 422 : 200,
  )
}

reviewRoutes.get('/reviews/:id', async (c) => {
  const done = c.req.query('done')
  return renderReview(c, { notice: done === 'saved' || done === 'submitted' ? done : undefined })
})

reviewRoutes.post('/reviews/:id', async (c) => {
  const actor = requireExpert(c)
  const review = await findReview(c.var.db, c.req.param('id'))
  if (!review || review.expertId !== actor.id) throw new NotFoundError('review')
  const found = await findApplication(c.var.db, review.applicationId)
  if (!found) throw new NotFoundError('review')
  const body = await c.req.parseBody()
  const values: FormValues = {}
  const scores: Record<string, number> = {}
  for (const criterion of criteriaOf(found.call, review.round)) {
    const raw = body[`score-${criterion.id}`]
    if (typeof raw === 'string' && raw !== '') {
      values[`score-${criterion.id}`] = raw
      scores[criterion.id] = Number(raw)
    }
  }
  const comment = typeof body.comment === 'string' ? body.comment.slice(0, 10000) : ''
  values.comment = comment
  const recommendation = (RECOMMENDATIONS as readonly unknown[]).includes(body.recommendation)
    ? (body.recommendation as Recommendation)
    : null
  if (recommendation) values.recommendation = recommendation
  const submit = body.intent === 'submit'
  const t = c.var.t
  const result = await saveReview(
    c.var.db,
    actor,
    {
      reviewId: review.id,
      review: { scores, comment, recommendation },
      submit,
      call: found.call,
      messages: {
        score: t('calls.review.scoreMissing', { name: '{name}' }),
        recommendation: t('calls.review.recommendationMissing'),
      },
    },
    c.var.now(),
  )
  if (!result.ok && result.reason === 'invalid') return renderReview(c, { values, errors: result.errors })
  if (!result.ok) throw new NotFoundError('review')
  return c.redirect(`/${c.var.locale}/calls/reviews/${review.id}?done=${submit ? 'submitted' : 'saved'}`, 303)
})

reviewRoutes.post('/reviews/:id/conflict', async (c) => {
  const actor = requireExpert(c)
  await declareConflict(c.var.db, actor, c.req.param('id'))
  return c.redirect(`/${c.var.locale}/calls/reviews`, 303)
})
