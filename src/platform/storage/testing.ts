import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import type { S3Options } from './s3-storage.js'

/**
 * A real S3-compatible server (s3rver, pure JavaScript) on a free loopback port with one empty
 * bucket, for tests. Its credentials are s3rver's fixed ones; it checks the access key, not the
 * value of a V4 signature, and answers `bytes=0-0` with the whole file (the driver cuts it).
 */
export async function startS3Server(bucket = 'stoa-test') {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'stoa-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const options = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  } satisfies S3Options
  return {
    options,
    /** The same settings as environment variables, for `loadConfig`. */
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: options.endpoint,
      S3_REGION: options.region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: options.accessKeyId,
      S3_SECRET_ACCESS_KEY: options.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
