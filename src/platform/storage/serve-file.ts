import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import type { FileStorage } from './file-storage.js'
import { FILE_TYPES, type FileType } from './file-types.js'

export interface ServedFile {
  key: string
  type: FileType
  /** The name the person gave the file, offered for saving; never used to find it. */
  downloadName: string
  /** Images are shown in pages; everything else is a download. */
  inline?: boolean
  /** Public files may be cached by browsers and proxies; private ones never. */
  isPublic?: boolean
}

function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * A stored file's validator. Keys are never reused (a new upload gets a new key), so the key alone
 * tells one content from another; it is hashed so the key itself is never shown.
 */
export function storedFileEtag(key: string): string {
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`
}

/**
 * Answers with a stored file, honouring a single byte range (audio and video seek with them), with
 * `nosniff` and an attachment disposition unless the file is an image shown in a page. An ETag
 * lets browsers revalidate a public file (a preview, a cover) with a 304 instead of a download.
 * The caller has already decided the person may read it.
 */
export async function serveStoredFile(c: Context, storage: FileStorage, file: ServedFile): Promise<Response> {
  const size = await storage.size(file.key)
  if (size === undefined) return c.notFound()
  const headers: Record<string, string> = {
    'content-type': file.type,
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
    'content-disposition': contentDisposition(
      file.inline && FILE_TYPES[file.type].kind === 'image' ? 'inline' : 'attachment',
      file.downloadName,
    ),
    'cache-control': file.isPublic ? 'public, max-age=86400' : 'private, no-store',
    etag: storedFileEtag(file.key),
  }
  const ifNoneMatch = c.req.header('if-none-match')
  if (
    ifNoneMatch &&
    (ifNoneMatch.trim() === '*' ||
      ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === headers.etag))
  )
    return new Response(null, { status: 304, headers })
  // A range is for the content the client already has part of: If-Range names it.
  const ifRange = c.req.header('if-range')
  const range = ifRange && ifRange !== headers.etag ? null : parseRange(c.req.header('range'), size)
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } })
  const body = await storage.read(file.key, range ?? undefined)
  if (!body) return c.notFound()
  if (range)
    return new Response(body, {
      status: 206,
      headers: {
        ...headers,
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': String(range.end - range.start + 1),
      },
    })
  return new Response(body, { status: 200, headers: { ...headers, 'content-length': String(size) } })
}

/** One "bytes=a-b", "bytes=a-" or "bytes=-n" range; several ranges are answered whole. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || end < start) return 'unsatisfiable'
  return { start, end }
}
