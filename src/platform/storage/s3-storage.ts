import { AwsClient } from 'aws4fetch'
import type { FileStorage } from './file-storage.js'
import { isStorageKey, newStorageKey } from './keys.js'

export interface S3Options {
  /** The server's address, e.g. https://s3.eu-central-003.backblazeb2.com; AWS's own when unset. */
  endpoint?: string | undefined
  /** The bucket's region; `auto` (R2's word) is sent as us-east-1 to AWS itself. */
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key`: MinIO, Garage and test servers need it. */
  forcePathStyle?: boolean
  /** How long to wait for a server's answer (its headers: a download then streams for as long as it takes). */
  timeoutMs?: number
}

/** An S3 error the driver does not expect, with the server's code but never the credentials. */
export class S3StorageError extends Error {}

/**
 * The storage interface over any S3-compatible server, with requests signed (AWS Signature V4) by
 * `aws4fetch` over Node's own fetch: one small dependency instead of the AWS SDK. Ranged reads send
 * a `Range` header and hand back the response body as it streams, so a seek in a long video never
 * loads the whole file. The bucket must exist; Stoa never creates or lists buckets.
 */
export function s3FileStorage(options: S3Options): FileStorage {
  const region = options.region === 'auto' && !options.endpoint ? 'us-east-1' : options.region
  const endpoint = new URL(options.endpoint ?? `https://s3.${region}.amazonaws.com`)
  const base = options.forcePathStyle
    ? `${endpoint.origin}${endpoint.pathname.replace(/\/$/, '')}/${encodeURIComponent(options.bucket)}`
    : `${endpoint.protocol}//${options.bucket}.${endpoint.host}${endpoint.pathname.replace(/\/$/, '')}`
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region,
    retries: 2,
  })
  const timeoutMs = options.timeoutMs ?? 30_000
  // Keys are ours ([a-z0-9-/.] only), so they go into the path as they are.
  const url = (key: string) => `${base}/${key}`

  /** Sends a signed request; gives up when no answer has begun within the timeout. */
  async function send(
    method: string,
    key: string,
    init: { headers?: Record<string, string>; body?: Uint8Array<ArrayBuffer> },
  ) {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      return await client.fetch(url(key), { method, ...init, signal: controller.signal })
    } catch (error) {
      if (controller.signal.aborted)
        throw new S3StorageError(`S3 ${method} got no answer within ${timeoutMs} ms`, { cause: error })
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  async function failure(method: string, response: Response): Promise<S3StorageError> {
    const text = await response.text().catch(() => '')
    const code = text.match(/<Code>([^<]{1,100})<\/Code>/)?.[1]
    return new S3StorageError(`S3 ${method} answered ${response.status}${code ? ` ${code}` : ''}`)
  }

  return {
    async put(folder, bytes, type) {
      const key = newStorageKey(folder, type)
      const response = await send('PUT', key, {
        headers: { 'content-type': type, 'content-length': String(bytes.byteLength) },
        // fetch takes bytes over an ArrayBuffer; those over a shared one are copied.
        body: bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes),
      })
      if (!response.ok) throw await failure('PUT', response)
      await response.body?.cancel()
      return key
    },
    async size(key) {
      if (!isStorageKey(key)) return undefined
      const response = await send('HEAD', key, {})
      if (response.status === 404) return undefined
      if (!response.ok) throw await failure('HEAD', response)
      const length = Number(response.headers.get('content-length'))
      if (!Number.isSafeInteger(length)) throw new S3StorageError('S3 HEAD answered without a length')
      return length
    },
    async read(key, range) {
      if (!isStorageKey(key)) return undefined
      const response = await send('GET', key, range ? { headers: { range: `bytes=${range.start}-${range.end}` } } : {})
      if (response.status === 404) {
        await response.body?.cancel()
        return undefined
      }
      if (!response.ok) throw await failure('GET', response)
      const body = response.body ?? new Response(new Uint8Array()).body!
      if (!range) return body
      // A server that ignored the range, or sent more than asked, would break the promised length:
      // the part must start where asked, and is cut where asked.
      const served = response.headers.get('content-range')?.match(/^bytes (\d+)-(\d+)\//)
      if (response.status !== 206 || Number(served?.[1]) !== range.start || Number(served?.[2]) < range.end) {
        await body.cancel()
        throw new S3StorageError(
          `S3 GET answered ${response.status} ${served?.[0] ?? ''} to bytes=${range.start}-${range.end}`,
        )
      }
      return Number(served?.[2]) === range.end ? body : body.pipeThrough(firstBytes(range.end - range.start + 1))
    },
    async delete(key) {
      if (!isStorageKey(key)) return
      const response = await send('DELETE', key, {})
      await response.body?.cancel()
      if (!response.ok && response.status !== 404) throw new S3StorageError(`S3 DELETE answered ${response.status}`)
    },
  }
}

/** Passes on the first `length` bytes, then stops reading the source. */
function firstBytes(length: number): TransformStream<Uint8Array, Uint8Array> {
  let left = length
  return new TransformStream({
    transform(chunk, controller) {
      if (chunk.byteLength < left) {
        left -= chunk.byteLength
        controller.enqueue(chunk)
        return
      }
      controller.enqueue(chunk.subarray(0, left))
      left = 0
      controller.terminate()
    },
  })
}
