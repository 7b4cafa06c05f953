import { and, eq } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Db } from '../../db/client.js'
import type { Actor, SiteRole } from '../../platform/http/actor.js'
import type { AppEnv } from '../../platform/http/env.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { type Auth, SESSION_COOKIE_PREFIX } from './auth.js'
import { authFor } from './auth-registry.js'
import { organisationMemberships } from './tables.js'

const SESSION_COOKIES = [`${SESSION_COOKIE_PREFIX}.session_token`, `__Secure-${SESSION_COOKIE_PREFIX}.session_token`]

/**
 * Sets c.var.actor from the session cookie. A request without one never touches the database,
 * so anonymous pages (most traffic) cost nothing here. Sessions live in the database, so every
 * app instance sees the same ones.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SESSION_COOKIES.some((name) => getCookie(c, name))) {
      const auth = authFor(c.var.db, c.var.config)
      c.set('actor', await loadActor(auth, c.var.db, c.req.raw.headers))
    }
    await next()
    // Pages differ by who is signed in (the header names them, member-only parts show): no shared
    // cache may hand one person's page to another.
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.res.headers.append('Vary', 'Cookie')
      if (c.var.actor && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'private, no-cache')
    }
  }
}

export async function loadActor(auth: Auth, db: Db, headers: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers })
  if (!session) return null
  const user = session.user as typeof session.user & { roles?: string[]; locale?: string; deletedAt?: Date | null }
  if (user.deletedAt) return null
  const memberships = await db
    .select({ organisationId: organisationMemberships.organisationId, role: organisationMemberships.role })
    .from(organisationMemberships)
    .where(and(eq(organisationMemberships.userId, user.id), eq(organisationMemberships.status, 'active')))
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    roles: (user.roles ?? []).filter((role): role is SiteRole => ['admin', 'editor', 'expert'].includes(role)),
    locale: isLocale(user.locale) ? user.locale : 'en',
    memberships,
  }
}
