import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { idsIn, startTags } from '../../platform/ui/testing.js'
import { registerOrganisationSection } from './organisation-sections.js'
import { actorOf, createRoleCast, linkInNewestMail, mailsTo } from './organisation-testing.js'
import { organisationMemberships, organisations, profiles } from './tables.js'
import { createOrganisation, createPerson, sessionCookieFor } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

const get = (path: string, cookie?: string) => t.get(path, cookie ? { cookie } : {})
const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  t.postForm(path, fields, cookie ? { cookie } : {})
const postMultipart = (path: string, form: FormData, cookie: string) =>
  t.app.request(path, { method: 'POST', body: form, headers: { origin: 'http://localhost', cookie } })

async function page(path: string, cookie?: string) {
  const response = await get(path, cookie)
  expect(response.status, path).toBe(200)
  return response.text()
}

describe('the directory', () => {
  it('filters by kind and country from the query string, and keeps the filters in its page links', async () => {
    for (let index = 0; index < 26; index++) {
      await createOrganisation(t.db, {
        name: `Musée ${index}`,
        kind: 'museum-heritage',
        country: 'LU',
        verifiedAt: new Date(),
      })
    }
    await createOrganisation(t.db, {
      name: 'Luxembourg network',
      kind: 'network',
      country: 'LU',
      verifiedAt: new Date(),
    })
    const html = await page('/en/organisations?kind=museum-heritage&country=LU')
    expect(html).toContain('26 organisations')
    expect(html).not.toContain('Luxembourg network')
    expect(html).toContain('href="/en/organisations?kind=museum-heritage&amp;country=LU&amp;page=2"')
    expect(html).toMatch(/<option value="LU" selected="">Luxembourg<\/option>/)
    const second = await page('/en/organisations?kind=museum-heritage&country=LU&page=2')
    expect((second.match(/class="app-card"/g) ?? []).length).toBe(2)
  })

  it('never shows a visitor an organisation an editor has not verified', async () => {
    await createOrganisation(t.db, { name: 'Unchecked Fantasy Foundation', country: 'SM' })
    expect(await page('/en/organisations?country=SM')).not.toContain('Unchecked Fantasy Foundation')
    expect(await page('/en/organisations?country=SM', cast.cookies.member)).toContain('Unchecked Fantasy Foundation')
  })
})

describe('proposing, editing and verifying an organisation', () => {
  it('takes a member’s proposal with a logo, unverified, and makes the member its organisation admin', async () => {
    const form = new FormData()
    for (const [name, value] of Object.entries({
      name: 'Museu de Lisboa',
      kind: 'museum-heritage',
      country: 'PT',
      city: 'Lisbon',
      populationBand: '',
      website: 'https://museu.example',
      description: 'A city museum.\n\nIn several palaces.',
    }))
      form.append(name, value)
    form.append('logo', new File([PNG], 'logo.png', { type: 'image/png' }))
    const response = await postMultipart('/en/organisations/new', form, cast.cookies.member)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/organisations/museu-de-lisboa?done=proposed')

    const html = await page('/en/organisations/museu-de-lisboa?done=proposed', cast.cookies.member)
    expect(html).toContain('you are its organisation admin')
    expect(html).toContain('Not verified yet')
    expect(html).toContain('<p class="app-body">In several palaces.</p>')
    expect(html).toContain('src="/en/organisations/museu-de-lisboa/logo"')
    expect(html).toContain('<meta name="robots" content="noindex"')
    const logo = await get('/en/organisations/museu-de-lisboa/logo', cast.cookies.member)
    expect(logo.headers.get('content-type')).toBe('image/png')
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(PNG)
    expect((await get('/en/organisations/museu-de-lisboa')).status).toBe(404)
    expect((await get('/en/organisations/museu-de-lisboa/logo')).status).toBe(404)
  })

  it('shows the errors above the form, linked to each field, with what was typed kept', async () => {
    const form = new FormData()
    form.append('name', '')
    form.append('city', 'Évora')
    form.append('website', 'javascript:alert(1)')
    form.append('logo', new File(['<svg onload="alert(1)"/>'], 'logo.png', { type: 'image/png' }))
    const response = await postMultipart('/en/organisations/new', form, cast.cookies.member)
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toMatch(/<title>Error: Propose an organisation/)
    const links = startTags(html, 'a')
      .map((tag) => tag.attributes.href)
      .filter((href) => href?.startsWith('#') && href !== '#main-content')
    expect(links).toEqual(['#name', '#kind', '#country', '#website'])
    for (const link of links) expect(idsIn(html)).toContain(link!.slice(1))
    expect(html).toContain('value="Évora"')
    expect(html).toContain('value="javascript:alert(1)"')

    const badLogo = new FormData()
    for (const [name, value] of Object.entries({ name: 'Logo test', kind: 'ngo', country: 'PT' }))
      badLogo.append(name, value)
    badLogo.append('logo', new File(['<svg onload="alert(1)"/>'], 'logo.png', { type: 'image/png' }))
    const refused = await postMultipart('/en/organisations/new', badLogo, cast.cookies.member)
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('The logo must be a PNG, JPEG or WebP image')
  })

  it('sends a logo far over the limit back to the form with the reason', async () => {
    const form = new FormData()
    form.append('name', 'Huge')
    form.append('logo', new File([new Uint8Array(3 * 1024 * 1024)], 'huge.png'))
    const response = await postMultipart('/en/organisations/new', form, cast.cookies.member)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/organisations/new?problem=too-large')
    expect(await page('/en/organisations/new?problem=too-large', cast.cookies.member)).toContain(
      'The logo must be 2 MB or smaller',
    )
  })

  it('lets an organisation admin edit the details, keeping the address', async () => {
    const form = new FormData()
    for (const [name, value] of Object.entries({
      name: 'Lisbon City Council',
      kind: 'city',
      country: 'PT',
      city: 'Lisbon',
      populationBand: '500k-1m',
      website: '',
      description: 'Câmara Municipal de Lisboa.',
    }))
      form.append(name, value)
    const response = await postMultipart(`/en/organisations/${cast.home.slug}/edit`, form, cast.cookies.orgAdmin)
    expect(response.status).toBe(303)
    const html = await page(`/en/organisations/${cast.home.slug}`)
    expect(html).toContain('500,000 to 1 million inhabitants')
    expect(html).toContain('Câmara Municipal de Lisboa.')
  })

  it('lets an editor verify a proposed organisation, which then shows its badge to everyone', async () => {
    const waiting = await createOrganisation(t.db, { name: 'Proposed Place' })
    const member = await page(`/en/organisations/${waiting.slug}`, cast.cookies.member)
    expect(member).not.toContain('Verify this organisation')
    const editor = await page(`/en/organisations/${waiting.slug}`, cast.cookies.editor)
    expect(editor).toContain(`action="/en/organisations/${waiting.slug}/verify"`)
    const response = await post(`/en/organisations/${waiting.slug}/verify`, {}, cast.cookies.editor)
    expect(response.headers.get('location')).toBe(`/en/organisations/${waiting.slug}?done=verified`)
    const html = await page(`/en/organisations/${waiting.slug}`)
    expect(html).toContain('<strong class="app-tag app-tag--green">Verified</strong>')
  })
})

