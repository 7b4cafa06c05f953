import { LOCALES, type Locale } from './catalogue.js'

/** Picks the best shipped locale from an Accept-Language header (RFC 9110 quality values). */
export function negotiateLocale(acceptLanguage: string | undefined, fallback: Locale): Locale {
  if (!acceptLanguage) return fallback
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] as Locale
    if (LOCALES.includes(primary)) return primary
  }
  return fallback
}

export function isLocale(value: string | undefined): value is Locale {
  return LOCALES.includes(value as Locale)
}
