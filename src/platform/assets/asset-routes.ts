import { Hono } from 'hono'
import type { AppEnv } from '../http/env.js'
import type { AssetManifest } from './assets.js'

/** Serves the hashed assets from memory: a changed file gets a new name, so a year's cache is safe. */
export function assetRoutes(manifest: AssetManifest) {
  const byPath = new Map([...manifest.values()].map((asset) => [asset.url.replace(/^\/assets/, ''), asset]))
  const routes = new Hono<AppEnv>()
  routes.get('/*', (c) => {
    const asset = byPath.get(c.req.path.replace(/^\/assets/, ''))
    if (!asset) return c.notFound()
    c.header('Content-Type', asset.contentType)
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    c.header('Cross-Origin-Resource-Policy', 'cross-origin')
    if (!asset.gzip) return c.body(asset.body as Uint8Array<ArrayBuffer>)
    c.header('Vary', 'Accept-Encoding')
    const accepted = c.req.header('accept-encoding') ?? ''
    if (asset.brotli && /\bbr\b/.test(accepted)) {
      c.header('Content-Encoding', 'br')
      return c.body(asset.brotli as Uint8Array<ArrayBuffer>)
    }
    if (/\bgzip\b/.test(accepted)) {
      c.header('Content-Encoding', 'gzip')
      return c.body(asset.gzip as Uint8Array<ArrayBuffer>)
    }
    return c.body(asset.body as Uint8Array<ArrayBuffer>)
  })
  return routes
}
