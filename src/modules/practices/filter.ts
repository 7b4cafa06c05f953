import {
  COUNTRY_CODES,
  isTheme,
  ORGANISATION_KINDS,
  type OrganisationKind,
  POPULATION_BANDS,
  type PopulationBand,
  type Theme,
} from '../accounts/index.js'
import { PRACTICE_STATUSES, TRANSFORMATIONS, type Transformation } from './tables.js'

/** Start years a filter accepts: older or later ones are typing mistakes. */
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2100

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
  organisationKinds: OrganisationKind[]
  populationBands: PopulationBand[]
  /** Started in or after this year (inclusive); practices without a start year are then left out. */
  yearFrom: number | null
  /** Started in or before this year (inclusive). */
  yearTo: number | null
  /** Only practices selected in a call (true), only the others (false), or both (null). */
  selected: boolean | null
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

function yearParam(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null
  const year = Number(value.trim())
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : null
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
    organisationKinds: oneOf(params.getAll('kind'), ORGANISATION_KINDS),
    populationBands: oneOf(params.getAll('population'), POPULATION_BANDS),
    ...orderedYears(yearParam(params.get('from')), yearParam(params.get('to'))),
    selected: params.get('selected') === 'yes' ? true : params.get('selected') === 'no' ? false : null,
    // Relevance by default, with or without words: without them every rank is equal and the order
    // is newest first, so typing words switches to the best matches unless another order was chosen.
    sort: PRACTICE_SORTS.includes(sort as PracticeSort) ? (sort as PracticeSort) : 'relevance',
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** "From 2020 to 2010" is read as the range the visitor meant. */
function orderedYears(
  yearFrom: number | null,
  yearTo: number | null,
): { yearFrom: number | null; yearTo: number | null } {
  return yearFrom !== null && yearTo !== null && yearFrom > yearTo
    ? { yearFrom: yearTo, yearTo: yearFrom }
    : { yearFrom, yearTo }
}

/** The filter back as query parameters, without defaults, for links that keep the choices. */
export function practiceFilterParams(filter: PracticeFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  for (const country of filter.countries) params.append('country', country)
  for (const theme of filter.themes) params.append('theme', theme)
  for (const transformation of filter.transformations) params.append('transformation', transformation)
  for (const status of filter.statuses) params.append('status', status)
  for (const kind of filter.organisationKinds) params.append('kind', kind)
  for (const band of filter.populationBands) params.append('population', band)
  if (filter.yearFrom !== null) params.set('from', String(filter.yearFrom))
  if (filter.yearTo !== null) params.set('to', String(filter.yearTo))
  if (filter.selected !== null) params.set('selected', filter.selected ? 'yes' : 'no')
  if (filter.sort !== 'relevance') params.set('sort', filter.sort)
  if (filter.page > 1) params.set('page', String(filter.page))
  return params
}
