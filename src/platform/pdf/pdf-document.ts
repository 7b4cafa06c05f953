import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'

const fontsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'fonts')

// Read once: DejaVu Sans covers Latin Extended (Łódź, Kraków, Müller), Greek and Cyrillic, which the
// 14 standard PDF fonts do not. pdfkit embeds only the glyphs a document uses.
let fonts: { regular: Buffer; bold: Buffer } | undefined
function loadFonts() {
  fonts ??= {
    regular: readFileSync(path.join(fontsDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontsDir, 'DejaVuSans-Bold.ttf')),
  }
  return fonts
}

export type PdfDocument = PDFKit.PDFDocument

export interface PdfOptions {
  title: string
  author: string
  /** BCP 47 language of the text, for screen readers and hyphenation in viewers. */
  lang: string
  size?: string
  layout?: 'portrait' | 'landscape'
  margin?: number
}

/**
 * Draws a PDF with the fonts "regular" and "bold" registered (DejaVu Sans), and returns its bytes.
 * `draw` writes the pages; the document starts on its first page in the regular font.
 */
export function renderPdf(options: PdfOptions, draw: (doc: PdfDocument) => void): Promise<Uint8Array<ArrayBuffer>> {
  const { regular, bold } = loadFonts()
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 56,
    lang: options.lang,
    displayTitle: true,
    info: { Title: options.title, Author: options.author, Creator: options.author },
  })
  doc.registerFont('regular', regular)
  doc.registerFont('bold', bold)
  doc.font('regular')
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  draw(doc)
  doc.end()
  return done
}
