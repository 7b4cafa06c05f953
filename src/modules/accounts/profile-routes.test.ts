import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { createRoleCast } from './organisation-testing.js'
import { profiles, users } from './tables.js'
import { createPerson, sessionCookieFor } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
const BIO = 'Member-only bio: I restored the Kaapeli factory roof in 2019.'

/** The profile form as the browser sends it, with the defaults a first visit shows. */
function profileForm(fields: Record<string, string | string[]> = {}, photo?: File) {
  const values: Record<string, string | string[]> = {
    name: 'Paula Private',
    nameAudience: 'public',
    organisationAudience: 'public',
    country: 'FI',
    countryAudience: 'private',
    languages: ['fi', 'sv', 'en'],
    languagesAudience: 'members',
    expertise: ['adaptive-reuse'],
    expertiseAudience: 'members',
    bio: BIO,
    bioAudience: 'members',
    photoAlt: '',
    photoAudience: 'members',
    ...fields,
  }
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  if (photo) form.append('photo', photo)
  return form
}

const save = (form: FormData, cookie: string) =>
  t.app.request('/en/account/profile', { method: 'POST', body: form, headers: { origin: 'http://localhost', cookie } })

describe('editing one’s profile', () => {
  it('starts from safe defaults: name, organisations and country public, the rest for members', async () => {
    const html = await (await t.get('/en/account/profile', { cookie: cast.cookies.member })).text()
    const checked = (name: string) =>
      html.match(new RegExp(`name="${name}" type="radio" value="(\\w+)" checked=""`))?.[1]
    expect(checked('nameAudience')).toBe('public')
    expect(checked('organisationAudience')).toBe('public')
    expect(checked('countryAudience')).toBe('public')
    for (const field of ['languages', 'expertise', 'bio', 'photo'])
      expect(checked(`${field}Audience`), field).toBe('members')
    expect(html).toContain(cast.people.member.email)
    expect(html).not.toContain('name="emailAudience"')
  })

  it('saves the profile and the audience chosen for each part', async () => {
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: cast.home.id }] })
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    const response = await save(profileForm(), cookie)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/account/profile?done=saved')
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, person.id))
    expect(profile).toMatchObject({ country: 'FI', languages: ['fi', 'sv', 'en'], bio: BIO })
    expect(profile?.visibility).toMatchObject({ country: 'private', bio: 'members', name: 'public' })
    const [user] = await t.db.select().from(users).where(eq(users.id, person.id))
    expect(user?.name).toBe('Paula Private')
    const html = await (await t.get('/en/account/profile?done=saved', { cookie })).text()
    expect(html).toContain('Your profile was saved.')
  })

  it('refuses a bio over 1,000 characters and a photo without a description, keeping every answer', async () => {
    const person = await createPerson(t.db, t.config)
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    const long = await save(profileForm({ bio: 'x'.repeat(1001), country: 'US' }), cookie)
    expect(long.status).toBe(422)
    const html = await long.text()
    expect(html).toMatch(/<title>Error: Your profile/)
    expect(html).toContain('href="#bio"')
    expect(html).toContain('href="#country"')
    expect(html).toContain('value="sv" checked=""')

    const noAlt = await save(profileForm({}, new File([JPEG], 'me.jpg', { type: 'image/jpeg' })), cookie)
    expect(noAlt.status).toBe(422)
    expect(await noAlt.text()).toContain('href="#photoAlt"')

    const notImage = await save(
      profileForm({ photoAlt: 'Me' }, new File(['<html><script>alert(1)</script>'], 'me.jpg', { type: 'image/jpeg' })),
      cookie,
    )
    expect(notImage.status).toBe(422)
    expect(await notImage.text()).toContain('The photo must be a PNG, JPEG or WebP image')
  })
})

describe('a person’s page', () => {
  let person: { id: string; email: string }
  let cookie: string

  beforeAll(async () => {
    person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: cast.home.id }] })
    cookie = await sessionCookieFor(t.db, t.config, person.email)
    const response = await save(
      profileForm(
        { photoAlt: 'Paula on a ladder', photoAudience: 'members' },
        new File([JPEG], 'me.jpg', { type: 'image/jpeg' }),
      ),
      cookie,
    )
    expect(response.status).toBe(303)
  })

  it('shows a visitor only the public parts: the members-only bio is nowhere in the bytes', async () => {
    const response = await t.get(`/en/people/${person.id}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<h1 class="app-heading-xl">Paula Private</h1>')
    expect(html).toContain(cast.home.name)
    for (const secret of [
      BIO,
      'Kaapeli',
      'Finland',
      'Swedish',
      'Adaptive reuse',
      'Paula on a ladder',
      '/photo',
      person.email,
    ]) {
      expect(html, secret).not.toContain(secret)
    }
    expect(html).toContain('<meta name="robots" content="noindex"')
  })

  it('shows the same visitor view to someone whose address is not confirmed', async () => {
    const html = await (await t.get(`/en/people/${person.id}`, { cookie: cast.cookies.unverified })).text()
    expect(html).not.toContain('Kaapeli')
  })

  it('shows members the members’ parts, and nobody but the owner the private ones', async () => {
    for (const who of ['otherMember', 'expert', 'editor', 'admin'] as const) {
      const html = await (await t.get(`/en/people/${person.id}`, { cookie: cast.cookies[who] })).text()
      expect(html, who).toContain(BIO)
      expect(html, who).toContain('Adaptive reuse')
      expect(html, who).toContain('Finnish, Swedish, English')
      expect(html, who).toContain('alt="Paula on a ladder"')
      expect(html, who).not.toContain('Finland')
    }
    const own = await (await t.get(`/en/people/${person.id}`, { cookie })).text()
    expect(own).toContain('Finland')
    expect(own).toContain('This is your profile as you see it')
  })

  it('serves the photo to those who may see it, as an image that is never sniffed', async () => {
    expect((await t.get(`/en/people/${person.id}/photo`)).status).toBe(404)
    const photo = await t.get(`/en/people/${person.id}/photo`, { cookie: cast.cookies.member })
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/jpeg')
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff')
    expect(photo.headers.get('cache-control')).toBe('private, no-store')
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(JPEG)
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, person.id))
    expect(profile?.photoPath).toMatch(/^[a-f0-9]{32}\.jpg$/)
  })

  it('shows nothing of a deleted person', async () => {
    const gone = await createPerson(t.db, t.config, { name: 'Gone Person' })
    await t.db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id))
    const response = await t.get(`/en/people/${gone.id}`, { cookie: cast.cookies.admin })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Gone Person')
  })
})
