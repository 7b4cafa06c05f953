import { describe, expect, it } from 'vitest'
import { callState, countdown, isAcceptingSubmissions } from './state.js'

const call = {
  opensAt: new Date('2026-11-01T08:00:00Z'),
  closesAt: new Date('2027-01-10T22:59:00Z'),
  evaluationStartedAt: null,
  decidedAt: null,
}

describe('call states', () => {
  it('is upcoming, open, then closed, to the second', () => {
    expect(callState(call, new Date('2026-11-01T07:59:59Z'))).toBe('upcoming')
    expect(callState(call, new Date('2026-11-01T08:00:00Z'))).toBe('open')
    expect(callState(call, new Date('2027-01-10T22:58:59.999Z'))).toBe('open')
    expect(callState(call, new Date('2027-01-10T22:59:00Z'))).toBe('closed')
    expect(isAcceptingSubmissions(call, new Date('2027-01-10T22:58:59Z'))).toBe(true)
    expect(isAcceptingSubmissions(call, new Date('2027-01-10T22:59:00Z'))).toBe(false)
  })

  it('is under evaluation, then decided, whatever the clock says', () => {
    const now = new Date('2027-02-01T00:00:00Z')
    expect(callState({ ...call, evaluationStartedAt: now }, now)).toBe('under-evaluation')
    expect(callState({ ...call, evaluationStartedAt: now, decidedAt: now }, now)).toBe('decided')
  })

  it('counts down in the last seven days only', () => {
    expect(countdown(call, new Date('2026-12-01T00:00:00Z'))).toBeNull()
    expect(countdown(call, new Date('2027-01-08T20:59:00Z'))).toEqual({ days: 2, hours: 2 })
    expect(countdown(call, new Date('2027-01-11T00:00:00Z'))).toBeNull()
  })
})
