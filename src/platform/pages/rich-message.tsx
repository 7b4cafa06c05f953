import type { Child } from 'hono/jsx'
import type { MessageValues, Translate } from '../i18n/catalogue.js'

/**
 * A translated sentence with elements (usually links) inside it. Translators keep the whole
 * sentence and its word order; each element lands where its {placeholder} is.
 * @example
 * richMessage(t, 'pages.contact.privacy', { link: <a href="/en/privacy">{t('footer.privacy')}</a> })
 */
export function richMessage(
  t: Translate,
  key: string,
  elements: Record<string, Child>,
  values: MessageValues = {},
): Child[] {
  const names = Object.keys(elements)
  // Private-use characters never occur in a catalogue message, so the markers cannot collide with its text.
  const markers = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`]))
  const text = t(key, { ...values, ...markers })
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((part, index) => (index % 2 === 1 ? elements[names[Number(part)]!] : part))
    .filter((part) => part !== '')
}
