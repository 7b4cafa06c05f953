import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../config.js'
import { describeStorageContract } from './contract.js'
import { type FileStorage, fileStorageFor, S3StorageError, s3FileStorage } from './index.js'
import { startS3Server } from './testing.js'

let server: Awaited<ReturnType<typeof startS3Server>>
let storage: FileStorage

beforeAll(async () => {
  server = await startS3Server()
  storage = s3FileStorage(server.options)
})
afterAll(() => server.stop())

describeStorageContract('S3', () => storage)

describe('the S3 storage', () => {
  it('is the one the configuration names', async () => {
    const configured = fileStorageFor(loadConfig({ NODE_ENV: 'test', ...server.env }))
    expect(fileStorageFor(loadConfig({ NODE_ENV: 'test', ...server.env }))).toBe(configured)
    const key = await configured.put('library-files', new Uint8Array([1, 2, 3]), 'application/pdf')
    expect(await storage.size(key)).toBe(3)
  })

  it('fails clearly, without the secret, when the server refuses', async () => {
    // s3rver checks the access key but not a V4 signature's value: the unknown key stands for both.
    const stranger = s3FileStorage({ ...server.options, accessKeyId: 'STRANGER', secretAccessKey: 'not-the-secret' })
    const failure = stranger.put('library-files', new Uint8Array([1]), 'application/pdf')
    await expect(failure).rejects.toBeInstanceOf(S3StorageError)
    await expect(failure).rejects.toThrow(/^S3 PUT answered 403 InvalidAccessKeyId$/)
    await expect(stranger.size('library-files/0123456789abcdef0123456789abcdef.pdf')).rejects.toThrow(/403/)
    const noBucket = s3FileStorage({ ...server.options, bucket: 'no-such-bucket' })
    await expect(noBucket.put('library-files', new Uint8Array([1]), 'application/pdf')).rejects.toThrow(
      /404 NoSuchBucket/,
    )
  })

  it('gives up when the server does not answer in time', async () => {
    const { createServer } = await import('node:net')
    const silent = createServer(() => {}).listen(0, '127.0.0.1')
    await new Promise((resolve) => silent.once('listening', resolve))
    const { port } = silent.address() as { port: number }
    const stuck = s3FileStorage({ ...server.options, endpoint: `http://127.0.0.1:${port}`, timeoutMs: 200 })
    await expect(stuck.size('library-files/0123456789abcdef0123456789abcdef.pdf')).rejects.toThrow(
      /no answer within 200 ms/,
    )
    silent.close()
  })

  describe('addresses', () => {
    afterEach(() => vi.unstubAllGlobals())

    /** The request the driver would send, caught before it leaves. */
    async function requestFor(options: Parameters<typeof s3FileStorage>[0]): Promise<Request> {
      const sent: Request[] = []
      vi.stubGlobal('fetch', async (request: Request) => {
        sent.push(request)
        return new Response(null, { status: 404 })
      })
      await s3FileStorage(options).size('library-files/0123456789abcdef0123456789abcdef.pdf')
      return sent[0]!
    }
    const credentials = { bucket: 'stoa-files', accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

    it('are AWS’s own, bucket first, without an endpoint, signed for the region', async () => {
      const request = await requestFor({ ...credentials, region: 'eu-west-3' })
      expect(request.method).toBe('HEAD')
      expect(request.url).toBe(
        'https://stoa-files.s3.eu-west-3.amazonaws.com/library-files/0123456789abcdef0123456789abcdef.pdf',
      )
      expect(request.headers.get('authorization')).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-3\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[a-f0-9]{64}$/,
      )
      expect((await requestFor({ ...credentials, region: 'auto' })).url).toMatch(
        /^https:\/\/stoa-files\.s3\.us-east-1\.amazonaws\.com\//,
      )
    })

    it('put the bucket in the host or, path-style, in the path of a custom endpoint', async () => {
      const endpoint = 'https://objects.example.org'
      expect((await requestFor({ ...credentials, region: 'auto', endpoint })).url).toMatch(
        /^https:\/\/stoa-files\.objects\.example\.org\/library-files\//,
      )
      expect((await requestFor({ ...credentials, region: 'auto', endpoint, forcePathStyle: true })).url).toMatch(
        /^https:\/\/objects\.example\.org\/stoa-files\/library-files\//,
      )
    })
  })
})
