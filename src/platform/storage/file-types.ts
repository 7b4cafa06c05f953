/**
 * File types told by their first bytes, never by the name or the type a browser claims: a file
 * called report.pdf that is really HTML is refused. One list for every upload in Stoa.
 */
export const FILE_TYPES = {
  'image/png': { extension: 'png', kind: 'image' },
  'image/jpeg': { extension: 'jpg', kind: 'image' },
  'image/webp': { extension: 'webp', kind: 'image' },
  'image/gif': { extension: 'gif', kind: 'image' },
  'application/pdf': { extension: 'pdf', kind: 'document' },
  // Office Open XML files are ZIP archives; told apart by the part names they must contain.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', kind: 'document' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', kind: 'document' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extension: 'pptx', kind: 'document' },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', kind: 'document' },
  'audio/mpeg': { extension: 'mp3', kind: 'audio' },
  'audio/ogg': { extension: 'ogg', kind: 'audio' },
  'video/mp4': { extension: 'mp4', kind: 'video' },
  'video/webm': { extension: 'webm', kind: 'video' },
} as const

export type FileType = keyof typeof FILE_TYPES
export type FileKind = (typeof FILE_TYPES)[FileType]['kind']

export function fileTypesOfKind(kind: FileKind): FileType[] {
  return (Object.keys(FILE_TYPES) as FileType[]).filter((type) => FILE_TYPES[type].kind === kind)
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte)
}

function containsAscii(bytes: Uint8Array, text: string, limit = 4096): boolean {
  const haystack = Buffer.from(bytes.subarray(0, Math.min(bytes.length, limit))).toString('latin1')
  return haystack.includes(text)
}

/** The type of a file by its content, or undefined for anything Stoa does not accept. */
export function detectFileType(bytes: Uint8Array): FileType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  if (startsWith(bytes, [0x49, 0x44, 0x33]) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0))
    return 'audio/mpeg'
  if (startsWith(bytes, [0x4f, 0x67, 0x67, 0x53])) return 'audio/ogg'
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'video/mp4'
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An ODF file names its type in a "mimetype" entry stored first, uncompressed.
    if (containsAscii(bytes, 'mimetypeapplication/vnd.oasis.opendocument.text', 128))
      return 'application/vnd.oasis.opendocument.text'
    if (containsAscii(bytes, 'word/', 1 << 16))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    if (containsAscii(bytes, 'xl/', 1 << 16)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    if (containsAscii(bytes, 'ppt/', 1 << 16))
      return 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  }
  return undefined
}

export type CheckedUpload =
  | { ok: true; bytes: Uint8Array; type: FileType; name: string }
  | { ok: false; reason: 'too-large' | 'wrong-type' | 'empty' }

/** Reads an uploaded file and checks its size and that its content is one of the allowed types. */
export async function checkUpload(file: File, allowed: readonly FileType[], maxBytes: number): Promise<CheckedUpload> {
  if (file.size === 0) return { ok: false, reason: 'empty' }
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too-large' }
  const type = detectFileType(bytes)
  if (!type || !allowed.includes(type)) return { ok: false, reason: 'wrong-type' }
  return { ok: true, bytes, type, name: file.name }
}
