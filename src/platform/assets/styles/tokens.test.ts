import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const css = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'tokens.css'), 'utf8')
const colours = new Map(
  [...css.matchAll(/--(app-colour-[a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
)

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.2 contrast ratio of two tokens. */
function contrast(foreground: string, background: string): number {
  const [a, b] = [foreground, background].map((name) => {
    const hex = colours.get(`app-colour-${name}`)
    if (!hex) throw new Error(`No colour token --app-colour-${name}`)
    return luminance(hex)
  }) as [number, number]
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

// Text: WCAG 1.4.3 asks 4.5:1 for body-size text.
const textPairs: [string, string][] = [
  ['text', 'background'],
  ['text', 'light-grey'],
  ['text', 'hero-background'],
  ['secondary-text', 'background'],
  ['secondary-text', 'light-grey'],
  ['secondary-text', 'hero-background'],
  ['link', 'background'],
  ['link', 'light-grey'],
  ['link', 'hero-background'],
  ['link-visited', 'background'],
  ['link-visited', 'hero-background'],
  ['link-hover', 'background'],
  ['link-hover', 'hero-background'],
  ['error', 'background'],
  ['error-hover', 'background'],
  ['brand-text', 'brand'],
  ['brand-text', 'success'],
  ['background', 'link'],
  ['focus-text', 'focus'],
  ['button-text', 'button'],
  ['button-text', 'button-hover'],
  ['button-text', 'warning-button'],
  ['button-text', 'warning-button-hover'],
  ['secondary-button-text', 'secondary-button'],
  ['secondary-button-text', 'secondary-button-hover'],
  ...['grey', 'green', 'turquoise', 'blue', 'light-blue', 'purple', 'pink', 'red', 'orange', 'yellow'].map(
    (tag): [string, string] => [`tag-${tag}-text`, `tag-${tag}`],
  ),
]

// Controls and focus indicators: WCAG 1.4.11 asks 3:1 against what is next to them.
const componentPairs: [string, string][] = [
  ['input-border', 'background'],
  ['error', 'background'],
  ['focus-text', 'background'],
  ['focus-text', 'focus'],
  ['focus-text', 'hero-background'],
  ['focus-text', 'light-grey'],
  ['brand-accent', 'brand'],
  ['button', 'background'],
  ['warning-button', 'background'],
  ['link', 'background'],
]

describe('colour tokens', () => {
  it.each(textPairs)('%s on %s reaches 4.5:1', (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(componentPairs)('%s against %s reaches 3:1', (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(3)
  })

  it('uses only tokens that are defined', () => {
    const stylesDir = path.dirname(fileURLToPath(import.meta.url))
    const used = new Set<string>()
    for (const file of fs.readdirSync(stylesDir).filter((name) => name.endsWith('.css'))) {
      for (const match of fs.readFileSync(path.join(stylesDir, file), 'utf8').matchAll(/var\(--(app-[a-z0-9-]+)/g))
        used.add(match[1]!)
    }
    const defined = new Set([...css.matchAll(/--(app-[a-z0-9-]+):/g)].map((m) => m[1]!))
    expect([...used].filter((name) => !defined.has(name))).toEqual([])
  })
})
