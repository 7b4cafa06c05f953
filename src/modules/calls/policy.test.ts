import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { ineligibility } from './eligibility.js'
import { canApply, canManageCalls, canReadApplication, showsApplicantTo } from './policy.js'

const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'p1',
  name: 'P',
  email: 'p@example.org',
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [{ organisationId: 'org-a', role: 'member' }],
  ...overrides,
})

describe('calls policy', () => {
  it('lets editors and admins manage calls, nobody else', () => {
    expect(canManageCalls(person({ roles: ['editor'] }))).toBe(true)
    expect(canManageCalls(person({ roles: ['admin'] }))).toBe(true)
    expect(canManageCalls(person({ roles: ['expert'] }))).toBe(false)
    expect(canManageCalls(person())).toBe(false)
    expect(canManageCalls(null)).toBe(false)
  })

  it('lets verified members apply for their own organisations only', () => {
    expect(canApply(person(), 'org-a')).toBe(true)
    expect(canApply(person(), 'org-b')).toBe(false)
    expect(canApply(person(), null)).toBe(true)
    expect(canApply(person({ emailVerified: false }), 'org-a')).toBe(false)
    expect(canApply(null, null)).toBe(false)
  })

  it('shows an application to its applicant, editors and assigned experts only', () => {
    const application = { personId: 'p1' }
    expect(canReadApplication(person(), application)).toBe(true)
    expect(canReadApplication(person({ id: 'p2' }), application)).toBe(false)
    expect(canReadApplication(person({ id: 'p2', roles: ['editor'] }), application)).toBe(true)
    expect(canReadApplication(person({ id: 'x1', roles: ['expert'] }), application)).toBe(false)
    expect(canReadApplication(person({ id: 'x1', roles: ['expert'] }), application, ['x1'])).toBe(true)
    expect(canReadApplication(person({ id: 'x1' }), application, ['x1'])).toBe(false)
    expect(canReadApplication(null, application)).toBe(false)
  })

  it('hides the applicant from experts of a blind call', () => {
    const expert = person({ id: 'x1', roles: ['expert'] })
    expect(showsApplicantTo(expert, { blind: true }, { personId: 'p1' })).toBe(false)
    expect(showsApplicantTo(expert, { blind: false }, { personId: 'p1' })).toBe(true)
    expect(showsApplicantTo(person({ id: 'e', roles: ['editor'] }), { blind: true }, { personId: 'p1' })).toBe(true)
  })
})

describe('eligibility', () => {
  const call = {
    applicantType: 'organisations' as const,
    eligibleCountries: ['PT', 'AM'],
    eligibleOrganisationKinds: ['city', 'region'],
  }
  it('checks the country, the kind and who may apply', () => {
    expect(ineligibility(call, { country: 'PT', kind: 'city' })).toBeNull()
    expect(ineligibility(call, { country: 'AM', kind: 'region' })).toBeNull()
    expect(ineligibility(call, { country: 'CH', kind: 'city' })).toBe('country')
    expect(ineligibility(call, { country: 'PT', kind: 'ngo' })).toBe('organisation-kind')
    expect(ineligibility(call, null)).toBe('organisation-required')
    expect(ineligibility({ ...call, applicantType: 'individuals' }, { country: 'PT', kind: 'city' })).toBe(
      'individuals-only',
    )
    expect(ineligibility({ ...call, applicantType: 'both' }, null)).toBeNull()
    expect(
      ineligibility({ ...call, eligibleCountries: [], eligibleOrganisationKinds: [] }, { country: 'CH', kind: 'ngo' }),
    ).toBeNull()
  })
})