describe('joining', () => {
  it('takes a request, shows it to the organisation admin, and tells the person the answer', async () => {
    const asker = await createPerson(t.db, t.config, { name: 'Jana Joiner', locale: 'de' })
    const cookie = await sessionCookieFor(t.db, t.config, asker.email)
    const before = await page(`/en/organisations/${cast.home.slug}`, cookie)
    expect(before).toContain('Ask to join')
    const response = await post(`/en/organisations/${cast.home.slug}/join`, {}, cookie)
    expect(response.headers.get('location')).toBe(`/en/organisations/${cast.home.slug}?done=requested`)
    expect(await page(`/en/organisations/${cast.home.slug}`, cookie)).toContain('You asked to join')

    const manage = await page(`/en/organisations/${cast.home.slug}/manage`, cast.cookies.orgAdmin)
    expect(manage).toContain('Jana Joiner')
    expect(manage).toContain(`action="/en/organisations/${cast.home.slug}/requests/${asker.id}"`)
    const decided = await post(
      `/en/organisations/${cast.home.slug}/requests/${asker.id}`,
      { decision: 'approve' },
      cast.cookies.orgAdmin,
    )
    expect(decided.headers.get('location')).toBe(`/en/organisations/${cast.home.slug}/manage?done=approved`)
    expect((await mailsTo(t.db, asker.email))[0]?.subject).toBe(
      `Sie sind jetzt Mitglied von ${cast.home.name} auf Stoa`,
    )
    expect(await page(`/en/organisations/${cast.home.slug}`, cookie)).toContain('You are a member of')
  })

  it('tells visitors to sign in and unconfirmed people to confirm their address', async () => {
    expect(await page(`/en/organisations/${cast.home.slug}`)).toContain(
      `href="/en/sign-in?next=%2Forganisations%2F${cast.home.slug}"`,
    )
    expect(await page(`/en/organisations/${cast.home.slug}`, cast.cookies.unverified)).toContain(
      'Confirm your e-mail address to ask to join',
    )
  })
})

describe('invitations from the manage page', () => {
  it('sends the invitation and lists it, or shows the problem with the address kept', async () => {
    const refused = await post(
      `/en/organisations/${cast.home.slug}/invitations`,
      { email: 'not an address', role: 'member', language: 'fr' },
      cast.cookies.orgAdmin,
    )
    expect(refused.status).toBe(422)
    const html = await refused.text()
    expect(html).toContain('value="not an address"')
    expect(html).toContain('href="#email"')

    const sent = await post(
      `/en/organisations/${cast.home.slug}/invitations`,
      { email: 'colleague@lisboa.example', role: 'admin', language: 'fr' },
      cast.cookies.orgAdmin,
    )
    expect(sent.headers.get('location')).toBe(`/en/organisations/${cast.home.slug}/manage?done=invited`)
    const link = await linkInNewestMail(t.db, 'colleague@lisboa.example', /http:\/\/localhost\/fr\/invitations\/\S+/)
    expect(link).toMatch(/^http:\/\/localhost\/fr\/invitations\/[A-Za-z0-9_-]{43}$/)
    const manage = await page(`/en/organisations/${cast.home.slug}/manage?done=invited`, cast.cookies.orgAdmin)
    expect(manage).toContain('colleague@lisboa.example')
    expect(manage).toContain('The invitation was sent.')
  })
})

