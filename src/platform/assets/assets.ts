import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import * as esbuild from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const staticDir = path.join(here, 'static')
const stylesheet = path.join(here, 'styles.css')
const clientEntry = path.join(here, '..', '..', 'client', 'main.ts')

export interface Asset {
  /** The URL path with the content hash, served with a year-long immutable cache. */
  url: string
  body: Uint8Array
  /** Compressed once at start-up for text assets, so no request pays for compressing them. */
  gzip?: Uint8Array
  brotli?: Uint8Array
  contentType: string
}

/** Logical name (e.g. "app.css", "eu-emblem.svg") → the hashed asset. */
export type AssetManifest = Map<string, Asset>

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

let building: Promise<AssetManifest> | undefined

/**
 * Builds the stylesheet, the browser script and the static images into memory once per process:
 * no build step before `npm start`, and file names carry a content hash so caches never go stale.
 */
export function loadAssets(): Promise<AssetManifest> {
  building ??= buildAssets()
  return building
}

async function buildAssets(): Promise<AssetManifest> {
  const manifest: AssetManifest = new Map()
  const add = (name: string, body: Uint8Array) => {
    const ext = path.extname(name)
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
    const url = `/assets/${path.basename(name, ext)}.${hash}${ext}`
    const contentType = contentTypes[ext] ?? 'application/octet-stream'
    const compressible = /^(text\/|image\/svg)/.test(contentType) && body.byteLength > 1024
    manifest.set(name, {
      url,
      body,
      contentType,
      ...(compressible
        ? {
            gzip: new Uint8Array(zlib.gzipSync(body, { level: 9 })),
            brotli: new Uint8Array(
              zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
            ),
          }
        : {}),
    })
  }

  const css = await esbuild.build({
    entryPoints: [stylesheet],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
  })
  add('app.css', css.outputFiles[0]!.contents)

  const js = await esbuild.build({
    entryPoints: [clientEntry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  })
  add('app.js', js.outputFiles[0]!.contents)

  for (const file of await fs.readdir(staticDir)) {
    add(file, new Uint8Array(await fs.readFile(path.join(staticDir, file))))
  }
  return manifest
}

export function assetUrl(manifest: AssetManifest, name: string): string {
  const asset = manifest.get(name)
  if (!asset) throw new Error(`Unknown asset ${name}`)
  return asset.url
}
