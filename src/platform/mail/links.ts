export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; url: string }

// Only http(s): a mail never needs another scheme, and javascript: or data: must never become a link.
const urlPattern = /https?:\/\/[^\s<>"]+/g
// Punctuation that ends a sentence after a URL ("…at https://x.org/a.") belongs to the sentence.
const trailingPunctuation = /[.,;:!?)\]'’”]+$/

/**
 * Cuts plain text into text and http(s) links, for the HTML part of a mail and for the outbox,
 * where the links of a verification or sign-in mail must be clickable.
 * @example splitLinks('Open https://x.org/a. Thanks') // [text 'Open ', link 'https://x.org/a', text '. Thanks']
 */
export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let position = 0
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, '')
    if (!isHttpUrl(url)) continue
    if (match.index > position) pieces.push({ kind: 'text', text: text.slice(position, match.index) })
    pieces.push({ kind: 'link', url })
    position = match.index + url.length
  }
  if (position < text.length) pieces.push({ kind: 'text', text: text.slice(position) })
  return pieces
}

/** The distinct links of a text, in order of appearance. */
export function linksIn(text: string): string[] {
  return [...new Set(splitLinks(text).flatMap((piece) => (piece.kind === 'link' ? [piece.url] : [])))]
}

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
