import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { can } from '../../accounts/index.js'
import { parseAnswers } from '../../questionnaires/index.js'
import { getVisibleActivityBySlug } from '../drafts.js'
import { mailLinksFrom } from '../notify.js'
import { answerFollowUp, followUpStateFor, listFollowUpAnswers, setUpFollowUp } from './follow-up.js'
import { FollowUpAnswersPage } from './views/follow-up-answers-page.js'
import { FollowUpPage } from './views/follow-up-page.js'

/** GET|POST /:slug/follow-up (participants) · GET /:slug/follow-up/answers · POST /:slug/follow-up/set-up (organisers) */
export const followUpRoutes = new Hono<AppEnv>()

function signInFirst(c: Context<AppEnv>, slug: string, suffix: string) {
  if (c.var.actor) return undefined
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(`/activities/${slug}${suffix}`)}`, 303)
}

followUpRoutes.get('/:slug/follow-up', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const redirect = signInFirst(c, activity.slug, '/follow-up')
  if (redirect) return redirect
  const state = await followUpStateFor(c.var.db, c.var.actor, activity, c.var.now())
  // Not a participant, not ended, or not set up: nothing to answer, and nothing said about who registered.
  if (state.kind === 'none') throw new NotFoundError('follow-up')
  const action = `/${c.var.locale}/activities/${activity.slug}/follow-up`
  return renderPage(
    c,
    <FollowUpPage
      ctx={c.var.pageContext()}
      activity={activity}
      state={state}
      action={action}
      thanks={c.req.query('done') === 'sent'}
    />,
  )
})

followUpRoutes.post('/:slug/follow-up', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const redirect = signInFirst(c, activity.slug, '/follow-up')
  if (redirect) return redirect
  const state = await followUpStateFor(c.var.db, c.var.actor, activity, c.var.now())
  if (state.kind === 'none') throw new NotFoundError('follow-up')
  const action = `/${c.var.locale}/activities/${activity.slug}/follow-up`
  if (state.kind === 'answered') return c.redirect(action, 303)
  const parsed = await parseAnswers(state.followUp.version, await c.req.parseBody({ all: true }), {
    t: c.var.t,
    locale: c.var.locale,
    mode: 'submit',
  })
  const result = await answerFollowUp(c.var.db, c.var.config, {
    followUp: state.followUp,
    registration: state.registration,
    parsed,
    t: c.var.t,
  })
  if (!result.ok) {
    const errors =
      result.reason === 'invalid'
        ? result.errors
        : [
            {
              field: '',
              message: c.var.t(`questionnaires.refusal.${result.reason === 'stale' ? 'stale' : 'submitted'}`),
            },
          ]
    return renderPage(
      c,
      <FollowUpPage
        ctx={c.var.pageContext()}
        activity={activity}
        state={state}
        action={action}
        values={parsed.values}
        errors={errors}
        warnings={result.reason === 'invalid' ? result.warnings : undefined}
      />,
      422,
    )
  }
  return c.redirect(`${action}?done=sent`, 303)
})

followUpRoutes.get('/:slug/follow-up/answers', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const redirect = signInFirst(c, activity.slug, '/follow-up/answers')
  if (redirect) return redirect
  const listed = await listFollowUpAnswers(c.var.db, c.var.actor, activity)
  if (!listed.ok) throw new ForbiddenError()
  c.header('cache-control', 'private, no-store')
  return renderPage(
    c,
    <FollowUpAnswersPage
      ctx={c.var.pageContext()}
      activity={activity}
      followUp={listed.followUp}
      answers={listed.answers}
      canEditQuestions={can(c.var.actor, 'content.edit')}
      notice={c.req.query('done') === 'set-up' ? c.var.t('activities.followUp.answers.done') : undefined}
    />,
  )
})

followUpRoutes.post('/:slug/follow-up/set-up', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const redirect = signInFirst(c, activity.slug, '/follow-up/answers')
  if (redirect) return redirect
  const result = await setUpFollowUp(c.var.db, c.var.actor, mailLinksFrom(c.var.config), {
    activity,
    t: c.var.t,
    now: c.var.now(),
  })
  if (!result.ok) throw new ForbiddenError()
  return c.redirect(`/${c.var.locale}/activities/${activity.slug}/follow-up/answers?done=set-up`, 303)
})
