import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { type Action, can, type Resource } from './policy.js'

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

const lisbon = 'org-lisbon'
const krakow = 'org-krakow'
const visitor = null
const unverified = person({ emailVerified: false, memberships: [{ organisationId: lisbon, role: 'admin' }] })
const member = person({ memberships: [{ organisationId: lisbon, role: 'member' }] })
const orgAdmin = person({ memberships: [{ organisationId: lisbon, role: 'admin' }] })
const expert = person({ roles: ['expert'] })
const editor = person({ roles: ['editor'] })
const admin = person({ roles: ['admin'] })
const unverifiedAdmin = person({ emailVerified: false, roles: ['admin'] })

describe('the policy', () => {
  const matrix: [Action, Resource, Record<string, boolean>][] = [
    [
      'member-content.read',
      {},
      { visitor: false, unverified: false, member: true, expert: true, editor: true, admin: true },
    ],
    [
      'organisation.act-for',
      { organisationId: lisbon },
      { visitor: false, unverified: false, member: true, orgAdmin: true, editor: false },
    ],
    ['organisation.act-for', { organisationId: krakow }, { member: false, orgAdmin: false }],
    [
      'organisation.invite',
      { organisationId: lisbon },
      { member: false, orgAdmin: true, editor: true, expert: false, unverified: false },
    ],
    ['organisation.invite', { organisationId: krakow }, { orgAdmin: false, editor: true }],
    ['organisation.verify', {}, { orgAdmin: false, expert: false, editor: true, admin: true }],
    ['expert.invite', {}, { member: false, expert: false, editor: true, admin: true }],
    ['roles.grant', {}, { editor: false, admin: true, unverifiedAdmin: false }],
    ['outbox.read', {}, { visitor: false, member: false, editor: false, admin: true }],
    ['audit.read', {}, { editor: false, admin: true }],
    ['profile.edit', { userId: 'u1' }, { visitor: false, unverified: true, member: true }],
    ['profile.edit', { userId: 'someone-else' }, { member: false, admin: false }],
    ['account.export-data', { userId: 'u1' }, { visitor: false, unverified: true, member: true, admin: true }],
    ['account.export-data', { userId: 'someone-else' }, { member: false, admin: false }],
    ['account.export-data', {}, { member: false, admin: false }],
    ['account.delete', { userId: 'u1' }, { visitor: false, unverified: true, member: true, admin: true }],
    ['account.delete', { userId: 'someone-else' }, { member: false, editor: false, admin: false }],
    ['profile.read-field', { userId: 'other', audience: 'public' }, { visitor: true, unverified: true, member: true }],
    [
      'profile.read-field',
      { userId: 'other', audience: 'members' },
      { visitor: false, unverified: false, member: true, expert: true, admin: true },
    ],
    ['profile.read-field', { userId: 'other', audience: 'private' }, { member: false, editor: false, admin: false }],
    ['profile.read-field', { userId: 'u1', audience: 'private' }, { unverified: true, member: true }],
    ['organisation.read', { verified: true }, { visitor: true, unverified: true, member: true }],
    ['organisation.read', { verified: false }, { visitor: false, unverified: false, member: true, editor: true }],
    [
      'organisation.manage',
      { organisationId: lisbon },
      { visitor: false, unverified: false, member: false, orgAdmin: true, expert: false, editor: true, admin: true },
    ],
    ['organisation.manage', { organisationId: krakow }, { orgAdmin: false, editor: true }],
    ['organisation.leave', { organisationId: lisbon }, { visitor: false, member: true, orgAdmin: true, editor: false }],
    ['organisation.leave', { organisationId: krakow }, { member: false }],
    ['organisation.merge', {}, { orgAdmin: false, expert: false, editor: true, admin: true }],
    ['organisation.create', {}, { visitor: false, unverified: false, member: true, expert: true }],
    ['organisation.request-to-join', { organisationId: krakow }, { visitor: false, unverified: false, member: true }],
    ['users.list', {}, { editor: false, admin: true }],
  ]
  const actors: Record<string, Actor | null> = {
    visitor,
    unverified,
    member,
    orgAdmin,
    expert,
    editor,
    admin,
    unverifiedAdmin,
  }
  for (const [action, resource, expected] of matrix) {
    for (const [who, allowed] of Object.entries(expected)) {
      it(`${allowed ? 'lets' : 'refuses'} ${who} ${action} ${JSON.stringify(resource)}`, () => {
        expect(can(actors[who]!, action, resource)).toBe(allowed)
      })
    }
  }
})
