import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './platform/testing/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('the app frame', () => {
  it('sends / to the language the browser prefers, and to English by default', async () => {
    const french = await t.get('/', { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' })
    expect(french.status).toBe(302)
    expect(french.headers.get('location')).toBe('/fr')
    expect(french.headers.get('vary')).toContain('Accept-Language')
    const german = await t.get('/', { 'accept-language': 'it, de;q=0.8' })
    expect(german.headers.get('location')).toBe('/de')
    expect((await t.get('/')).headers.get('location')).toBe('/en')
  })

  it('serves the home page in each language with its lang attribute and hreflang alternates', async () => {
    for (const locale of ['en', 'fr', 'de']) {
      const response = await t.get(`/${locale}`)
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html.startsWith('<!doctype html>')).toBe(true)
      expect(html).toContain(`<html lang="${locale}"`)
      for (const alternate of ['en', 'fr', 'de'])
        expect(html).toContain(`hreflang="${alternate}" href="http://localhost/${alternate}"`)
    }
  })

  it('sends a strict content security policy and the other security headers on every page', async () => {
    const response = await t.get('/en')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-request-id')).toBeTruthy()
    // Plain http: no HSTS, which would pin a laptop install to https.
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('sends HSTS when the site is served over https', async () => {
    const https = await createTestApp({ env: { BASE_URL: 'https://stoa.example.org' }, database: t.database })
    const response = await https.get('/en')
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000')
  })

  it('never renders inline script or inline style', async () => {
    const html = await (await t.get('/en')).text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/)
    expect(html).not.toMatch(/\sstyle="/)
    expect(html).not.toMatch(/\son[a-z]+="/)
  })

  it('refuses a form posted from another site with a page in the visitor’s language', async () => {
    const response = await t.app.request('/fr', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'a=b',
    })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Votre demande n’a pas pu être vérifiée')
  })

  it('refuses a form posted without any origin information', async () => {
    const response = await t.app.request('/en', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    })
    expect(response.status).toBe(403)
  })

  it('shows a 404 page in the language of the URL, and in the browser’s language outside one', async () => {
    const german = await t.get('/de/does-not-exist')
    expect(german.status).toBe(404)
    const html = await german.text()
    expect(html).toContain('Seite nicht gefunden')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    const outside = await t.get('/nowhere', { 'accept-language': 'fr' })
    expect(outside.status).toBe(404)
    expect(await outside.text()).toContain('Page introuvable')
  })

  it('answers unknown API paths with the JSON error shape', async () => {
    const response = await t.get('/api/nothing-here')
    expect(response.status).toBe(404)
    const body = await response.json()
    expect(body.error.code).toBe('not_found')
    expect(body.error.requestId).toBeTruthy()
  })

  it('reports the database in /healthz', async () => {
    const response = await t.get('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok' })
  })

  it('serves hashed assets with a year-long immutable cache', async () => {
    const html = await (await t.get('/en')).text()
    const href = html.match(/href="(\/assets\/app\.[0-9a-f]{12}\.css)"/)?.[1]
    expect(href).toBeTruthy()
    const css = await t.get(href!)
    expect(css.status).toBe(200)
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(css.headers.get('content-type')).toContain('text/css')
    expect((await t.get('/assets/app.000000000000.css')).status).toBe(404)
  })

  it('answers with an ETag and 304 for an unchanged page', async () => {
    const first = await t.get('/en')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const second = await t.get('/en', { 'if-none-match': etag! })
    expect(second.status).toBe(304)
  })

  it('redirects a trailing slash to the canonical URL', async () => {
    const response = await t.get('/en/privacy/')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toMatch(/\/en\/privacy$/)
  })

  it('publishes robots.txt and a sitemap listing every locale with alternates', async () => {
    const robots = await (await t.get('/robots.txt')).text()
    expect(robots).toContain('Sitemap: http://localhost/sitemap.xml')
    const sitemap = await (await t.get('/sitemap.xml')).text()
    expect(sitemap).toContain('<loc>http://localhost/fr/accessibility</loc>')
    expect(sitemap).toContain('hreflang="de" href="http://localhost/de/privacy"')
  })

  it('describes the API in an OpenAPI 3.1 document', async () => {
    const response = await t.get('/api/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const document = await response.json()
    expect(document.openapi).toBe('3.1.0')
    expect(document.components.schemas.ApiError).toBeTruthy()
  })
})

describe('compressed assets', () => {
  it('serves the stylesheet compressed ahead of time, brotli or gzip as the browser accepts', async () => {
    const { gunzipSync, brotliDecompressSync } = await import('node:zlib')
    const html = await (await t.get('/en')).text()
    const href = html.match(/href="(\/assets\/app\.[0-9a-f]{12}\.css)"/)![1]!
    const plain = await (await t.get(href)).text()
    const gzip = await t.get(href, { 'accept-encoding': 'gzip, deflate' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding')
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(plain)
    const brotli = await t.get(href, { 'accept-encoding': 'gzip, deflate, br' })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(plain)
  })
})

describe('when something breaks', () => {
  it('shows the visitor a page in their language with a reference, never the error itself', async () => {
    const { Hono } = await import('hono')
    const { createModuleApi } = await import('./platform/api/api-app.js')
    const { modules } = await import('./modules/index.js')
    const failing = new Hono<import('./platform/http/env.js').AppEnv>()
    failing.get('/', () => {
      throw new Error('secret database detail at /srv/stoa/db.ts:42')
    })
    const api = createModuleApi()
    api.get('/failing', () => {
      throw new Error('secret database detail at /srv/stoa/db.ts:42')
    })
    const broken = await createTestApp({
      database: t.database,
      modules: [...modules, { name: 'failing', pages: { segment: 'failing', routes: failing }, api }],
    })
    const page = await broken.get('/fr/failing')
    expect(page.status).toBe(500)
    const html = await page.text()
    expect(html).toContain('Désolé, le service rencontre un problème')
    expect(html).toContain(page.headers.get('x-request-id')!)
    expect(html).not.toContain('secret database detail')
    expect(html).not.toMatch(/at .*\.ts:\d+/)
    const json = await broken.get('/api/failing')
    expect(json.status).toBe(500)
    const body = await json.json()
    expect(body.error.code).toBe('internal_error')
    expect(JSON.stringify(body)).not.toContain('secret')
  })
})
