import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
})
