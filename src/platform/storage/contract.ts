import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { FileStorage } from './file-storage.js'
import { serveStoredFile } from './serve-file.js'

const pdf = new TextEncoder().encode('%PDF-1.7\n0123456789')

/** The bytes a stream brings, as hex (vitest compares long strings far faster than long arrays). */
async function bytesOf(stream: ReadableStream<Uint8Array> | undefined): Promise<string> {
  expect(stream).toBeInstanceOf(ReadableStream)
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('hex')
}
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

/**
 * What every storage driver promises, run against each of them (the local folder and a real
 * S3-compatible server): generated keys, sizes, whole and ranged reads as streams, deletes that
 * may repeat, and keys it did not make never reaching the store.
 */
export function describeStorageContract(name: string, storage: () => FileStorage) {
  describe(`the ${name} storage's contract`, () => {
    it('keeps files under generated keys, reads them whole and deletes them', async () => {
      const key = await storage().put('practice-documents', pdf, 'application/pdf')
      expect(key).toMatch(/^practice-documents\/[a-f0-9]{32}\.pdf$/)
      expect(await storage().put('practice-documents', pdf, 'application/pdf')).not.toBe(key)
      expect(await storage().size(key)).toBe(pdf.byteLength)
      expect(await bytesOf(await storage().read(key))).toBe(hex(pdf))
      await storage().delete(key)
      expect(await storage().size(key)).toBeUndefined()
      expect(await storage().read(key)).toBeUndefined()
      await storage().delete(key)
    })

    it('reads byte ranges, first, middle and last bytes, from a larger file', async () => {
      const bytes = new Uint8Array(randomBytes(300_000))
      const key = await storage().put('audio', bytes, 'audio/mpeg')
      expect(await storage().size(key)).toBe(bytes.byteLength)
      expect(await bytesOf(await storage().read(key, { start: 0, end: 0 }))).toBe(hex(bytes.subarray(0, 1)))
      expect(await bytesOf(await storage().read(key, { start: 1000, end: 199_999 }))).toBe(
        hex(bytes.subarray(1000, 200_000)),
      )
      expect(await bytesOf(await storage().read(key, { start: 299_999, end: 299_999 }))).toBe(
        hex(bytes.subarray(299_999)),
      )
      expect(await bytesOf(await storage().read(key))).toBe(hex(bytes))
      await storage().delete(key)
    })

    it('never reaches the store with a key it did not make', async () => {
      expect(await storage().size('../secret.txt')).toBeUndefined()
      expect(await storage().read('practice-documents/../../secret.txt')).toBeUndefined()
      expect(await storage().size('practice-documents/0123456789abcdef0123456789abcdef.pdf')).toBeUndefined()
      await storage().delete('../secret.txt')
      await expect(storage().put('../up', pdf, 'application/pdf')).rejects.toThrow()
      await expect(storage().put('Folder', pdf, 'application/pdf')).rejects.toThrow()
    })

    it('serves whole files and ranges over HTTP', async () => {
      const key = await storage().put('audio', pdf, 'application/pdf')
      const app = new Hono().get('/file', (c) =>
        serveStoredFile(c, storage(), { key, type: 'application/pdf', downloadName: 'a.pdf' }),
      )
      const whole = await app.request('/file')
      expect(whole.status).toBe(200)
      expect(whole.headers.get('content-length')).toBe(String(pdf.byteLength))
      expect(await whole.text()).toBe('%PDF-1.7\n0123456789')
      const part = await app.request('/file', { headers: { range: 'bytes=9-12' } })
      expect(part.status).toBe(206)
      expect(part.headers.get('content-range')).toBe(`bytes 9-12/${pdf.byteLength}`)
      expect(await part.text()).toBe('0123')
      expect((await app.request('/file', { headers: { range: 'bytes=500-' } })).status).toBe(416)
      await storage().delete(key)
      expect((await app.request('/file')).status).toBe(404)
    })
  })
}
