import { randomBytes } from 'node:crypto'
import { FILE_TYPES, type FileType } from './file-types.js'

// Only keys we generated: anything else (a "../", a path from a form) is never opened.
const generatedKey = /^[a-z0-9-]{1,40}\/[a-f0-9]{32}\.[a-z0-9]{2,5}$/
const folderName = /^[a-z0-9-]{1,40}$/

export function isStorageKey(key: string): boolean {
  return generatedKey.test(key)
}

export function isStorageFolder(folder: string): boolean {
  return folderName.test(folder)
}

/** A new key in `folder` that says nothing about the file or its owner. */
export function newStorageKey(folder: string, type: FileType): string {
  if (!isStorageFolder(folder)) throw new Error(`bad storage folder ${folder}`)
  return `${folder}/${randomBytes(16).toString('hex')}.${FILE_TYPES[type].extension}`
}
