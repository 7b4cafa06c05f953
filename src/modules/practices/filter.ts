import { COUNTRY_CODES, isTheme, type Theme } from '../accounts/index.js'
import { PRACTICE_STATUSES, TRANSFORMATIONS, type Transformation } from './tables.js'

export const PRACTICE_SORTS = ['relevance', 'newest', 'title'] as const
export type PracticeSort = (typeof PRACTICE_SORTS)[number]
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number]

/** Everything a visitor can choose on /practices, as it stands in the query string. */
export interface PracticeFilter {
  q: string
  countries: string[]
  themes: Theme[]
  transformations: Transformation[]
  statuses: PracticeStatus[]
  sort: PracticeSort
  page: number
}

export const PAGE_SIZE = 20
/** A query longer than this is cut: nobody types it, and it would only cost the database. */
const MAX_QUERY_LENGTH = 200

const countries = new Set<string>(COUNTRY_CODES)

function oneOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return [...new Set(values.filter((value): value is T => (allowed as readonly string[]).includes(value)))]
}

/**
 * Reads the filter from query parameters (repeated keys for several choices), dropping values it
 * does not know, so a hand-edited or stale link shows a list rather than an error.
 */
export function parsePracticeFilter(params: URLSearchParams): PracticeFilter {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH)
  const sort = params.get('sort')
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q,
    countries: [...new Set(params.getAll('country').map((code) => code.toUpperCase()))].filter((code) =>
      countries.has(code),
    ),
    themes: [...new Set(params.getAll('theme').filter(isTheme))],
    transformations: oneOf(params.getAll('transformation'), TRANSFORMATIONS),
    statuses: oneOf(params.getAll('status'), PRACTICE_STATUSES),
    // Relevance means nothing without words; newest first is then the useful order.
    sort: PRACTICE_SORTS.includes(sort as PracticeSort) ? (sort as PracticeSort) : q ? 'relevance' : 'newest',
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The filter back as query parameters, without defaults, for links that keep the choices. */
export function practiceFilterParams(filter: PracticeFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  for (const country of filter.countries) params.append('country', country)
  for (const theme of filter.themes) params.append('theme', theme)
  for (const transformation of filter.transformations) params.append('transformation', transformation)
  for (const status of filter.statuses) params.append('status', status)
  if (filter.sort !== (filter.q ? 'relevance' : 'newest')) params.set('sort', filter.sort)
  if (filter.page > 1) params.set('page', String(filter.page))
  return params
}
