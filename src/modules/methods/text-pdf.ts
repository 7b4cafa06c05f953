/**
 * A small, valid PDF of plain text (Helvetica, A4, wrapped lines, as many pages as needed), for
 * the demo's templates and examples: real files members can open, written without a dependency.
 */
export function textPdf(title: string, paragraphs: string[]): Uint8Array {
  const lines: { text: string; size: number }[] = [
    { text: title, size: 16 },
    { text: '', size: 11 },
  ]
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, 88)) lines.push({ text: line, size: 11 })
    lines.push({ text: '', size: 11 })
  }
  const perPage = 50
  const pages: (typeof lines)[] = []
  for (let index = 0; index < lines.length; index += perPage) pages.push(lines.slice(index, index + perPage))

  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // pages, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const pageIds: number[] = []
  for (const page of pages) {
    let y = 800
    const commands = ['BT']
    for (const line of page) {
      commands.push(`/F1 ${line.size} Tf 1 0 0 1 56 ${y} Tm (${pdfString(line.text)}) Tj`)
      y -= line.size + 4
    }
    commands.push('ET')
    const stream = commands.join('\n')
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
    const contentId = objects.length
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    )
    pageIds.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`

  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (const [index, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${index + 1} 0 obj\n${body}\nendobj\n`
  }
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) lines.push(current)
  return lines
}

/** Latin-1 only (the font's encoding); typographic quotes and dashes become their plain forms. */
function pdfString(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\xff]/g, '?')
    .replace(/[\\()]/g, (match) => `\\${match}`)
}
