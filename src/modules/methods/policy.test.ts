import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { canOnMethods } from './policy.js'

const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Someone',
  email: 'someone@example.org',
  emailVerified: true,
  roles: [],
  locale: 'en',
  memberships: [],
  ...overrides,
})

describe('who may do what with methods', () => {
  it('lets everyone read methods, verified people read member resources, editors edit', () => {
    const cases: [string, Actor | null, boolean, boolean, boolean][] = [
      ['visitor', null, true, false, false],
      ['unverified', person({ emailVerified: false }), true, false, false],
      ['member', person({ memberships: [{ organisationId: 'o1', role: 'member' }] }), true, true, false],
      ['expert', person({ roles: ['expert'] }), true, true, false],
      ['editor', person({ roles: ['editor'] }), true, true, true],
      ['unverified editor', person({ roles: ['editor'], emailVerified: false }), true, false, false],
      ['admin', person({ roles: ['admin'] }), true, true, true],
    ]
    for (const [who, actor, read, resources, edit] of cases) {
      expect([who, canOnMethods(actor, 'method.read')]).toEqual([who, read])
      expect([who, canOnMethods(actor, 'method.resources.read')]).toEqual([who, resources])
      expect([who, canOnMethods(actor, 'method.edit')]).toEqual([who, edit])
    }
  })
})
