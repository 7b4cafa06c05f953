import { METHOD_EFFORTS, METHOD_FORMATS, type MethodEffort, type MethodFormat } from './tables.js'

export interface MethodFilter {
  /** Words the public texts must contain; '' for none. */
  q: string
  formats: MethodFormat[]
  efforts: MethodEffort[]
  /** How many people will take part; null for any. */
  groupSize: number | null
}

export const MAX_GROUP_SIZE = 10_000

/** Reads the list's query string; anything unknown is ignored rather than refused. */
export function parseMethodFilter(params: URLSearchParams): MethodFilter {
  const formats = params
    .getAll('format')
    .filter((value): value is MethodFormat => (METHOD_FORMATS as readonly string[]).includes(value))
  const efforts = params
    .getAll('effort')
    .filter((value): value is MethodEffort => (METHOD_EFFORTS as readonly string[]).includes(value))
  const size = params.get('group')?.trim() ?? ''
  const groupSize = /^\d{1,5}$/.test(size) && Number(size) >= 1 ? Math.min(Number(size), MAX_GROUP_SIZE) : null
  const q = (params.get('q') ?? '').trim().slice(0, 200)
  return { q, formats: [...new Set(formats)], efforts: [...new Set(efforts)], groupSize }
}

export function methodFilterParams(filter: MethodFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  for (const format of filter.formats) params.append('format', format)
  for (const effort of filter.efforts) params.append('effort', effort)
  if (filter.groupSize !== null) params.set('group', String(filter.groupSize))
  return params
}
