import { Hono } from 'hono'
import type { AssetManifest } from '../assets/assets.js'
import type { AppEnv } from '../http/env.js'
import { LOCALES } from '../i18n/catalogue.js'
import type { SitemapEntry, StoaModule } from '../module.js'

/** Pages every Stoa has, listed in the sitemap besides what the modules add. */
const platformSitemap: SitemapEntry[] = [
  { path: '' },
  { path: '/accessibility' },
  { path: '/privacy' },
  { path: '/open-data' },
  { path: '/contact' },
  { path: '/api' },
]

/** robots.txt, sitemap.xml (every public page in every language, with hreflang) and the favicon. */
export function siteFiles(options: { modules: StoaModule[]; assets: AssetManifest }) {
  const files = new Hono<AppEnv>()

  files.get('/robots.txt', (c) => {
    const base = c.var.config.http.baseUrl
    c.header('Cache-Control', 'public, max-age=3600')
    return c.text(`User-agent: *\nDisallow: /api/\nAllow: /api/openapi.json\nSitemap: ${base}/sitemap.xml\n`)
  })

  files.get('/sitemap.xml', async (c) => {
    const base = c.var.config.http.baseUrl
    const moduleEntries = await Promise.all(
      options.modules.map((module) => (module.sitemap ? module.sitemap(c.var.db) : Promise.resolve([]))),
    )
    const entries = [...platformSitemap, ...moduleEntries.flat()]
    const urls = entries.flatMap((entry) =>
      LOCALES.map((locale) => {
        const alternates = LOCALES.map(
          (alternate) =>
            `<xhtml:link rel="alternate" hreflang="${alternate}" href="${escapeXml(`${base}/${alternate}${entry.path}`)}"/>`,
        ).join('')
        const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ''
        return `<url><loc>${escapeXml(`${base}/${locale}${entry.path}`)}</loc>${lastmod}${alternates}</url>`
      }),
    )
    c.header('Content-Type', 'application/xml; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=600')
    return c.body(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`,
    )
  })

  files.get('/favicon.ico', (c) => c.redirect(options.assets.get('favicon.svg')!.url, 301))
  return files
}

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)
}
