import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp, TEST_ORIGIN } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { activityRegistrations } from '../tables.js'
import { createTestActivity } from '../testing.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

async function signedIn(options: Parameters<typeof createPerson>[2] = {}) {
  const person = await createPerson(t.db, t.config, options)
  return { ...person, cookie: await sessionCookieFor(t.db, t.config, person.email) }
}

const choose = (slug: string, listed: 'yes' | 'no', cookie?: string) =>
  t.app.request(`/en/activities/${slug}/fellows`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: TEST_ORIGIN,
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams({ listed }).toString(),
  })

const visit = await createTestActivity(t.db, { title: 'Visit to Kraków' }, now)
const krakow = await createOrganisation(t.db, { name: 'Miasto Kraków' })
const anna = await signedIn({ name: 'Anna Agrees' })
const bruno = await signedIn({ name: 'Bruno Agrees' })
const chloe = await signedIn({ name: 'Chloé Declines' })
const wim = await signedIn({ name: 'Wim Waitlisted' })
const stranger = await signedIn({ name: 'Sam Stranger' })
await t.db.insert(activityRegistrations).values([
  { activityId: visit.id, userId: anna.id, organisationId: krakow.id, status: 'confirmed', arrival: 1 },
  { activityId: visit.id, userId: bruno.id, status: 'confirmed', arrival: 2 },
  { activityId: visit.id, userId: chloe.id, status: 'confirmed', arrival: 3 },
  { activityId: visit.id, userId: wim.id, status: 'waitlisted', arrival: 4 },
])
const page = async (cookie?: string) => (await t.get(`/en/activities/${visit.slug}`, cookie ? { cookie } : {})).text()

describe('participants who agreed see each other', () => {
  it('asks a confirmed participant first, and shows nobody before they agree', async () => {
    const html = await page(anna.cookie)
    expect(html).toContain('Show my name and organisation to the other participants')
    expect(html).not.toContain('Bruno Agrees')
  })

  it('lists those who agreed, with their organisation, to each other only', async () => {
    expect((await choose(visit.slug, 'yes', anna.cookie)).status).toBe(303)
    expect((await choose(visit.slug, 'yes', bruno.cookie)).status).toBe(303)
    const annas = await page(anna.cookie)
    expect(annas).toContain('Anna Agrees (Miasto Kraków)')
    expect(annas).toContain('Bruno Agrees')
    // Chloé did not agree: she is shown to nobody, and sees nobody.
    expect(annas).not.toContain('Chloé Declines')
    const chloes = await page(chloe.cookie)
    expect(chloes).not.toContain('Anna Agrees')
    expect(chloes).toContain('Show my name and organisation to the other participants')
  })

  it('shows nothing to the waitlisted, to those not registered and to visitors, and refuses their choice', async () => {
    for (const html of [await page(wim.cookie), await page(stranger.cookie), await page()]) {
      expect(html).not.toContain('Anna Agrees')
      expect(html).not.toContain('Other participants')
    }
    expect((await choose(visit.slug, 'yes', wim.cookie)).status).toBe(404)
    expect((await choose(visit.slug, 'yes', stranger.cookie)).status).toBe(404)
    const visitor = await choose(visit.slug, 'yes')
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toContain('/en/sign-in')
  })

  it('lets a participant withdraw', async () => {
    expect((await choose(visit.slug, 'no', bruno.cookie)).status).toBe(303)
    expect(await page(anna.cookie)).not.toContain('Bruno Agrees')
    expect(await page(bruno.cookie)).not.toContain('Anna Agrees')
  })
})
