import type { Locale } from '../../platform/i18n/catalogue.js'

/** ISO 3166-1 alpha-2 codes of the 27 EU member states (Greece is GR here, not the EU's "EL"). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const

/**
 * The rest of Europe: EEA and EFTA, the United Kingdom, the Western Balkans, the Eastern
 * neighbours, Türkiye and the microstates (states only, not dependent territories). Kosovo's XK is not assigned by ISO but is the code the
 * EU, CLDR and Intl use. An organisation's country is where it is, not a statement of eligibility:
 * each call sets its own.
 */
export const OTHER_EUROPEAN_COUNTRIES = [
  'AD',
  'AL',
  'BA',
  'BY',
  'CH',
  'GB',
  'IS',
  'LI',
  'MC',
  'MD',
  'ME',
  'MK',
  'NO',
  'RS',
  'RU',
  'SM',
  'TR',
  'UA',
  'VA',
  'XK',
] as const

/** The South Caucasus, named in the European Heritage Hub's call. */
export const SOUTH_CAUCASUS = ['AM', 'AZ', 'GE'] as const

export const COUNTRY_CODES = [...EU_MEMBER_STATES, ...OTHER_EUROPEAN_COUNTRIES, ...SOUTH_CAUCASUS] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]

const known = new Set<string>(COUNTRY_CODES)
const euMembers = new Set<string>(EU_MEMBER_STATES)

export function isCountryCode(code: string | null | undefined): code is CountryCode {
  return typeof code === 'string' && known.has(code)
}

export function isEuMemberState(code: string | null | undefined): boolean {
  return typeof code === 'string' && euMembers.has(code.toUpperCase())
}

const displayNames = new Map<Locale, Intl.DisplayNames>()
/** Names already asked for, by locale and code: Intl.DisplayNames.of is slow, and lists call it per card. */
const namesKnown = new Map<string, string>()

/** The country's name in the interface language, from CLDR through Intl (no list of ours to translate). */
export function countryName(code: string, locale: Locale): string {
  const key = `${locale}:${code}`
  const known = namesKnown.get(key)
  if (known !== undefined) return known
  let names = displayNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' })
    displayNames.set(locale, names)
  }
  const name = names.of(code) ?? code
  // Codes come from data and addresses: keep the cache bounded whatever is asked.
  if (namesKnown.size < 10_000) namesKnown.set(key, name)
  return name
}

const sortedOptions = new Map<Locale, { value: CountryCode; text: string }[]>()

/**
 * The countries as options for a Select, in the alphabetical order of the interface language
 * ("Österreich" among the Os in German, "Allemagne" at the top in French).
 * @example
 * <Select t={t} name="country" label={t('profiles.country.label')}
 *   options={[{ value: '', text: t('profiles.country.choose') }, ...countryOptions(ctx.locale)]} … />
 */
export function countryOptions(locale: Locale): { value: CountryCode; text: string }[] {
  let options = sortedOptions.get(locale)
  if (!options) {
    const collator = new Intl.Collator(locale)
    options = COUNTRY_CODES.map((code) => ({ value: code, text: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.text, b.text),
    )
    sortedOptions.set(locale, options)
  }
  return options
}
