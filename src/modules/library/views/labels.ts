import { FILE_TYPES, type FileType } from '../../../platform/storage/index.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import type { LibraryKind, Licence } from '../tables.js'

export const kindLabel = (ctx: Pick<PageContext, 't'>, kind: LibraryKind) => ctx.t(`library.kind.${kind}`)
export const licenceLabel = (ctx: Pick<PageContext, 't'>, licence: Licence) => ctx.t(`library.licence.${licence}`)

export const LICENCE_URLS: Partial<Record<Licence, string>> = {
  'cc-by': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-by-nc': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-by-nc-sa': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'cc-by-nd': 'https://creativecommons.org/licenses/by-nd/4.0/',
  'cc-by-nc-nd': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  cc0: 'https://creativecommons.org/publicdomain/zero/1.0/',
}

/** "PDF, 1.2 MB" */
export function fileDescription(ctx: Pick<PageContext, 'locale'>, type: string | null, size: number | null): string {
  const extension = type && type in FILE_TYPES ? FILE_TYPES[type as FileType].extension.toUpperCase() : ''
  if (size === null) return extension
  const format = new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 })
  const amount =
    size >= 1024 * 1024 ? `${format.format(size / 1024 / 1024)} MB` : `${format.format(Math.max(0.1, size / 1024))} kB`
  return extension ? `${extension}, ${amount}` : amount
}

/** "1:05:09" or "4:07", as players show lengths. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
    : `${m}:${String(s).padStart(2, '0')}`
}
