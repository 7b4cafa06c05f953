import type { Locale } from '../../platform/i18n/catalogue.js'

/**
 * A number as people type it in their language: "1,234.5" in English, "1 234,5" in French,
 * "1.234,5" in German; a lone comma is a decimal comma everywhere ("12,5"). Undefined for
 * anything else ("12abc", "1e400", "--3"): it is refused rather than guessed.
 */
export function parseLocaleNumber(raw: string, locale: Locale): number | undefined {
  let text = raw
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^\u2212/, '-')
  if (!/^-?[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return undefined
  const group = locale === 'de' ? '.' : locale === 'fr' ? '' : ','
  const decimal = locale === 'en' ? '.' : ','
  const commas = (text.match(/,/g) ?? []).length
  const dots = (text.match(/\./g) ?? []).length
  if (commas > 0 && dots > 0) {
    if (!group) return undefined
    if (!/^-?\d{1,3}([.,]\d{3})*([.,]\d+)?$/.test(text)) return undefined
    text = text.split(group).join('').replace(decimal, '.')
  } else if (commas + dots === 1) {
    // "250,000" in English and "250.000" in German group thousands; otherwise the mark is decimal.
    const groupsThousands = locale !== 'fr' && text.includes(group) && /^-?\d{1,3}[.,]\d{3}$/.test(text)
    text = groupsThousands ? text.replace(group, '') : text.replace(',', '.')
  } else if (commas + dots > 1) {
    // Several of one separator can only be thousands: "1,234,567" or "1.234.567".
    if (!/^-?\d{1,3}([.,]\d{3})+$/.test(text)) return undefined
    text = text.replace(/[.,]/g, '')
  }
  const value = Number(text)
  return Number.isFinite(value) && Math.abs(value) < 1e15 ? value : undefined
}
