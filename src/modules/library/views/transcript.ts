/** Whether a transcript is WebVTT (served as text/vtt for players), else plain text. */
export function isWebVtt(transcript: string): boolean {
  return /^\uFEFF?WEBVTT/.test(transcript)
}

/**
 * The words of a transcript as paragraphs: a WebVTT file loses its header, cue numbers and
 * timings (a cue's "<v Name>" voice tag becomes "Name: "); plain text splits on blank lines.
 */
export function transcriptParagraphs(transcript: string): string[] {
  if (!isWebVtt(transcript))
    return transcript
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
  const blocks = transcript
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .slice(1)
  const paragraphs: string[] = []
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '')
    const cue = lines.findIndex((line) => line.includes('-->'))
    if (cue < 0) continue
    const text = lines
      .slice(cue + 1)
      .join(' ')
      .replace(/<v(?:\.[^ >]*)? ([^>]+)>/g, '$1: ')
      .replace(/<[^>]+>/g, '')
      .trim()
    if (text) paragraphs.push(text)
  }
  return paragraphs
}