describe('merging', () => {
  it('asks for confirmation, moves the members, and sends the old address to the one that stays with a 301', async () => {
    const stays = await createOrganisation(t.db, { name: 'City of Kraków', country: 'PL', verifiedAt: new Date() })
    const goes = await createOrganisation(t.db, { name: 'Krakow duplicate', country: 'PL', verifiedAt: new Date() })
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: goes.id }] })

    const choose = await page(`/en/organisations/${goes.slug}/merge`, cast.cookies.editor)
    expect(choose).toContain(`value="${stays.slug}"`)
    const confirm = await post(`/en/organisations/${goes.slug}/merge`, { target: stays.slug }, cast.cookies.editor)
    expect(confirm.status).toBe(200)
    const confirmation = await confirm.text()
    expect(confirmation).toContain('Merge Krakow duplicate into City of Kraków?')
    expect(confirmation).toContain('1 membership moves')

    const merged = await post(
      `/en/organisations/${goes.slug}/merge`,
      { target: stays.slug, confirm: 'yes' },
      cast.cookies.editor,
    )
    expect(merged.status).toBe(303)
    expect(merged.headers.get('location')).toBe(`/en/organisations/${stays.slug}?done=merged`)
    const old = await get(`/fr/organisations/${goes.slug}`)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(`/fr/organisations/${stays.slug}`)
    const [moved] = await t.db
      .select()
      .from(organisationMemberships)
      .where(and(eq(organisationMemberships.userId, person.id), eq(organisationMemberships.organisationId, stays.id)))
    expect(moved?.status).toBe('active')
    expect(await page('/en/organisations?country=PL')).not.toContain('Krakow duplicate')
  })
})

describe('leaving', () => {
  it('asks the last organisation admin who takes over, then lets them go', async () => {
    const organisation = await createOrganisation(t.db, { verifiedAt: new Date() })
    const admin = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id, role: 'admin' }] })
    const colleague = await createPerson(t.db, t.config, {
      name: 'Carla Colleague',
      memberOf: [{ organisationId: organisation.id }],
    })
    const cookie = await sessionCookieFor(t.db, t.config, admin.email)
    const form = await page(`/en/organisations/${organisation.slug}/leave`, cookie)
    expect(form).toContain('Who takes over as organisation admin?')
    expect(form).toContain('Carla Colleague')
    const refused = await post(`/en/organisations/${organisation.slug}/leave`, {}, cookie)
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('href="#successorId"')
    const left = await post(`/en/organisations/${organisation.slug}/leave`, { successorId: colleague.id }, cookie)
    expect(left.headers.get('location')).toBe(`/en/organisations/${organisation.slug}?done=left`)
    expect((await actorOf(t.db, colleague.id)).memberships).toEqual([
      { organisationId: organisation.id, role: 'admin' },
    ])
    expect((await actorOf(t.db, admin.id)).memberships).toEqual([])
  })
})

describe('the organisation page', () => {
  it('lists only members who show themselves to this viewer, and what other modules contribute', async () => {
    const organisation = await createOrganisation(t.db, { verifiedAt: new Date() })
    const open = await createPerson(t.db, t.config, {
      name: 'Olivia Open',
      memberOf: [{ organisationId: organisation.id }],
    })
    const discreet = await createPerson(t.db, t.config, {
      name: 'Dora Discreet',
      memberOf: [{ organisationId: organisation.id }],
    })
    await t.db.insert(profiles).values({ userId: discreet.id, visibility: { organisation: 'members' } })
    const unregister = registerOrganisationSection({
      name: 'test',
      order: 1,
      render: async (_ctx, _db, ref) => (ref.id === organisation.id ? <p>Contributed practice</p> : null),
    })
    try {
      const visitor = await page(`/en/organisations/${organisation.slug}`)
      expect(visitor).toContain(`href="/en/people/${open.id}"`)
      expect(visitor).not.toContain('Dora Discreet')
      expect(visitor).not.toContain(discreet.id)
      expect(visitor).toContain('Contributed practice')
      const member = await page(`/en/organisations/${organisation.slug}`, cast.cookies.otherMember)
      expect(member).toContain('Dora Discreet')
      const other = await page(`/en/organisations/${cast.other.slug}`)
      expect(other).not.toContain('Contributed practice')
      expect(other).toContain('Nothing yet.')
    } finally {
      unregister()
    }
    const [row] = await t.db.select().from(organisations).where(eq(organisations.id, organisation.id))
    expect(row?.mergedIntoId).toBeNull()
  })
})
