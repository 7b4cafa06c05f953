import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { canAnswerFor, canEditSurveys, canSeeRespondent, canSeeResults, isInAudience, isOpen } from './policy.js'

const now = new Date('2026-05-01T10:00:00Z')
const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'p',
  name: 'P',
  email: 'p@example.org',
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [{ organisationId: 'lisbon', role: 'member' }],
  ...overrides,
})
const survey = {
  opensAt: new Date('2026-04-01T00:00:00Z'),
  closesAt: new Date('2026-05-01T10:00:00Z'),
  closedAt: null,
  publishedAt: null,
  audienceKinds: ['city'],
  audienceCountries: ['PT', 'ES'],
}
const lisbon = { id: 'lisbon', kind: 'city', country: 'PT' }

describe('who may do what in Pulse', () => {
  it('takes answers from the opening moment up to, not including, the closing one, and never once closed', () => {
    expect(isOpen(survey, new Date('2026-04-30T23:59:59Z'))).toBe(true)
    expect(isOpen(survey, now)).toBe(false)
    expect(isOpen(survey, new Date('2026-03-31T23:59:59Z'))).toBe(false)
    expect(isOpen({ ...survey, closedAt: new Date('2026-04-10T00:00:00Z') }, new Date('2026-04-20T00:00:00Z'))).toBe(
      false,
    )
  })

  it('asks only organisations of the chosen kinds and countries; empty lists ask everyone', () => {
    expect(isInAudience(survey, lisbon)).toBe(true)
    expect(isInAudience(survey, { kind: 'ngo', country: 'PT' })).toBe(false)
    expect(isInAudience(survey, { kind: 'city', country: 'FR' })).toBe(false)
    expect(isInAudience({ audienceKinds: [], audienceCountries: [] }, { kind: 'ngo', country: 'FR' })).toBe(true)
  })

  it('lets a verified member answer for their own organisation only, while open', () => {
    const before = new Date('2026-04-15T00:00:00Z')
    expect(canAnswerFor(person(), survey, lisbon, before)).toBe(true)
    expect(canAnswerFor(person(), survey, lisbon, now)).toBe(false)
    expect(canAnswerFor(person({ emailVerified: false }), survey, lisbon, before)).toBe(false)
    expect(canAnswerFor(person({ memberships: [] }), survey, lisbon, before)).toBe(false)
    expect(canAnswerFor(person({ roles: ['editor'], memberships: [] }), survey, lisbon, before)).toBe(false)
    expect(canAnswerFor(null, survey, lisbon, before)).toBe(false)
  })

  it('shows who answered to the organisation’s admins and editors, not to its other members', () => {
    expect(canSeeRespondent(person(), 'lisbon')).toBe(false)
    expect(canSeeRespondent(person({ memberships: [{ organisationId: 'lisbon', role: 'admin' }] }), 'lisbon')).toBe(
      true,
    )
    expect(canSeeRespondent(person({ roles: ['editor'], memberships: [] }), 'lisbon')).toBe(true)
  })

  it('runs surveys by editors; shows results to all once published, to editors before', () => {
    expect(canEditSurveys(person())).toBe(false)
    expect(canEditSurveys(person({ roles: ['editor'] }))).toBe(true)
    expect(canSeeResults(null, { publishedAt: null })).toBe(false)
    expect(canSeeResults(person({ roles: ['admin'] }), { publishedAt: null })).toBe(true)
    expect(canSeeResults(null, { publishedAt: now })).toBe(true)
  })
})
