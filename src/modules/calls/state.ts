import type { Call } from './tables.js'

export const CALL_STATES = ['upcoming', 'open', 'closed', 'under-evaluation', 'decided'] as const
export type CallState = (typeof CALL_STATES)[number]

/** The countdown shows in the last days before the deadline. */
export const COUNTDOWN_DAYS = 7

/** A call's state at an instant: computed, never stored, so it is right to the second everywhere. */
export function callState(
  call: Pick<Call, 'opensAt' | 'closesAt' | 'evaluationStartedAt' | 'decidedAt'>,
  now: Date,
): CallState {
  if (call.decidedAt) return 'decided'
  if (call.evaluationStartedAt) return 'under-evaluation'
  if (now.getTime() < call.opensAt.getTime()) return 'upcoming'
  if (now.getTime() < call.closesAt.getTime()) return 'open'
  return 'closed'
}

/** Whether submissions are accepted at this instant (the deadline is exclusive, to the second). */
export function isAcceptingSubmissions(call: Pick<Call, 'opensAt' | 'closesAt'>, now: Date): boolean {
  return now.getTime() >= call.opensAt.getTime() && now.getTime() < call.closesAt.getTime()
}

/** Days and hours left while an open call is in its last days; null otherwise. */
export function countdown(call: Pick<Call, 'closesAt'>, now: Date): { days: number; hours: number } | null {
  const left = call.closesAt.getTime() - now.getTime()
  if (left <= 0 || left > COUNTDOWN_DAYS * 24 * 3600_000) return null
  const hours = Math.floor(left / 3600_000)
  return { days: Math.floor(hours / 24), hours: hours % 24 }
}
