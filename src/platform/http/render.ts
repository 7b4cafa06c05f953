import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './env.js'

/** Sends a full page rendered from JSX. Pages are HTML documents; Layout adds the doctype. */
export async function renderPage(c: Context<AppEnv>, page: Child, status: ContentfulStatusCode = 200) {
  const html = await Promise.resolve(page?.toString() ?? '')
  return c.html(html, status)
}
