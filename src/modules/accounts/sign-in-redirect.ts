import type { Context } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { stripLocale } from '../../platform/http/page-context.js'

/**
 * Sends a visitor to the sign-in page, which brings them back here afterwards (`next`, a path
 * below the locale). Signed-in people who may not do something get a 403 instead, not this.
 */
export function signInRedirect(c: Context<AppEnv>) {
  const url = new URL(c.req.url)
  const next = `${stripLocale(url.pathname)}${url.search}`
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

/** A confirmation named in the query string after a redirect (Post/Redirect/Get), if it is one we know. */
export function noticeFrom<K extends string>(c: Context<AppEnv>, notices: Record<K, string>): string | undefined {
  const done = c.req.query('done')
  return done && Object.hasOwn(notices, done) ? c.var.t(notices[done as K]) : undefined
}
