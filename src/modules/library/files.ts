import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type FileType, fileTypesOfKind } from '../../platform/storage/index.js'
import type { LibraryKind } from './tables.js'

/** Size limits per kind of file: one body for all, checked before the bytes are read. */
export const MAX_BYTES = {
  document: 25 * 1024 * 1024,
  audio: 80 * 1024 * 1024,
  video: 150 * 1024 * 1024,
  image: 5 * 1024 * 1024,
} as const

export type UploadKind = keyof typeof MAX_BYTES

/** What file a kind of item takes, if any. */
export function uploadKindFor(kind: LibraryKind): Exclude<UploadKind, 'image'> | null {
  if (kind === 'document' || kind === 'report' || kind === 'toolkit') return 'document'
  if (kind === 'video') return 'video'
  if (kind === 'podcast-episode') return 'audio'
  return null
}

/** Kinds that must have a link (nothing to upload), and those that need a file or a link. */
export const URL_ONLY_KINDS: readonly LibraryKind[] = ['course', 'link']

export const ACCEPTED_TYPES: Record<UploadKind, FileType[]> = {
  document: fileTypesOfKind('document'),
  audio: fileTypesOfKind('audio'),
  video: fileTypesOfKind('video'),
  // GIF is left out: animated images cannot be paused by the visitor (WCAG 2.2.2).
  image: fileTypesOfKind('image').filter((type) => type !== 'image/gif'),
}

/** The text of a PDF, for search; empty when it has none or cannot be read. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  try {
    const { extractText, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const { text } = await extractText(pdf, { mergePages: true })
    return text.replace(/\s+/g, ' ').trim().slice(0, 200_000)
  } catch {
    return ''
  }
}

export interface PreviewOptions {
  /** The environment pdftoppm runs in (its PATH decides whether it is found); the server's by default. */
  env?: NodeJS.ProcessEnv
  /** How long one page may take before pdftoppm is killed and the item goes without a preview. */
  timeoutMs?: number
}

/** The preview's longer side in pixels: a tall or wide page stays small in memory and on screen. */
export const PREVIEW_LONG_SIDE = 800
const MAX_PREVIEW_BYTES = 4 * 1024 * 1024
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

let pdftoppmPresent: boolean | undefined

/** Whether Debian's pdftoppm (poppler-utils) is installed; asked once per process for the default. */
export function hasPdftoppm(binary = 'pdftoppm', env?: NodeJS.ProcessEnv): boolean {
  const ask = () => spawnSync(binary, ['-v'], { stdio: 'ignore', timeout: 5000, env }).error === undefined
  if (binary !== 'pdftoppm' || env) return ask()
  pdftoppmPresent ??= ask()
  return pdftoppmPresent
}

// One rendering at a time (the server has few cores and pdftoppm takes one whole); uploads beyond
// a short queue go without a preview rather than wait.
let rendering: Promise<unknown> = Promise.resolve()
let queued = 0
const MAX_QUEUED = 4

/**
 * The PDF's first page as a PNG (its longer side 800 px) when pdftoppm is installed; undefined when
 * it is not, when it fails, takes longer than the timeout (10 s; it is then killed), makes something
 * that is not a PNG or is too large, or when too many previews are already waiting: the item is then
 * shown without a preview, never refused.
 */
export async function pdfPreview(
  bytes: Uint8Array,
  binary = 'pdftoppm',
  options: PreviewOptions = {},
): Promise<Uint8Array | undefined> {
  if (!hasPdftoppm(binary, options.env) || queued >= MAX_QUEUED) return undefined
  queued++
  const turn = rendering.then(() => renderFirstPage(bytes, binary, options))
  rendering = turn.catch(() => undefined)
  try {
    return await turn
  } catch {
    return undefined
  } finally {
    queued--
  }
}

async function renderFirstPage(bytes: Uint8Array, binary: string, options: PreviewOptions) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stoa-preview-'))
  try {
    const input = path.join(dir, 'in.pdf')
    await fs.writeFile(input, bytes)
    const args = ['-png', '-f', '1', '-l', '1', '-singlefile', '-scale-to', String(PREVIEW_LONG_SIDE)]
    const ok = await new Promise<boolean>((resolve) => {
      const child = spawn(binary, [...args, input, path.join(dir, 'out')], {
        stdio: 'ignore',
        env: options.env,
        timeout: options.timeoutMs ?? 10_000,
        killSignal: 'SIGKILL',
      })
      child.on('error', () => resolve(false))
      child.on('close', (code) => resolve(code === 0))
    })
    if (!ok) return undefined
    const output = path.join(dir, 'out.png')
    if ((await fs.stat(output)).size > MAX_PREVIEW_BYTES) return undefined
    const png = new Uint8Array(await fs.readFile(output))
    return PNG_SIGNATURE.every((byte, index) => png[index] === byte) ? png : undefined
  } catch {
    return undefined
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
const SAMPLE_RATES = [
  [11025, 12000, 8000], // MPEG 2.5
  [],
  [22050, 24000, 16000], // MPEG 2
  [44100, 48000, 32000], // MPEG 1
]

/** An MP3's length in whole seconds, by walking its Layer III frames; undefined if it cannot tell. */
export function mp3DurationSeconds(bytes: Uint8Array): number | undefined {
  let offset = 0
  // Skip an ID3v2 tag: its size is four 7-bit bytes.
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33 && bytes.length > 10)
    offset =
      10 + (((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f))
  let seconds = 0
  let frames = 0
  while (offset + 4 <= bytes.length) {
    const b1 = bytes[offset + 1]!
    const b2 = bytes[offset + 2]!
    if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) {
      offset++
      continue
    }
    const version = (b1 >> 3) & 0x3
    const layer = (b1 >> 1) & 0x3
    const bitrateIndex = b2 >> 4
    const rateIndex = (b2 >> 2) & 0x3
    const padding = (b2 >> 1) & 0x1
    const sampleRate = SAMPLE_RATES[version]?.[rateIndex]
    if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || !sampleRate) {
      offset++
      continue
    }
    const bitrate = (version === 3 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex]! * 1000
    const samples = version === 3 ? 1152 : 576
    const size = Math.floor(((samples / 8) * bitrate) / sampleRate) + padding
    seconds += samples / sampleRate
    frames++
    offset += size
  }
  return frames > 0 ? Math.round(seconds) : undefined
}

/**
 * Silent MP3 (MPEG-1 Layer III, 32 kbit/s, 44.1 kHz, mono): frames of a header and zeros, which
 * every player decodes as silence. For the demo and tests: real audio a browser plays.
 */
export function silentMp3(seconds: number): Uint8Array {
  const frameSize = 104
  const frames = Math.ceil((seconds * 44100) / 1152)
  const bytes = new Uint8Array(frames * frameSize)
  for (let frame = 0; frame < frames; frame++) bytes.set([0xff, 0xfb, 0x10, 0xc4], frame * frameSize)
  return bytes
}

/** A one-page PDF with these lines of text in Helvetica, valid enough for readers and text extraction. */
export function simplePdf(lines: string[]): Uint8Array {
  const escapePdf = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, '?')
  const content = [
    'BT',
    '/F1 12 Tf',
    '14 TL',
    '56 780 Td',
    ...lines.map((line) => `(${escapePdf(line)}) '`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}
