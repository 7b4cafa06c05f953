import type { FileType } from './question-types.js'

const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.byteLength) - start)).toString(
    'latin1',
  )

/**
 * The file's type by its content, never by its name or the type the browser claims: a "report.pdf"
 * that is really HTML is refused. Office files are zip archives: ODF names its type in the
 * uncompressed "mimetype" entry at the start; OOXML is told apart by its part names, which zip
 * stores uncompressed in every entry's header.
 */
export function detectFileType(bytes: Uint8Array): FileType | undefined {
  const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    const head = latin1(bytes, 30, 120)
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt'
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods'
    const names = latin1(bytes, 0, bytes.byteLength)
    if (names.includes('word/document.xml')) return 'docx'
    if (names.includes('xl/workbook.xml')) return 'xlsx'
    return undefined
  }
  return isPlainText(bytes) ? 'csv' : undefined
}

// CSV is text: valid UTF-8 without control characters other than tabs and line ends, and not markup.
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.byteLength === 0) return false
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return false
  }
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') return false
  }
  return !/^\s*</.test(text)
}

/** The MIME type a stored file is served with. */
export const FILE_MIME_TYPES: Record<FileType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv; charset=utf-8',
}

export const FILE_EXTENSIONS: Record<FileType, string> = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  docx: 'docx',
  xlsx: 'xlsx',
  odt: 'odt',
  ods: 'ods',
  csv: 'csv',
}
