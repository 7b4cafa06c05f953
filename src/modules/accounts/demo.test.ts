import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../demo/run-demo.js'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { DEMO_PASSWORD, demoOrganisations, demoPeople } from './demo.js'
import { accountsModule } from './index.js'
import { organisations, users } from './tables.js'
import { sessionCookieFor } from './testing.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  expect(await seedDemo(t.db, [accountsModule], new Date('2026-03-02T10:00:00Z'))).toEqual(['accounts'])
})
afterAll(() => t?.close())

describe('the accounts demo', () => {
  it('lists the organisations of the seeds, verified, in their countries', async () => {
    const rows = await t.db.select().from(organisations)
    expect(rows).toHaveLength(demoOrganisations.length)
    const bySlug = new Map(rows.map((row) => [row.slug, row]))
    expect(bySlug.get('lisbon-city-council')).toMatchObject({ kind: 'city', country: 'PT' })
    expect(bySlug.get('urries-town-council')).toMatchObject({ kind: 'city', country: 'ES', city: 'Urriés' })
    expect(bySlug.get('europa-nostra')).toMatchObject({ kind: 'ngo', country: 'NL' })
    expect(bySlug.get('eurocities')).toMatchObject({ kind: 'network', country: 'BE' })
    expect(rows.every((row) => row.verifiedAt !== null)).toBe(true)
    const html = await (await t.get('/en/organisations?kind=network')).text()
    expect(html).toContain('Architects Council of Europe')
    expect(html).toMatch(
      /<a class="app-primary-navigation__link" href="\/en\/organisations" aria-current="page">Organisations<\/a>/,
    )
    const sitemap = await (await t.get('/sitemap.xml')).text()
    expect(sitemap).toContain('http://localhost/de/organisations/urries-town-council')
  })

  it('lets the demo admin, editor, member and expert sign in with the printed password', async () => {
    for (const email of [
      'admin@stoa.localhost',
      'editor@stoa.localhost',
      'member@stoa.localhost',
      'expert@stoa.localhost',
    ]) {
      const cookie = await sessionCookieFor(t.db, t.config, email, DEMO_PASSWORD)
      expect(cookie, email).toMatch(/^stoa\.session_token=/)
    }
    const admin = await sessionCookieFor(t.db, t.config, 'admin@stoa.localhost', DEMO_PASSWORD)
    expect((await t.get('/en/admin/people', { cookie: admin })).status).toBe(200)
    const member = await sessionCookieFor(t.db, t.config, 'member@stoa.localhost', DEMO_PASSWORD)
    const manage = await (await t.get('/en/organisations/lisbon-city-council/manage', { cookie: member })).text()
    expect(manage).toContain('Tiago Demo')
  })

  it('marks every demo person as fictional', async () => {
    for (const person of demoPeople) {
      const [row] = await t.db.select().from(users).where(eq(users.email, person.email))
      expect(row?.name).toMatch(/ Demo$/)
      expect(person.bio.toLowerCase()).toContain('fictional')
    }
  })
})
