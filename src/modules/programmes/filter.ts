import type { Db } from '../../db/client.js'
import { findProgrammeIdBySlug } from './queries.js'

/** The query-string parameter every list uses to filter by programme: `?programme=<slug>`. */
export const PROGRAMME_FILTER_PARAM = 'programme'

export const PROGRAMME_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Query = URLSearchParams | Record<string, string | string[] | undefined>

/**
 * The programme slug a list is filtered by, or undefined for "all programmes". Anything that
 * cannot be a slug is treated as no filter, so a mangled shared link still shows a list.
 * @example parseProgrammeFilter(c.req.query()) // 'european-heritage-hub'
 */
export function parseProgrammeFilter(query: Query): string | undefined {
  const raw = query instanceof URLSearchParams ? query.get(PROGRAMME_FILTER_PARAM) : query[PROGRAMME_FILTER_PARAM]
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase()
  if (!value || value.length > 200 || !PROGRAMME_SLUG_PATTERN.test(value)) return undefined
  return value
}

export interface ProgrammeFilterValue {
  slug: string
  /**
   * null when no programme has this slug: the list should then match nothing (and say so), never
   * silently fall back to every programme's content under a filter the visitor believes applies.
   */
  programmeId: string | null
}

/**
 * parseProgrammeFilter and the programme's id in one step, for a list's query.
 * @example
 * const filter = await resolveProgrammeFilter(c.var.db, c.req.query())
 * const calls = filter?.programmeId === null ? [] : await listOpenCalls(c.var.db, { programmeId: filter?.programmeId })
 */
export async function resolveProgrammeFilter(db: Db, query: Query): Promise<ProgrammeFilterValue | undefined> {
  const slug = parseProgrammeFilter(query)
  if (!slug) return undefined
  return { slug, programmeId: (await findProgrammeIdBySlug(db, slug)) ?? null }
}
