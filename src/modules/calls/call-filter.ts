import type { CallFilter } from './queries.js'
import { CALL_STATES, type CallState } from './state.js'
import { CALL_KINDS, type CallKind } from './tables.js'

/** The list's filters from a query string; unknown values are ignored. */
export function parseCallFilter(params: URLSearchParams): CallFilter {
  const state = params.get('state') ?? ''
  const kind = params.get('kind') ?? ''
  return {
    state: (CALL_STATES as readonly string[]).includes(state) ? (state as CallState) : undefined,
    kind: (CALL_KINDS as readonly string[]).includes(kind) ? (kind as CallKind) : undefined,
  }
}
