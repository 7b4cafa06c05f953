import { isTheme, type Theme } from '../accounts/index.js'
import { LIBRARY_KINDS, LICENCES, type LibraryKind, type Licence } from './tables.js'

export const PAGE_SIZE = 20
export const LIBRARY_SORTS = ['relevance', 'newest', 'title', 'year'] as const
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

/** Everything a visitor can choose on /library, as it stands in the query string. */
export interface LibraryFilter {
  q: string
  kinds: LibraryKind[]
  themes: Theme[]
  languages: string[]
  years: number[]
  licences: Licence[]
  sort: LibrarySort
  page: number
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value)

/** Reads the filter, dropping values it does not know, so a stale link shows a list, not an error. */
export function parseLibraryFilter(params: URLSearchParams): LibraryFilter {
  const page = Number(params.get('page'))
  const q = (params.get('q') ?? '').trim().slice(0, 200)
  const sort = params.get('sort') ?? ''
  return {
    q,
    kinds: [...new Set(params.getAll('kind').filter(oneOf(LIBRARY_KINDS)))],
    themes: [...new Set(params.getAll('theme').filter(isTheme))],
    languages: [...new Set(params.getAll('language').filter((code) => /^[a-z]{2,3}$/.test(code)))],
    years: [
      ...new Set(
        params
          .getAll('year')
          .map(Number)
          .filter((year) => Number.isInteger(year) && year >= 1900 && year <= 2100),
      ),
    ],
    licences: [...new Set(params.getAll('licence').filter(oneOf(LICENCES)))],
    sort: oneOf(LIBRARY_SORTS)(sort) && (sort !== 'relevance' || q) ? sort : q ? 'relevance' : 'newest',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The filter back as query parameters (defaults left out), for links and pagination. */
export function libraryFilterParams(filter: LibraryFilter, options: { page?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  for (const kind of filter.kinds) params.append('kind', kind)
  for (const theme of filter.themes) params.append('theme', theme)
  for (const language of filter.languages) params.append('language', language)
  for (const year of filter.years) params.append('year', String(year))
  for (const licence of filter.licences) params.append('licence', licence)
  if (filter.sort !== (filter.q ? 'relevance' : 'newest')) params.set('sort', filter.sort)
  if (options.page !== false && filter.page > 1) params.set('page', String(filter.page))
  return params
}

export function isFiltered(filter: LibraryFilter): boolean {
  return (
    filter.kinds.length +
      filter.themes.length +
      filter.languages.length +
      filter.years.length +
      filter.licences.length >
    0
  )
}
