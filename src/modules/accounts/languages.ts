import type { Locale } from '../../platform/i18n/catalogue.js'

/** The 24 official languages of the EU (ISO 639-1): what a person may say they speak. */
export const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const

export type EuLanguage = (typeof EU_LANGUAGES)[number]

export function isEuLanguage(value: string): value is EuLanguage {
  return (EU_LANGUAGES as readonly string[]).includes(value)
}

/** The language's name in the interface language, capitalised: French and German Intl give "français", "irisch"… */
export function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }).of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

/** The languages in the alphabetical order of the interface language. */
export function languageOptions(locale: Locale): { value: EuLanguage; text: string }[] {
  const collator = new Intl.Collator(locale)
  return EU_LANGUAGES.map((code) => ({ value: code, text: languageName(code, locale) })).sort((a, b) =>
    collator.compare(a.text, b.text),
  )
}
