import { describe, expect, it } from 'vitest'
import { detectFileType } from './file-types.js'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)))
const zipEntry = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), name)

describe('detectFileType', () => {
  it('recognises files by their first bytes and office files by their parts', () => {
    expect(detectFileType(bytes('%PDF-1.4\n'))).toBe('pdf')
    expect(detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png')
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(detectFileType(zipEntry('mimetypeapplication/vnd.oasis.opendocument.text'))).toBe('odt')
    expect(detectFileType(zipEntry('[Content_Types].xml....word/document.xml'))).toBe('docx')
    expect(detectFileType(zipEntry('[Content_Types].xml....xl/workbook.xml'))).toBe('xlsx')
    expect(detectFileType(bytes('city;budget\nLisbon;12\n'))).toBe('csv')
  })

  it('refuses markup, binaries and unknown archives whatever their name', () => {
    expect(detectFileType(bytes('<html><script>alert(1)</script>'))).toBeUndefined()
    expect(detectFileType(bytes('  <svg onload="x">'))).toBeUndefined()
    expect(detectFileType(bytes([0x4d, 0x5a, 0x90, 0x00]))).toBeUndefined()
    expect(detectFileType(zipEntry('payload.exe'))).toBeUndefined()
    expect(detectFileType(new Uint8Array())).toBeUndefined()
  })
})
