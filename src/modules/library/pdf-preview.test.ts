import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasPdftoppm, PREVIEW_LONG_SIDE, pdfPreview, simplePdf } from './files.js'

// CI installs poppler-utils (.ci/run): there a missing pdftoppm fails, never skips, this test.
const renders = hasPdftoppm() || Boolean(process.env.CI)
const PDF = simplePdf(['Heritage windows', 'Putty and linseed oil paint keep frames dry'])

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stoa-preview-test-'))
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

/** A stand-in pdftoppm that answers -v, then runs this shell line. */
async function fakePdftoppm(name: string, line: string): Promise<string> {
  const file = path.join(dir, name)
  await fs.writeFile(file, `#!/bin/sh\nif [ "$1" = -v ]; then exit 0; fi\n${line}\n`, { mode: 0o755 })
  return file
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  // The IHDR chunk comes first, right after the 8-byte signature and its own length and type.
  expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe('a PDF’s first-page preview', () => {
  it.runIf(renders)('is a PNG of the first page, its longer side 800 px', async () => {
    const png = await pdfPreview(PDF)
    expect(png).toBeDefined()
    expect([...png!.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // An A4 page (595 × 842 points) is portrait: 800 px high, its width in proportion.
    const { width, height } = pngSize(png!)
    expect(height).toBe(PREVIEW_LONG_SIDE)
    expect(Math.abs(width - Math.round((PREVIEW_LONG_SIDE * 595) / 842))).toBeLessThanOrEqual(1)
  })

  it.runIf(renders)('is simply missing for a file pdftoppm cannot read', async () => {
    expect(await pdfPreview(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'))).toBeUndefined()
  })

  it('is simply missing when pdftoppm is not installed', async () => {
    const noTools = { PATH: dir }
    expect(hasPdftoppm('pdftoppm', noTools)).toBe(false)
    expect(await pdfPreview(PDF, 'pdftoppm', { env: noTools })).toBeUndefined()
    expect(hasPdftoppm('stoa-no-such-binary')).toBe(false)
  })

  it('is given up when pdftoppm hangs, and pdftoppm is killed', async () => {
    const hanging = await fakePdftoppm('hanging', 'exec sleep 30')
    const started = Date.now()
    expect(await pdfPreview(PDF, hanging, { timeoutMs: 300 })).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('is refused when pdftoppm makes something that is not a PNG', async () => {
    const liar = await fakePdftoppm('liar', 'for last; do :; done; echo "<svg onload=alert(1)>" > "$last.png"')
    expect(await pdfPreview(PDF, liar)).toBeUndefined()
  })
})
