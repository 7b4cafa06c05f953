import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { inviteToOrganisation } from './commands/invite-to-organisation.js'
import { actorOf, createRoleCast, linkInNewestMail } from './organisation-testing.js'
import { users } from './tables.js'
import { createPerson, sessionCookieFor } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

async function invite(email: string, role: 'admin' | 'member' = 'member') {
  const result = await inviteToOrganisation(
    t.db,
    cast.actors.orgAdmin,
    { organisationId: cast.home.id, email, role, locale: 'en' },
    { now: new Date(), baseUrl: t.config.http.baseUrl },
  )
  if (!result.ok) throw new Error('refused')
  return `/en/invitations/${result.token}`
}

describe('accepting an invitation without an account', () => {
  it('creates a verified account with the membership, signs the person in and keeps the link from working twice', async () => {
    const path = await invite('newcomer@lisboa.example', 'admin')
    const page = await t.get(path)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const html = await page.text()
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>')
    expect(html).toContain(`Join ${cast.home.name} on Stoa`)
    expect(html).toContain('as an organisation admin')
    expect(html).toContain('newcomer@lisboa.example')
    expect(html).toContain('autocomplete="new-password"')

    const weak = await t.postForm(path, { name: 'Nadia Newcomer', password: 'password1234' })
    expect(weak.status).toBe(422)
    const weakHtml = await weak.text()
    expect(weakHtml).toContain('This password is too common')
    expect(weakHtml).toContain('value="Nadia Newcomer"')
    expect(weakHtml).not.toContain('password1234')

    const accepted = await t.postForm(path, { name: 'Nadia Newcomer', password: 'tiles of the old town' })
    expect(accepted.status).toBe(303)
    expect(accepted.headers.get('location')).toBe(`/en/organisations/${cast.home.slug}?done=joined`)
    const cookie = accepted.headers.get('set-cookie')?.split(';')[0]
    expect(cookie).toMatch(/^stoa\.session_token=/)

    const organisationPage = await (
      await t.get(`/en/organisations/${cast.home.slug}?done=joined`, { cookie: cookie! })
    ).text()
    expect(organisationPage).toContain('You accepted the invitation')
    expect(organisationPage).toContain(`You are an organisation admin of ${cast.home.name}`)
    const [user] = await t.db.select().from(users).where(eq(users.email, 'newcomer@lisboa.example'))
    expect(user).toMatchObject({ name: 'Nadia Newcomer', emailVerified: true })

    const again = await t.get(path)
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('It has already been accepted.')
  })
})

describe('accepting with an account', () => {
  it('asks someone signed out to sign in first, and brings them back to the link', async () => {
    const person = await createPerson(t.db, t.config)
    const path = await invite(person.email)
    const html = await (await t.get(path)).text()
    expect(html).toContain('Sign in to accept')
    expect(html).toContain(`href="/en/sign-in?next=${encodeURIComponent(path.slice(3))}"`)
    expect(html).not.toContain('name="password"')
    // Creating a second account for the address is refused even if someone posts the form.
    const forced = await t.postForm(path, { name: 'Someone', password: 'tiles of the old town' })
    expect(forced.status).toBe(200)
    expect((await actorOf(t.db, person.id)).memberships).toEqual([])
  })

  it('tells someone signed in with another address what to do, and adds nothing', async () => {
    const path = await invite('someone.else@example.org')
    const html = await (await t.get(path, { cookie: cast.cookies.expert })).text()
    expect(html).toContain(`You are signed in as ${cast.people.expert.email}`)
    expect(html).not.toContain('Accept invitation')
    const response = await t.postForm(path, {}, { cookie: cast.cookies.expert })
    expect(response.status).toBe(200)
    expect((await actorOf(t.db, cast.people.expert.id)).memberships).toEqual([])
  })

  it('adds the signed-in person the invitation was sent to, confirming their address', async () => {
    const person = await createPerson(t.db, t.config, { verified: false })
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    const path = await invite(person.email)
    expect(await (await t.get(path, { cookie })).text()).toContain('Accept invitation')
    const response = await t.postForm(path, {}, { cookie })
    expect(response.headers.get('location')).toBe(`/en/organisations/${cast.home.slug}?done=joined`)
    const actor = await actorOf(t.db, person.id)
    expect(actor.emailVerified).toBe(true)
    expect(actor.memberships).toEqual([{ organisationId: cast.home.id, role: 'member' }])
  })
})

describe('expert invitations', () => {
  it('goes from the editor’s form to an expert account, in the language chosen for the mail', async () => {
    const sent = await t.postForm(
      '/en/admin/experts',
      { email: 'jury@example.org', language: 'de' },
      { cookie: cast.cookies.editor },
    )
    expect(sent.headers.get('location')).toBe('/en/admin/experts?done=invited')
    const experts = await (await t.get('/en/admin/experts?done=invited', { cookie: cast.cookies.editor })).text()
    expect(experts).toContain('jury@example.org')
    expect(experts).toContain(cast.people.expert.email)

    const link = await linkInNewestMail(t.db, 'jury@example.org', /http:\/\/localhost\/de\/invitations\/\S+/)
    const path = new URL(link).pathname
    expect(await (await t.get(path)).text()).toContain('Dem Expertenpool von Stoa beitreten')
    const accepted = await t.postForm(path, { name: 'Jule Jury', password: 'weighted criteria count' })
    expect(accepted.headers.get('location')).toBe('/de/account/profile?done=expert')
    const cookie = accepted.headers.get('set-cookie')!.split(';')[0]!
    const profile = await (await t.get('/de/account/profile?done=expert', { cookie })).text()
    expect(profile).toContain('Sie sind jetzt im Expertenpool.')
    const [user] = await t.db.select().from(users).where(eq(users.email, 'jury@example.org'))
    expect(user?.roles).toEqual(['expert'])

    const twice = await t.postForm(
      '/en/admin/experts',
      { email: 'jury@example.org', language: 'en' },
      { cookie: cast.cookies.editor },
    )
    expect(twice.status).toBe(422)
    expect(await twice.text()).toContain('This person is already an expert')
  })
})
