import { COUNTRY_CODES, isTheme, type Theme } from '../accounts/index.js'
import { ACTIVITY_KINDS, type ActivityKind } from './tables.js'

export const PAGE_SIZE = 20

/** Everything a visitor can choose on /activities, as it stands in the query string. */
export interface ActivityFilter {
  when: 'upcoming' | 'past'
  kinds: ActivityKind[]
  themes: Theme[]
  countries: string[]
  /** Online only, on site only, or both (null). */
  format: 'online' | 'on-site' | null
  /** Only activities taking registrations now. */
  open: boolean
  /** A series' slug. */
  series: string | null
  page: number
}

const countries = new Set<string>(COUNTRY_CODES)
const slugPattern = /^[a-z0-9-]{1,100}$/

/** Reads the filter, dropping values it does not know, so a stale link shows a list, not an error. */
export function parseActivityFilter(params: URLSearchParams): ActivityFilter {
  const page = Number(params.get('page'))
  const format = params.get('format')
  const series = params.get('series') ?? ''
  return {
    when: params.get('when') === 'past' ? 'past' : 'upcoming',
    kinds: [
      ...new Set(
        params
          .getAll('kind')
          .filter((kind): kind is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(kind)),
      ),
    ],
    themes: [...new Set(params.getAll('theme').filter(isTheme))],
    countries: [...new Set(params.getAll('country').filter((code) => countries.has(code)))],
    format: format === 'online' || format === 'on-site' ? format : null,
    open: params.get('open') === 'yes',
    series: slugPattern.test(series) ? series : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The filter back as query parameters (defaults left out), for links and pagination. */
export function activityFilterParams(filter: ActivityFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.when === 'past') params.set('when', 'past')
  for (const kind of filter.kinds) params.append('kind', kind)
  for (const theme of filter.themes) params.append('theme', theme)
  for (const country of filter.countries) params.append('country', country)
  if (filter.format) params.set('format', filter.format)
  if (filter.open) params.set('open', 'yes')
  if (filter.series) params.set('series', filter.series)
  if (filter.page > 1) params.set('page', String(filter.page))
  return params
}
