import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import { getVisibleActivityBySlug, publishActivity } from './drafts.js'

/** POST /:slug/publish: an organiser publishes a draft (a published one stays as it is). */
export const draftRoutes = new Hono<AppEnv>()

draftRoutes.post('/:slug/publish', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const path = `/activities/${activity.slug}`
  if (!c.var.actor) return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(path)}`, 303)
  const result = await publishActivity(c.var.db, c.var.actor, activity, c.var.now())
  if (!result.ok) throw new ForbiddenError()
  return c.redirect(`/${c.var.locale}${path}?done=published`, 303)
})
