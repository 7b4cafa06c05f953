import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { canCreateActivities, canHostFor, canOrganise, canRegisterDelegation } from './policy.js'

const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Ana',
  email: 'ana@example.org',
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [],
  ...overrides,
})

const krakow = 'org-krakow'
const lisbon = 'org-lisbon'
const hostedByKrakow = { hostOrganisationId: krakow }
const hostedByNetwork = { hostOrganisationId: null }

const visitor = null
const member = person({ memberships: [{ organisationId: krakow, role: 'member' }] })
const krakowAdmin = person({ memberships: [{ organisationId: krakow, role: 'admin' }] })
const lisbonAdmin = person({ memberships: [{ organisationId: lisbon, role: 'admin' }] })
const unverifiedAdmin = person({ emailVerified: false, memberships: [{ organisationId: krakow, role: 'admin' }] })
const editor = person({ roles: ['editor'] })
const admin = person({ roles: ['admin'] })
const expert = person({ roles: ['expert'] })

describe('who organises activities', () => {
  it('is an editor, or an admin of the host organisation', () => {
    expect(canOrganise(editor, hostedByKrakow)).toBe(true)
    expect(canOrganise(admin, hostedByNetwork)).toBe(true)
    expect(canOrganise(krakowAdmin, hostedByKrakow)).toBe(true)
    expect(canOrganise(krakowAdmin, hostedByNetwork)).toBe(false)
    expect(canOrganise(lisbonAdmin, hostedByKrakow)).toBe(false)
    expect(canOrganise(member, hostedByKrakow)).toBe(false)
    expect(canOrganise(expert, hostedByKrakow)).toBe(false)
    expect(canOrganise(unverifiedAdmin, hostedByKrakow)).toBe(false)
    expect(canOrganise(visitor, hostedByKrakow)).toBe(false)
  })

  it('lets editors and organisation admins create activities, hosted by their own organisation', () => {
    expect(canCreateActivities(editor)).toBe(true)
    expect(canCreateActivities(krakowAdmin)).toBe(true)
    expect(canCreateActivities(member)).toBe(false)
    expect(canCreateActivities(visitor)).toBe(false)
    expect(canHostFor(krakowAdmin, krakow)).toBe(true)
    expect(canHostFor(krakowAdmin, lisbon)).toBe(false)
    expect(canHostFor(editor, lisbon)).toBe(true)
    expect(canHostFor(member, krakow)).toBe(false)
  })

  it('lets an organisation admin register a delegation of their own organisation only', () => {
    expect(canRegisterDelegation(krakowAdmin, krakow)).toBe(true)
    expect(canRegisterDelegation(krakowAdmin, lisbon)).toBe(false)
    expect(canRegisterDelegation(member, krakow)).toBe(false)
    expect(canRegisterDelegation(visitor, krakow)).toBe(false)
  })
})
