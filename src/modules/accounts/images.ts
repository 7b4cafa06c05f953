import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../../config.js'

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp'
export type ImageFolder = 'profile-photos' | 'organisation-logos'

const extensions: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }
const typesByExtension: Record<string, ImageType> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' }
// Only names we generated: anything else (a "../", a stored path from elsewhere) is never opened.
const storedName = /^[a-f0-9]{32}\.(png|jpg|webp)$/

/**
 * The image type by its first bytes, never by the name or the type the browser claims: a file
 * called photo.png that is really HTML or SVG is refused.
 */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  // RIFF, a 4-byte size, then WEBP.
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return undefined
}

export type CheckedImage =
  | { ok: true; bytes: Uint8Array; type: ImageType }
  | { ok: false; reason: 'too-large' | 'not-an-image' }

/** Reads an uploaded file and checks its size and type. */
export async function checkUploadedImage(file: File): Promise<CheckedImage> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' }
  const type = detectImageType(bytes)
  return type ? { ok: true, bytes, type } : { ok: false, reason: 'not-an-image' }
}

function folderPath(config: Config, folder: ImageFolder) {
  return path.join(config.dataDir, 'files', folder)
}

/** Writes the image under a random name (which says nothing about the person) and returns the name. */
export async function storeImage(config: Config, folder: ImageFolder, image: { bytes: Uint8Array; type: ImageType }) {
  const directory = folderPath(config, folder)
  await fs.mkdir(directory, { recursive: true })
  const name = `${randomBytes(16).toString('hex')}.${extensions[image.type]}`
  await fs.writeFile(path.join(directory, name), image.bytes, { flag: 'wx' })
  return name
}

export async function readStoredImage(
  config: Config,
  folder: ImageFolder,
  name: string,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; type: ImageType } | undefined> {
  if (!storedName.test(name)) return undefined
  try {
    const file = await fs.readFile(path.join(folderPath(config, folder), name))
    const bytes = new Uint8Array(file.byteLength)
    bytes.set(file)
    return { bytes, type: typesByExtension[name.split('.')[1]!]! }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Removes a replaced or withdrawn image; one already gone is fine. */
export async function deleteStoredImage(config: Config, folder: ImageFolder, name: string | null | undefined) {
  if (!name || !storedName.test(name)) return
  await fs.rm(path.join(folderPath(config, folder), name), { force: true })
}
