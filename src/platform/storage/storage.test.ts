import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeStorageContract } from './contract.js'
import {
  checkUpload,
  detectFileType,
  type FileStorage,
  localFileStorage,
  parseRange,
  serveStoredFile,
  storedFileEtag,
} from './index.js'

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])
const pdf = new TextEncoder().encode('%PDF-1.7\n0123456789')

let root: string
let storage: FileStorage

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'stoa-storage-'))
  storage = localFileStorage(root)
})
afterAll(() => fs.rm(root, { recursive: true, force: true }))

describe('file types', () => {
  it('are told by content, not by name', async () => {
    expect(detectFileType(png)).toBe('image/png')
    expect(detectFileType(pdf)).toBe('application/pdf')
    expect(detectFileType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeUndefined()
    const disguised = new File([new TextEncoder().encode('<svg onload="alert(1)"/>')], 'photo.png', {
      type: 'image/png',
    })
    expect(await checkUpload(disguised, ['image/png'], 1000)).toEqual({ ok: false, reason: 'wrong-type' })
    expect(await checkUpload(new File([pdf], 'a.pdf'), ['image/png'], 1000)).toEqual({
      ok: false,
      reason: 'wrong-type',
    })
    expect(await checkUpload(new File([pdf], 'a.pdf'), ['application/pdf'], 10)).toEqual({
      ok: false,
      reason: 'too-large',
    })
    expect(await checkUpload(new File([], 'empty.pdf'), ['application/pdf'], 10)).toEqual({
      ok: false,
      reason: 'empty',
    })
    expect(await checkUpload(new File([pdf], 'a.pdf'), ['application/pdf'], 1000)).toMatchObject({
      ok: true,
      type: 'application/pdf',
      name: 'a.pdf',
    })
  })
})

describeStorageContract('local', () => storage)

describe('the local storage', () => {
  it('never opens a file outside its keys, even one beside them', async () => {
    await fs.writeFile(path.join(root, 'secret.txt'), 'secret')
    expect(await storage.size('../secret.txt')).toBeUndefined()
    expect(await storage.read('practice-documents/../../secret.txt')).toBeUndefined()
    await storage.delete('secret.txt')
    expect(await fs.readFile(path.join(root, 'secret.txt'), 'utf8')).toBe('secret')
  })
})

describe('serving a stored file', () => {
  it('answers whole files and byte ranges, as attachments with nosniff', async () => {
    const key = await storage.put('audio', pdf, 'application/pdf')
    const app = new Hono().get('/file', (c) =>
      serveStoredFile(c, storage, { key, type: 'application/pdf', downloadName: 'Rapport été.pdf' }),
    )
    const whole = await app.request('/file')
    expect(whole.status).toBe(200)
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff')
    expect(whole.headers.get('content-disposition')).toBe(
      `attachment; filename="Rapport _t_.pdf"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9.pdf`,
    )
    expect(whole.headers.get('cache-control')).toBe('private, no-store')
    expect(await whole.text()).toBe('%PDF-1.7\n0123456789')
    const part = await app.request('/file', { headers: { range: 'bytes=-4' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(
      `bytes ${pdf.byteLength - 4}-${pdf.byteLength - 1}/${pdf.byteLength}`,
    )
    expect(await part.text()).toBe('6789')
    const beyond = await app.request('/file', { headers: { range: 'bytes=500-' } })
    expect(beyond.status).toBe(416)
  })

  it('lets browsers revalidate with an ETag, and ranges follow If-Range', async () => {
    const key = await storage.put('library-previews', png, 'image/png')
    const app = new Hono().get('/preview', (c) =>
      serveStoredFile(c, storage, { key, type: 'image/png', downloadName: 'p.png', inline: true, isPublic: true }),
    )
    const first = await app.request('/preview')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(first.headers.get('content-disposition')).toMatch(/^inline;/)
    const etag = first.headers.get('etag')!
    expect(etag).toBe(storedFileEtag(key))
    expect(etag).not.toContain(key.split('/')[1]!.slice(0, 8))
    const again = await app.request('/preview', { headers: { 'if-none-match': `"other", W/${etag}` } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect((await app.request('/preview', { headers: { 'if-none-match': '"other"' } })).status).toBe(200)
    const sameFile = await app.request('/preview', { headers: { range: 'bytes=0-3', 'if-range': etag } })
    expect(sameFile.status).toBe(206)
    const changed = await app.request('/preview', { headers: { range: 'bytes=0-3', 'if-range': '"other"' } })
    expect(changed.status).toBe(200)
    expect((await changed.arrayBuffer()).byteLength).toBe(png.byteLength)
    const other = await storage.put('library-previews', png, 'image/png')
    expect(storedFileEtag(other)).not.toBe(etag)
  })

  it('reads ranges as RFC 9110 says', () => {
    expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 })
    expect(parseRange('bytes=5-', 10)).toEqual({ start: 5, end: 9 })
    expect(parseRange('bytes=5-100', 10)).toEqual({ start: 5, end: 9 })
    expect(parseRange('bytes=0-1,3-4', 10)).toBeNull()
    expect(parseRange(undefined, 10)).toBeNull()
    expect(parseRange('bytes=9-2', 10)).toBe('unsatisfiable')
  })
})
