import type { createRoleCast, RoleName } from '../../modules/accounts/organisation-testing.js'
import type { TestApp } from './test-app.js'

/**
 * The route matrix (src/route-matrix.test.ts) checks every route of the app as every kind of
 * person. A module adds its rows in a `route-matrix.part.ts` beside its routes, exporting a
 * `RouteMatrixPart` as `routeMatrixPart`: the test finds the parts by name, so modules never edit
 * one shared list.
 */
export type Who = 'visitor' | RoleName
export const EVERYONE: Who[] = [
  'visitor',
  'unverified',
  'member',
  'orgAdmin',
  'otherMember',
  'expert',
  'editor',
  'admin',
]

export type RoleCast = Awaited<ReturnType<typeof createRoleCast>>

/** Statuses in the order of EVERYONE: visitor, unverified, member, orgAdmin, otherMember, expert, editor, admin. */
export type Statuses = [number, number, number, number, number, number, number, number]

export interface RouteMatrixRow<F> {
  /** Method and route pattern as registered, with the locale written as :locale ("GET /:locale/x/:slug"). */
  route: string
  /** The concrete URL to request (in English; every locale mounts the same routes). */
  url: (fixture: F) => string
  statuses: Statuses
}

export interface RouteMatrixPart<F = unknown> {
  /** Writes what the rows need (the cast exists already: `cast.home` is the member's organisation). */
  setup: (t: TestApp, cast: RoleCast) => Promise<F>
  rows: RouteMatrixRow<F>[]
  /** Requested after every other row: for rows that end sessions or memberships. */
  last?: boolean
}

export const sameForEveryone = (status: number): Statuses => [
  status,
  status,
  status,
  status,
  status,
  status,
  status,
  status,
]
