import { LOCALES, type Locale } from '../../platform/i18n/catalogue.js'

const base = 'http://stoa.invalid'

/**
 * The `next` parameter as a path on this site, or undefined. It may name its locale
 * ("/en/calls/x?tab=2") or be a path below the locale ("/calls/x", as signInRedirect sends it),
 * which then gets the current one. Anything that could leave the site is refused: "//evil.example"
 * and "/\evil.example" (which browsers read as another host), absolute URLs, control characters.
 */
export function safeNextPath(value: unknown, locale: Locale): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return undefined
  }
  if (url.origin !== base) return undefined
  const path = `${url.pathname}${url.search}`
  const first = url.pathname.split('/')[1]
  return LOCALES.includes(first as Locale) ? path : `/${locale}${path === '/' ? '' : path}`
}
