import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Config } from '../../config.js'
import type { FileType } from './file-types.js'
import { isStorageKey, newStorageKey } from './keys.js'
import { s3FileStorage } from './s3-storage.js'

/**
 * Where uploaded files live: a folder outside the web root by default; an S3-compatible bucket
 * when configured (the same interface, so modules never know which). Keys are generated here and
 * say nothing about the file or its owner; modules keep the key, the type and the person's file
 * name in their own tables and decide who may read it.
 */
export interface FileStorage {
  /** Stores the bytes under a new key in `folder` and returns the key. */
  put(folder: string, bytes: Uint8Array, type: FileType): Promise<string>
  /** The file's size, or undefined when there is no such file. */
  size(key: string): Promise<number | undefined>
  /** The bytes from `start` to `end` inclusive (the whole file without a range), as a web stream. */
  read(key: string, range?: { start: number; end: number }): Promise<ReadableStream<Uint8Array> | undefined>
  /** Removes the file; one already gone is fine. */
  delete(key: string): Promise<void>
}

export function localFileStorage(root: string): FileStorage {
  const fullPath = (key: string) => {
    if (!isStorageKey(key)) return undefined
    return path.join(root, key)
  }
  return {
    async put(folder, bytes, type) {
      const key = newStorageKey(folder, type)
      await fs.mkdir(path.join(root, folder), { recursive: true })
      await fs.writeFile(path.join(root, key), bytes, { flag: 'wx' })
      return key
    },
    async size(key) {
      const file = fullPath(key)
      if (!file) return undefined
      try {
        return (await fs.stat(file)).size
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    async read(key, range) {
      const file = fullPath(key)
      if (!file || (await this.size(key)) === undefined) return undefined
      const stream = createReadStream(file, range ? { start: range.start, end: range.end } : {})
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>
    },
    async delete(key) {
      const file = fullPath(key)
      if (file) await fs.rm(file, { force: true })
    },
  }
}

const storages = new Map<string, FileStorage>()

/** The storage the configuration names, one per process and root or bucket. */
export function fileStorageFor(config: Config): FileStorage {
  const settings = config.storage
  const name =
    settings.driver === 's3' ? `s3:${settings.endpoint ?? settings.region}/${settings.bucket}` : `local:${settings.dir}`
  let storage = storages.get(name)
  if (!storage) {
    storage = settings.driver === 's3' ? s3FileStorage(settings) : localFileStorage(settings.dir)
    storages.set(name, storage)
  }
  return storage
}
