import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../http/env.js'
import { renderPage } from '../http/render.js'
import { negotiateLocale } from '../i18n/negotiate.js'
import type { StoaModule } from '../module.js'
import { Layout } from '../ui/layout.js'
import type { PageContext } from '../ui/page-context.js'

/** `/` sends the visitor to their language (Accept-Language), remembering nothing about them. */
export function rootRedirect(c: Context<AppEnv>) {
  const locale = negotiateLocale(c.req.header('accept-language'), c.var.config.i18n.defaultLocale)
  c.header('Vary', 'Accept-Language')
  c.header('Cache-Control', 'no-store')
  return c.redirect(`/${locale}`, 302)
}

/** The pages the platform owns under each locale: home and the site's own information pages. */
export function platformPages(options: { modules: StoaModule[]; pageContext: (c: Context<AppEnv>) => PageContext }) {
  const { modules, pageContext } = options
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
  return pages
}
