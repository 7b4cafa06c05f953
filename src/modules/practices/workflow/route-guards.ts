import type { Context } from 'hono'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { stripLocale } from '../../../platform/http/page-context.js'
import { canOnPractice, type PracticeAction } from '../policy.js'
import type { WorkflowEnv } from './workflow-env.js'
import { findPracticeForWriting, type PracticeForWriting } from './workflow-queries.js'

/** Sends a visitor to sign in, and back here afterwards; undefined for someone signed in. */
export function signInFirst(c: Context<AppEnv>) {
  if (c.var.actor) return undefined
  const url = new URL(c.req.url)
  return c.redirect(
    `/${c.var.locale}/sign-in?next=${encodeURIComponent(`${stripLocale(url.pathname)}${url.search}`)}`,
    303,
  )
}

export const workflowEnv = (c: Context<AppEnv>): WorkflowEnv => ({
  now: c.var.now(),
  baseUrl: c.var.config.http.baseUrl,
  t: c.var.t,
})

/**
 * The practice of the URL for someone allowed to read it (404 otherwise, so a draft's existence
 * is not revealed), and to do `action` (403 otherwise).
 */
export async function practiceFor(c: Context<AppEnv>, action: PracticeAction): Promise<PracticeForWriting> {
  const found = await findPracticeForWriting(c.var.db, c.req.param('slug') ?? '')
  if (!found || !canOnPractice(c.var.actor, 'practice.read', found.practice)) throw new NotFoundError('practice')
  if (!canOnPractice(c.var.actor, action, found.practice)) throw new ForbiddenError()
  return found
}

/** A confirmation named in the query string after a redirect, if it is one of ours. */
export function doneNotice(c: Context<AppEnv>): string | undefined {
  const done = c.req.query('done')
  return done && /^[a-z-]+$/.test(done) && DONE.has(done) ? c.var.t(`practices.workflow.done.${done}`) : undefined
}

const DONE = new Set([
  'saved',
  'submitted',
  'publish',
  'request-changes',
  'unpublish',
  'archive',
  'translation-saved',
  'translation-removed',
])
