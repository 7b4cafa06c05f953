import { type Locale, registerMessages, type Translate, translatorFor } from '../i18n/catalogue.js'
import { uiMessages } from './ui-messages.js'

/** The translator the components get in a page, with the design system's messages loaded. */
export function uiTranslator(locale: Locale = 'en'): Translate {
  registerMessages(uiMessages)
  return translatorFor(locale)
}

export interface StartTag {
  tag: string
  attributes: Record<string, string>
}

const startTagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g
const attributePattern = /([^\s"'>/=]+)(?:="([^"]*)")?/g

/**
 * The start tags of rendered HTML with their attributes decoded, in document order. Enough to
 * check the wiring a screen reader depends on (for/id, aria-describedby, href="#id") without a DOM.
 */
export function startTags(html: string, tag?: string): StartTag[] {
  const tags: StartTag[] = []
  for (const match of html.matchAll(startTagPattern)) {
    const name = match[1]!.toLowerCase()
    if (tag && name !== tag) continue
    const attributes: Record<string, string> = {}
    for (const attribute of (match[2] ?? '').matchAll(attributePattern)) {
      attributes[attribute[1]!] = decodeEntities(attribute[2] ?? '')
    }
    tags.push({ tag: name, attributes })
  }
  return tags
}

/** Every id in the HTML; a duplicate shows up twice. */
export function idsIn(html: string): string[] {
  return startTags(html).flatMap((element) => (element.attributes.id ? [element.attributes.id] : []))
}

export function elementById(html: string, id: string): StartTag | undefined {
  return startTags(html).find((element) => element.attributes.id === id)
}

/** The text inside the element with this id (tags removed, entities decoded, spaces collapsed). */
export function textOfId(html: string, id: string): string {
  const element = elementById(html, id)
  if (!element) throw new Error(`No element with id "${id}"`)
  const rest = html.slice(html.search(new RegExp(`<${element.tag}\\b[^>]*\\sid="${id}"`)))
  let depth = 0
  for (const match of rest.matchAll(new RegExp(`<(/?)${element.tag}\\b[^>]*>`, 'g'))) {
    depth += match[1] ? -1 : 1
    if (depth === 0) {
      return decodeEntities(rest.slice(0, match.index).replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
    }
  }
  throw new Error(`Element "${id}" is not closed`)
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
