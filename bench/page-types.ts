import { asc, desc, eq } from 'drizzle-orm'
import type { Db } from '../src/db/client.js'
import {
  BENCH_APPLICANT_EMAIL,
  BENCH_EDITOR_EMAIL,
  BENCH_PASSWORD,
  BIG_CALL_SLUG,
} from '../src/demo/synthetic/calls.js'
import { activities } from '../src/modules/activities/tables.js'
import { callApplications, calls } from '../src/modules/calls/tables.js'
import { practices } from '../src/modules/practices/tables.js'
import { programmes } from '../src/modules/programmes/tables.js'
import { facetedSearchPaths, variedSearchPaths } from './practices-paths.js'

/**
 * A kind of page the benchmark measures. A module issue adds its page types here, next to its
 * generator in src/demo/synthetic/: the runner needs no change.
 */
export interface PageType {
  /** Shown in the table and accepted by `--pages`. */
  name: string
  /**
   * The paths to rotate over, read from the freshly generated database before the server starts.
   * A page that depends on data gets many paths, so no single row sits warm in every cache.
   */
  paths(db: Db): Promise<string[]>
  expectedStatus: number
  /** Pages served only to someone signed in: the runner signs in through the form first. */
  signIn?: { email: string; password: string }
}

/** At most this many paths per page type: enough to vary, few enough to read quickly. */
export const MAX_PATHS = 1000

/** Up to `max` items taken evenly from the whole list, first and last included. */
export function spread<T>(items: readonly T[], max = MAX_PATHS): T[] {
  if (items.length <= max) return [...items]
  if (max === 1) return [items[0]!]
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!)
}

export const pageTypes: PageType[] = [
  {
    name: 'home',
    paths: async () => ['/en'],
    expectedStatus: 200,
  },
  {
    name: 'programme',
    paths: async (db) => {
      const rows = await db.select({ slug: programmes.slug }).from(programmes).orderBy(asc(programmes.position))
      return spread(rows).map((row) => `/en/programmes/${row.slug}`)
    },
    expectedStatus: 200,
  },
  {
    name: 'practices list',
    paths: async () => Array.from({ length: 20 }, (_, page) => `/en/practices${page > 0 ? `?page=${page + 1}` : ''}`),
    expectedStatus: 200,
  },
  {
    name: 'practices search',
    // Words, phrases, filters, sorts and pages combined: every path differs (see practices-paths.ts).
    paths: async () => variedSearchPaths(2000),
    expectedStatus: 200,
  },
  {
    name: 'practices facets',
    // Filters without words: the counts of every facet with the other choices applied.
    paths: async () => facetedSearchPaths(1000),
    expectedStatus: 200,
  },
  {
    name: 'practice',
    paths: async (db) => {
      const rows = await db
        .select({ slug: practices.slug })
        .from(practices)
        .where(eq(practices.publicationStatus, 'published'))
        .orderBy(desc(practices.publishedAt), asc(practices.slug))
      return spread(rows).map((row) => `/en/practices/${row.slug}`)
    },
    expectedStatus: 200,
  },
  {
    name: 'activities list',
    // Upcoming and past, pages and filters: each differs (the list counts and pages every time).
    paths: async () => {
      const kinds = ['', 'webinar', 'peer-learning-visit', 'project-clinic']
      const paths: string[] = []
      for (const when of ['', 'past'])
        for (const kind of kinds)
          for (let page = 1; page <= 10; page++) {
            const query = new URLSearchParams()
            if (when) query.set('when', when)
            if (kind) query.set('kind', kind)
            if (page > 1) query.set('page', String(page))
            paths.push(`/en/activities${query.size > 0 ? `?${query}` : ''}`)
          }
      return paths
    },
    expectedStatus: 200,
  },
  {
    name: 'activities calendar',
    // Every month the generated activities span (2025–2027), about 140 activities each.
    paths: async () =>
      Array.from(
        { length: 36 },
        (_, i) => `/en/activities/calendar?month=${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      ),
    expectedStatus: 200,
  },
  {
    name: 'activity',
    paths: async (db) => {
      const rows = await db.select({ slug: activities.slug }).from(activities).orderBy(asc(activities.startsAt))
      return spread(rows).map((row) => `/en/activities/${row.slug}`)
    },
    expectedStatus: 200,
  },
  {
    name: 'evaluation dashboard',
    // Every call's dashboard, the 5,000-submission call's pages 1–20 among them, in each round.
    paths: async (db) => {
      const rows = await db.select({ slug: calls.slug }).from(calls).orderBy(asc(calls.slug))
      const rounds = ['eligibility', 'experts']
      const paths = spread(rows, 480).map(
        (row, i) => `/en/calls/${row.slug}/applications?round=${rounds[i % rounds.length]}`,
      )
      for (let page = 1; page <= 20; page++)
        paths.push(`/en/calls/${BIG_CALL_SLUG}/applications?round=experts${page > 1 ? `&page=${page}` : ''}`)
      return paths
    },
    expectedStatus: 200,
    signIn: { email: BENCH_EDITOR_EMAIL, password: BENCH_PASSWORD },
  },
  {
    name: 'my applications',
    paths: async () => ['/en/calls/mine'],
    expectedStatus: 200,
    signIn: { email: BENCH_APPLICANT_EMAIL, password: BENCH_PASSWORD },
  },
  {
    name: 'application',
    paths: async (db) => {
      const rows = await db
        .select({ id: callApplications.id })
        .from(callApplications)
        .where(eq(callApplications.personId, 'synthetic-calls-applicant'))
      return rows.map((row) => `/en/calls/applications/${row.id}`)
    },
    expectedStatus: 200,
    signIn: { email: BENCH_APPLICANT_EMAIL, password: BENCH_PASSWORD },
  },
]
