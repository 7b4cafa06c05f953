import { Hono } from 'hono'
import type { AppEnv } from '../../../platform/http/env.js'
import { NotFoundError } from '../../../platform/http/errors.js'
import { getVisibleActivityBySlug } from '../drafts.js'
import { chooseToBeListed } from './fellows.js'

/** POST /:slug/fellows (listed=yes|no): a confirmed participant's choice to appear to the others. */
export const fellowsRoutes = new Hono<AppEnv>()

fellowsRoutes.post('/:slug/fellows', async (c) => {
  const { activity } = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const page = `/${c.var.locale}/activities/${activity.slug}`
  if (!c.var.actor)
    return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(`/activities/${activity.slug}`)}`, 303)
  const body = await c.req.parseBody()
  const result = await chooseToBeListed(c.var.db, c.var.actor, activity, body.listed === 'yes')
  if (!result.ok) throw new NotFoundError('registration')
  return c.redirect(`${page}#fellows-heading`, 303)
})
