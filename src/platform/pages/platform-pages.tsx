import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Db } from '../../db/client.js'
import type { AppEnv } from '../http/env.js'
import { renderPage } from '../http/render.js'
import { negotiateLocale } from '../i18n/negotiate.js'
import type { StoaModule } from '../module.js'
import { Layout } from '../ui/layout.js'
import type { PageContext } from '../ui/page-context.js'
import { AccessibilityPage } from './accessibility-page.js'
import { ApiPage } from './api-page.js'
import { type ApiTagGroup, describeApi, type OpenApiDocument } from './api-reference.js'
import { ContactPage } from './contact-page.js'
import { OpenDataPage } from './open-data-page.js'
import { PrivacyPage } from './privacy-page.js'
import { SearchPage } from './search-page.js'

/** `/` sends the visitor to their language (Accept-Language), remembering nothing about them. */
export function rootRedirect(c: Context<AppEnv>) {
  const locale = negotiateLocale(c.req.header('accept-language'), c.var.config.i18n.defaultLocale)
  c.header('Vary', 'Accept-Language')
  c.header('Cache-Control', 'no-store')
  return c.redirect(`/${locale}`, 302)
}

/** The pages the platform owns under each locale: home and the site's own information pages. */
export function platformPages(options: {
  modules: StoaModule[]
  pageContext: (c: Context<AppEnv>) => PageContext
  /** The API's OpenAPI document, built in-process (the same one /api/openapi.json serves). */
  apiDocument: () => OpenApiDocument
}) {
  const { modules, pageContext } = options
  const openData = modules.flatMap((module) => (module.openData ? [module.openData] : []))
  const listDatasets = async (db: Db) =>
    (await Promise.all(openData.map((entries) => (typeof entries === 'function' ? entries(db) : entries)))).flat()
  // Routes are all registered before the first request, so the document cannot change afterwards.
  let apiGroups: ApiTagGroup[] | undefined
  const sections = modules
    .flatMap((module) => (module.homeSection ? [module.homeSection] : []))
    .sort((a, b) => a.order - b.order)
  const pages = new Hono<AppEnv>()

  pages.get('/', async (c) => {
    const ctx = pageContext(c)
    const rendered = await Promise.all(sections.map((section) => section.render(ctx, c.var.db)))
    const { t } = ctx
    return renderPage(
      c,
      <Layout ctx={ctx} title={t('site.name')} description={t('site.tagline')}>
        <div class="app-hero">
          <h1 class="app-heading-xl">{t('home.title')}</h1>
          <p class="app-body-l">{t('home.lead')}</p>
        </div>
        {rendered.filter((section) => section !== null)}
      </Layout>,
    )
  })

  const searchSources = modules.flatMap((module) => (module.search ? [module.search] : []))
  pages.get('/search', async (c) => {
    const ctx = pageContext(c)
    const query = (c.req.query('q') ?? '').trim().slice(0, 200)
    const groups = query
      ? await Promise.all(
          searchSources.map(async (source) => {
            const found = await source.search(c.var.db, { query, locale: ctx.locale, actor: c.var.actor, limit: 5 })
            return { label: ctx.t(source.labelKey), ...found, morePath: source.morePath?.(query) }
          }),
        )
      : []
    return renderPage(c, <SearchPage ctx={ctx} query={query} groups={groups} />)
  })

  pages.get('/accessibility', (c) => renderPage(c, <AccessibilityPage ctx={pageContext(c)} />))
  pages.get('/privacy', (c) =>
    renderPage(c, <PrivacyPage ctx={pageContext(c)} contactEmail={c.var.config.contact.email} />),
  )
  pages.get('/open-data', async (c) =>
    renderPage(c, <OpenDataPage ctx={pageContext(c)} datasets={await listDatasets(c.var.db)} />),
  )
  pages.get('/contact', (c) =>
    renderPage(c, <ContactPage ctx={pageContext(c)} contactEmail={c.var.config.contact.email} />),
  )
  pages.get('/api', (c) => {
    apiGroups ??= describeApi(options.apiDocument())
    return renderPage(
      c,
      <ApiPage ctx={pageContext(c)} groups={apiGroups} limitPerMinute={c.var.config.http.apiRateLimitPerMinute} />,
    )
  })
  return pages
}
