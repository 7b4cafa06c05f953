import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, createPerson, sessionCookieFor } from '../../modules/accounts/testing.js'
import { createProgramme } from '../../modules/programmes/testing.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await createProgramme(t.db, {
    slug: 'heritage-hub',
    name: 'European Heritage Hub',
    summary: 'Training for heritage professionals facing environmental challenges.',
  })
  await createProgramme(t.db, {
    slug: 'patrimoine',
    name: 'Patrimoine vivant',
    summary: 'Des musées municipaux qui accueillent les jeunes.',
    language: 'fr',
  })
  await createOrganisation(t.db, {
    slug: 'krakow',
    name: 'City of Kraków',
    city: 'Kraków',
    country: 'PL',
    verifiedAt: new Date(),
  })
  await createOrganisation(t.db, { slug: 'krakow-museum', name: 'Kraków Museum Friends', country: 'PL' })
})
afterAll(() => t.close())

const html = async (path: string, headers: Record<string, string> = {}) => (await t.get(path, headers)).text()

describe('the site search', () => {
  it('finds programmes through another form of a word, in the programme’s own language', async () => {
    const page = await html('/en/search?q=professional')
    expect(page).toContain('href="/en/programmes/heritage-hub"')
    expect(page).not.toContain('href="/en/programmes/patrimoine"')
    const french = await html('/en/search?q=mus%C3%A9e+municipal')
    expect(french).toContain('href="/en/programmes/patrimoine"')
    expect(french).toContain('lang="fr"')
  })

  it('groups results by kind with their counts', async () => {
    const page = await html('/en/search?q=krakow')
    expect(page).toMatch(/Organisations <span class="app-caption-m">\(1\)<\/span>/)
    expect(page).toContain('href="/en/organisations/krakow"')
    expect(page).toContain('1 result for “krakow”')
  })

  it('shows organisations waiting for verification to verified people only', async () => {
    expect(await html('/en/search?q=museum+friends')).not.toContain('krakow-museum')
    const person = await createPerson(t.db, t.config)
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    expect(await html('/en/search?q=museum+friends', { cookie })).toContain('href="/en/organisations/krakow-museum"')
  })

  it('says so when nothing is found, in the visitor’s language, and escapes the words typed', async () => {
    const page = await html('/de/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(page).toContain('Nichts gefunden für „&lt;script&gt;alert(1)&lt;/script&gt;“')
    expect(page).not.toContain('<script>alert(1)')
  })

  it('shows only the form without words, and a search box in every page’s header', async () => {
    const page = await html('/fr/search')
    expect(page).toContain('<h1 class="app-heading-xl">Recherche</h1>')
    expect(page).not.toContain('role="status"')
    expect(page.match(/id="q"/g)).toHaveLength(1)
    const home = await html('/de')
    expect(home).toContain('action="/de/search"')
    expect(home).toContain('Website durchsuchen')
  })
})
