import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createDraftActivityForHostCity, findActivityFromCallApplication } from './drafts.js'
import { registerForActivity } from './registration.js'
import { TEST_LINKS } from './testing.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

describe('draft activities', () => {
  it('makes one draft visit per host-city application, hidden from visitors until an organiser publishes it', async () => {
    const host = await createOrganisation(t.db, { name: 'Ciutat de Girona', city: 'Girona', country: 'ES' })
    const input = {
      organisationId: host.id,
      organisationName: host.name,
      city: 'Girona',
      country: 'ES',
      callApplicationId: crypto.randomUUID(),
      callTitle: 'Host cities 2027',
      callUrl: '/calls/host-cities-2027',
    }
    const draft = await createDraftActivityForHostCity(t.db, input, now)
    expect(await createDraftActivityForHostCity(t.db, input, now)).toEqual(draft)
    expect(await findActivityFromCallApplication(t.db, input.callApplicationId)).toMatchObject({
      slug: draft.slug,
      title: 'Peer-learning visit to Girona',
      status: 'draft',
    })
    const page = `/en/activities/${draft.slug}`
    const admin = await createPerson(t.db, t.config, { memberOf: [{ organisationId: host.id, role: 'admin' }] })
    const member = await createPerson(t.db, t.config)
    const adminCookie = { cookie: await sessionCookieFor(t.db, t.config, admin.email) }
    const memberCookie = { cookie: await sessionCookieFor(t.db, t.config, member.email) }
    // Visitors and other members: 404 everywhere, and in no list, calendar, sitemap or search.
    for (const headers of [{}, memberCookie]) {
      for (const path of [page, `${page}/calendar.ics`, `${page}/edit`, `${page}/participants`])
        expect((await t.get(path, headers)).status, path).toBe(404)
      expect((await t.postForm(`${page}/publish`, {}, headers)).status).toBe(404)
    }
    for (const path of ['/en/activities', '/en/activities/calendar.ics', '/en/search?q=Girona', '/sitemap.xml'])
      expect(await (await t.get(path)).text(), path).not.toContain(draft.slug)
    expect(
      await registerForActivity(
        t.db,
        TEST_LINKS,
        { ...member, emailVerified: true, roles: [], locale: 'en', memberships: [] },
        {
          activityId: draft.id,
          now,
        },
      ),
    ).toEqual({ ok: false, reason: 'closed' })
    // The host organisation's admin organises it: the page says it is a draft, links to the call, and publishes.
    const seen = await t.get(page, adminCookie)
    expect(seen.status).toBe(200)
    const html = await seen.text()
    expect(html).toContain('Only the organisers see this page')
    expect(html).toContain('href="/en/calls/host-cities-2027"')
    expect(html).toContain('name="robots" content="noindex"')
    expect((await t.get(`${page}/edit`, adminCookie)).status).toBe(200)
    const published = await t.postForm(`${page}/publish`, {}, adminCookie)
    expect(published.status).toBe(303)
    expect(published.headers.get('location')).toBe(`${page}?done=published`)
    expect((await t.get(page)).status).toBe(200)
    expect(await (await t.get('/en/activities')).text()).toContain(draft.slug)
  })
})
