import { raw } from 'hono/html'
import MarkdownIt from 'markdown-it'

/**
 * Markdown written by editors and members (call guidance, news, methods, library descriptions),
 * rendered safely: raw HTML in the source is shown as text, never parsed, and markdown-it's link
 * validation refuses javascript:, vbscript: and data: URLs (except images), so a text cannot carry
 * a script into a page. Headings start at h2 because the page's own title is the h1.
 */
const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

const defaultHeading = renderer.renderer.rules.heading_open
renderer.renderer.rules.heading_open = (tokens, index, options, env, self) => {
  const token = tokens[index]
  if (token) {
    const level = Math.min(6, Math.max(2, Number(token.tag.slice(1)) + 1))
    token.tag = `h${level}`
    const closing = tokens.slice(index).find((candidate) => candidate.type === 'heading_close')
    if (closing) closing.tag = token.tag
  }
  return defaultHeading ? defaultHeading(tokens, index, options, env, self) : self.renderToken(tokens, index, options)
}

// Links to other sites are marked so readers know they leave, and cannot reach back into the page.
renderer.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]
  const href = String(token?.attrGet('href') ?? '')
  if (token && /^https?:\/\//i.test(href)) token.attrSet('rel', 'noopener noreferrer')
  return self.renderToken(tokens, index, options)
}

/** The HTML of a markdown text, safe to place in a page. */
export function markdownToHtml(source: string): string {
  return renderer.render(source)
}

/** For hono/jsx: `<div class="app-prose">{Markdown(text)}</div>`. */
export function Markdown(source: string) {
  return raw(markdownToHtml(source))
}

/** Plain text of a markdown source, for summaries, feeds and search (tags dropped, entities kept escaped by the caller). */
export function markdownToText(source: string): string {
  return renderer
    .render(source)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
