import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/http/actor.js'
import { canOnNews } from './policy.js'

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

describe('who may do what with news', () => {
  it('shows published news to everyone, drafts and writing to editors only', () => {
    const draft = { status: 'draft' as const }
    const published = { status: 'published' as const }
    const cases: [string, Actor | null, boolean][] = [
      ['visitor', null, false],
      ['member', person({ memberships: [{ organisationId: 'o1', role: 'admin' }] }), false],
      ['expert', person({ roles: ['expert'] }), false],
      ['unverified editor', person({ roles: ['editor'], emailVerified: false }), false],
      ['editor', person({ roles: ['editor'] }), true],
      ['admin', person({ roles: ['admin'] }), true],
    ]
    for (const [who, actor, editor] of cases) {
      expect([who, canOnNews(actor, 'news.read', published)]).toEqual([who, true])
      expect([who, canOnNews(actor, 'news.read', draft)]).toEqual([who, editor])
      expect([who, canOnNews(actor, 'news.edit')]).toEqual([who, editor])
    }
  })
})
