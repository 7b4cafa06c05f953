import { IntlMessageFormat } from 'intl-messageformat'
import { LOCALES, type Locale } from '../../config.js'

export type { Locale }
export { LOCALES }

/** The same keys in every shipped language, checked by the compiler. */
export type Catalogue<K extends string> = { [L in Locale]: Record<K, string> }

/**
 * Declares a module's messages (ICU MessageFormat). The English block fixes the keys; French and
 * German must have exactly those keys, or `tsc` fails, so no string ships untranslated.
 * @example
 * export const messages = defineMessages({
 *   en: { 'news.title': 'News', 'news.count': '{count, plural, one {# story} other {# stories}}' },
 *   fr: { 'news.title': 'Actualités', 'news.count': '{count, plural, one {# article} other {# articles}}' },
 *   de: { 'news.title': 'Neuigkeiten', 'news.count': '{count, plural, one {# Beitrag} other {# Beiträge}}' },
 * })
 */
export function defineMessages<K extends string>(catalogue: {
  en: Record<K, string>
  fr: NoInfer<Record<K, string>>
  de: NoInfer<Record<K, string>>
}): Catalogue<K> {
  return catalogue
}

const registered: Record<Locale, Map<string, string>> = { en: new Map(), fr: new Map(), de: new Map() }
const compiled = new Map<string, IntlMessageFormat>()

/** Adds a module's messages to the one catalogue; a key registered twice is a programming error. */
export function registerMessages(catalogue: Catalogue<string>): void {
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(catalogue[locale])) {
      const existing = registered[locale].get(key)
      if (existing !== undefined && existing !== message) throw new Error(`Message key registered twice: ${key}`)
      registered[locale].set(key, message)
    }
  }
}

export function hasMessage(locale: Locale, key: string): boolean {
  return registered[locale].has(key)
}

export function listMessageKeys(locale: Locale): string[] {
  return [...registered[locale].keys()]
}

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>
export type Translate = (key: string, values?: MessageValues) => string

export class MissingMessageError extends Error {}

/**
 * The translator for one locale. A missing key throws: tests render every page in every locale,
 * so a forgotten key is caught there rather than shown to a visitor as a raw key.
 */
export function translatorFor(locale: Locale): Translate {
  return (key, values) => {
    const cacheKey = `${locale}\u0000${key}`
    let format = compiled.get(cacheKey)
    if (!format) {
      const message = registered[locale].get(key)
      if (message === undefined) throw new MissingMessageError(`No message "${key}" in ${locale}`)
      format = new IntlMessageFormat(message, locale === 'en' ? 'en-GB' : locale)
      compiled.set(cacheKey, format)
    }
    return String(format.format(values as Record<string, string | number | boolean | Date>))
  }
}

/** One catalogue from several (a module that keeps its messages in one file per area). */
export function mergeCatalogues(...catalogues: Catalogue<string>[]): Catalogue<string> {
  const merged: Catalogue<string> = { en: {}, fr: {}, de: {} }
  for (const catalogue of catalogues) {
    for (const locale of LOCALES) Object.assign(merged[locale], catalogue[locale])
  }
  return merged
}
