import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { apiError } from '../api/api-app.js'
import type { AppEnv } from '../http/env.js'
import { stripLocale } from '../http/page-context.js'
import { renderPage } from '../http/render.js'
import { translatorFor } from '../i18n/catalogue.js'
import { isLocale, negotiateLocale } from '../i18n/negotiate.js'
import { Layout } from '../ui/layout.js'
import type { PageContext } from '../ui/page-context.js'

type Variant = 'csrf' | 'forbidden' | undefined

/**
 * GOV.UK-style error pages in the visitor's language (the URL's locale, else Accept-Language);
 * /api paths answer with the JSON error shape instead. Never a stack trace.
 */
export function createErrorHandlers(pageContext: (c: Context<AppEnv>) => PageContext) {
  const render = (c: Context<AppEnv>, status: ContentfulStatusCode, variant?: Variant) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') {
      if (status === 404) return apiError(c, 404, 'not_found', 'No such API endpoint; see /api/openapi.json')
      if (status === 403) return apiError(c, 403, 'forbidden', 'Forbidden')
      return apiError(c, 500, 'internal_error', 'Internal error; quote the requestId if you report it')
    }
    const firstSegment = c.req.path.split('/')[1]
    const locale = isLocale(firstSegment)
      ? firstSegment
      : negotiateLocale(c.req.header('accept-language'), c.var.config.i18n.defaultLocale)
    c.set('locale', locale)
    c.set('t', translatorFor(locale))
    const ctx = pageContext(c)
    // An error page's language links lead to the home page in that language, not to the failing URL.
    if (!isLocale(firstSegment)) Object.assign(ctx, { path: '', query: '' })
    else Object.assign(ctx, { path: stripLocale(c.req.path) })
    const { t } = ctx
    const [titleKey, bodyKey] =
      status === 404
        ? ['error.notFound.title', 'error.notFound.body']
        : variant === 'csrf'
          ? ['error.csrf.title', 'error.csrf.body']
          : status === 403
            ? ['error.forbidden.title', 'error.forbidden.body']
            : status >= 500
              ? ['error.server.title', 'error.server.body']
              : ['error.generic.title', 'error.generic.body']
    return renderPage(
      c,
      <Layout ctx={ctx} title={t(titleKey)} indexable={false}>
        <h1 class="app-heading-l">{t(titleKey)}</h1>
        <p class="app-body">{t(bodyKey)}</p>
        {status >= 500 ? <p class="app-body">{t('error.reference', { requestId: c.var.requestId })}</p> : null}
        <p class="app-body">
          <a href={`/${locale}`}>{t('error.notFound.home')}</a>
        </p>
      </Layout>,
      status,
    )
  }
  return {
    render,
    notFound: (c: Context<AppEnv>) => render(c, 404),
  }
}
