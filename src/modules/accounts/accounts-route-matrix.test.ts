import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { createRoleCast, type RoleName } from './organisation-testing.js'
import { createOrganisation } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
let waitingSlug: string

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
  waitingSlug = (await createOrganisation(t.db, { name: 'Waiting for an editor' })).slug
})
afterAll(() => t?.close())

type Who = 'visitor' | RoleName
const everyone: Who[] = ['visitor', 'unverified', 'member', 'orgAdmin', 'otherMember', 'expert', 'editor', 'admin']

/** Each status in the order of `everyone`: visitor, unverified, member, orgAdmin, otherMember, expert, editor, admin. */
const routes = (): [string, number[]][] => {
  const home = `/en/organisations/${cast.home.slug}`
  const someone = cast.people.member.id
  return [
    ['/en/organisations', [200, 200, 200, 200, 200, 200, 200, 200]],
    ['/en/organisations?kind=city&country=PT&page=2', [200, 200, 200, 200, 200, 200, 200, 200]],
    [home, [200, 200, 200, 200, 200, 200, 200, 200]],
    [`/en/organisations/${waitingSlug}`, [404, 404, 200, 200, 200, 200, 200, 200]],
    ['/en/organisations/no-such-organisation', [404, 404, 404, 404, 404, 404, 404, 404]],
    ['/en/organisations/new', [303, 403, 200, 200, 200, 200, 200, 200]],
    [`${home}/edit`, [303, 403, 403, 200, 403, 403, 200, 200]],
    [`${home}/manage`, [303, 403, 403, 200, 403, 403, 200, 200]],
    [`${home}/merge`, [303, 403, 403, 403, 403, 403, 200, 200]],
    // Only members have something to leave; anyone else is sent back to the organisation's page.
    [`${home}/leave`, [303, 303, 200, 200, 303, 303, 303, 303]],
    [`${home}/logo`, [404, 404, 404, 404, 404, 404, 404, 404]],
    ['/en/account/profile', [303, 200, 200, 200, 200, 200, 200, 200]],
    [`/en/people/${someone}`, [200, 200, 200, 200, 200, 200, 200, 200]],
    [`/en/people/${someone}/photo`, [404, 404, 404, 404, 404, 404, 404, 404]],
    ['/en/people/nobody', [404, 404, 404, 404, 404, 404, 404, 404]],
    ['/en/invitations/not-a-token-that-was-ever-sent', [404, 404, 404, 404, 404, 404, 404, 404]],
    ['/en/admin/people', [303, 403, 403, 403, 403, 403, 403, 200]],
    ['/en/admin/people?q=mira&role=expert', [303, 403, 403, 403, 403, 403, 403, 200]],
    [`/en/admin/people/${someone}`, [303, 403, 403, 403, 403, 403, 403, 200]],
    [`/en/admin/people/${someone}/roles/editor/grant`, [303, 403, 403, 403, 403, 403, 403, 200]],
    [`/en/admin/people/${someone}/roles/owner/grant`, [303, 403, 403, 403, 403, 403, 403, 404]],
    ['/en/admin/experts', [303, 403, 403, 403, 403, 403, 200, 200]],
  ]
}

const request = (path: string, who: Who, init: RequestInit = {}) =>
  t.app.request(path, {
    ...init,
    headers: {
      origin: 'http://localhost',
      ...(who === 'visitor' ? {} : { cookie: cast.cookies[who] }),
      ...init.headers,
    },
  })

describe('who gets what on the organisation, profile and admin pages', () => {
  it('answers every page with the status each role must get', async () => {
    const problems: string[] = []
    for (const [path, statuses] of routes()) {
      for (const [index, who] of everyone.entries()) {
        const response = await request(path, who)
        if (response.status !== statuses[index])
          problems.push(`${who} ${path}: ${response.status}, not ${statuses[index]}`)
        if (response.status === 303 && who === 'visitor') {
          expect(response.headers.get('location')).toMatch(/^\/en\/sign-in\?next=/)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('refuses the forms’ actions to those who may not take them', async () => {
    const home = `/en/organisations/${cast.home.slug}`
    const waiting = `/en/organisations/${waitingSlug}`
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    })
    const posts: [string, Record<string, string>, number[]][] = [
      [`${waiting}/verify`, {}, [404, 404, 403, 403, 403, 403, 303, 303]],
      [`${home}/join`, {}, [303, 403, 303, 303, 303, 303, 303, 303]],
      [`${home}/requests/${cast.people.expert.id}`, { decision: 'approve' }, [303, 403, 403, 303, 403, 403, 303, 303]],
      [`${home}/invitations`, { email: '' }, [303, 403, 403, 422, 403, 403, 422, 422]],
      [`${home}/merge`, { target: '' }, [303, 403, 403, 403, 403, 403, 422, 422]],
      [`${home}/edit`, {}, [303, 403, 403, 422, 403, 403, 422, 422]],
      ['/en/admin/experts', { email: '' }, [303, 403, 403, 403, 403, 403, 422, 422]],
      [`/en/admin/people/${cast.people.expert.id}/roles/expert/grant`, {}, [303, 403, 403, 403, 403, 403, 403, 303]],
    ]
    const problems: string[] = []
    for (const [path, fields, statuses] of posts) {
      for (const [index, who] of everyone.entries()) {
        const response = await request(path, who, form(fields))
        if (response.status !== statuses[index])
          problems.push(`${who} POST ${path}: ${response.status}, not ${statuses[index]}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('renders every page it lets someone see in French and German too', async () => {
    for (const [path, statuses] of routes()) {
      const index = statuses.indexOf(200)
      if (index === -1) continue
      for (const locale of ['fr', 'de']) {
        const localised = path.replace(/^\/en/, `/${locale}`)
        const response = await request(localised, everyone[index]!)
        expect(response.status, localised).toBe(200)
        expect(await response.text()).toContain(`<html lang="${locale}"`)
      }
    }
  })
})
