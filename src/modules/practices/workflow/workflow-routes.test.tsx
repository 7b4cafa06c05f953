import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js'
import { createRoleCast, mailsTo } from '../../accounts/organisation-testing.js'
import { createPractice } from '../testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
let published: { slug: string }

const complete: Record<string, string> = {
  title: 'Courtyard gardens',
  language: 'en',
  city: 'Ghent',
  country: 'BE',
  summary: 'Neighbours look after courtyard gardens together.',
  challenge: 'Courtyards stood empty.',
  approach: 'The city lent tools and seeds.',
  resources: '',
  results: 'Forty courtyards bloom.',
  transferability: 'Any city with courtyards.',
  lessons: '',
  startYear: '2019',
  status: 'ongoing',
  links: 'https://example.org/courtyards',
  contactName: 'Ana Contact',
  contactEmail: 'ana@example.org',
}

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
  published = await createPractice(t.db, { title: 'Already public', organisationId: cast.home.id })
})
afterAll(() => t?.close())

const as = (who: keyof typeof cast.cookies) => ({ cookie: cast.cookies[who] })
const post = (path: string, fields: Record<string, string>, who: keyof typeof cast.cookies) =>
  t.postForm(path, fields, as(who))

async function propose(fields: Record<string, string>, intent = 'save') {
  return post('/en/practices/new', { organisationId: cast.home.id, intent, ...fields }, 'member')
}

describe('proposing a practice', () => {
  it('sends visitors to sign in and refuses unverified people', async () => {
    const visitor = await t.get('/en/practices/new')
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toBe('/en/sign-in?next=%2Fpractices%2Fnew')
    expect((await t.get('/en/practices/new', as('unverified'))).status).toBe(403)
    const page = await (await t.get('/en/practices/new', as('member'))).text()
    expect(page).toContain('Propose a practice')
    expect(page).toContain('On behalf of Lisbon City Council')
    expect(page).toContain('Name of the contact (members only)')
  })

  it('names every bad input on its field, keeping what was typed, and saves nothing', async () => {
    const response = await propose({
      ...complete,
      title: ' ',
      country: 'XX',
      themes: 'astrology',
      transformations: 'blue',
      links: 'javascript:alert(1)',
      contactEmail: 'not an address',
      startYear: '19',
    })
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('<title>Error: Propose a practice')
    for (const [field, message] of [
      ['title', 'Enter the title of the practice'],
      ['country', 'Choose a country from the list'],
      ['themes', '“astrology” is not one of the catalogue’s themes'],
      ['transformations', 'Choose green, digital or social'],
      ['startYear', 'Enter the start year as four digits'],
      ['links', 'This line is not a web address starting with https://'],
      ['contactEmail', 'Enter the contact’s e-mail address'],
    ]) {
      expect(page, field).toContain(`href="#${field}"`)
      expect(page, field).toContain(`id="${field}-error"`)
      expect(page, field).toContain(message)
    }
    expect(page).toContain('Neighbours look after courtyard gardens together.')
    const position = await (await propose({ ...complete, latitude: '38.7' })).text()
    expect(position).toContain('href="#longitude"')
    expect(position).toContain('Enter both the latitude and the longitude, or neither')
    expect(position).toContain('value="38.7"')
    expect(page).toContain('javascript:alert(1)</textarea>')
    expect((await (await t.get('/en/practices/mine', as('member'))).text()).includes('Courtyard gardens')).toBe(false)
  })

  it('refuses to submit with a section missing, then saves a draft and submits it', async () => {
    const missing = await propose({ ...complete, challenge: '' }, 'submit')
    expect(missing.status).toBe(422)
    const page = await missing.text()
    expect(page).toContain('Describe “The challenge” before submitting the practice for review')
    expect(page).toContain('href="#challenge"')
    expect(page).toContain('Forty courtyards bloom.')

    const refused = await propose({ ...complete, organisationId: cast.other.id })
    expect(refused.status).toBe(422)

    const saved = await propose({ ...complete, challenge: '' })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe('/en/practices/courtyard-gardens/edit?done=saved')
    const edit = await (await t.get('/en/practices/courtyard-gardens/edit', as('orgAdmin'))).text()
    expect(edit).toContain('Edit “Courtyard gardens”')
    expect(edit).toContain('name="revision" value="1"')

    // A stale form: someone saved revision 2 meanwhile.
    expect(
      (
        await post(
          '/en/practices/courtyard-gardens/edit',
          { ...complete, challenge: 'Empty.', revision: '1' },
          'orgAdmin',
        )
      ).status,
    ).toBe(303)
    const stale = await post(
      '/en/practices/courtyard-gardens/edit',
      { ...complete, title: 'My title', revision: '1' },
      'member',
    )
    expect(stale.status).toBe(409)
    const stalePage = await stale.text()
    expect(stalePage).toContain('Someone else saved this practice after you opened it')
    expect(stalePage).toContain('value="My title"')
    expect(stalePage).toContain('name="revision" value="2"')

    const submitted = await post(
      '/en/practices/courtyard-gardens/edit',
      { ...complete, revision: '2', intent: 'submit' },
      'member',
    )
    expect(submitted.status).toBe(303)
    expect(submitted.headers.get('location')).toBe('/en/practices/mine?done=submitted')
    const mine = await (await t.get('/en/practices/mine?done=submitted', as('member'))).text()
    expect(mine).toContain('The practice was submitted for review')
    expect(mine).toContain('Submitted for review')
    // Submitted, the organisation's edit page shows the practice instead.
    const held = await t.get('/en/practices/courtyard-gardens/edit', as('member'))
    expect(held.status).toBe(303)
    expect(held.headers.get('location')).toBe('/en/practices/courtyard-gardens')
  })
})

describe('who sees a practice before it is published', () => {
  it('shows it to its organisation and editors only, never in the API', async () => {
    for (const who of ['member', 'orgAdmin', 'editor', 'admin'] as const) {
      const page = await t.get('/en/practices/courtyard-gardens', as(who))
      expect(page.status, who).toBe(200)
      expect(await page.text(), who).toContain('This practice is waiting for review')
    }
    expect((await t.get('/en/practices/courtyard-gardens')).status).toBe(404)
    for (const who of ['otherMember', 'expert', 'unverified'] as const) {
      expect((await t.get('/en/practices/courtyard-gardens', as(who))).status, who).toBe(404)
      expect((await t.get('/en/practices/courtyard-gardens/edit', as(who))).status, who).toBe(404)
      expect((await t.get('/en/practices/courtyard-gardens/review', as(who))).status, who).toBe(404)
    }
    for (const headers of [{}, as('member'), as('editor')]) {
      expect((await t.get('/api/practices/courtyard-gardens', headers)).status).toBe(404)
      expect(await (await t.get('/api/practices?q=courtyard', headers)).text()).not.toContain('courtyard-gardens')
    }
    expect((await t.get('/en/practices/review', as('member'))).status).toBe(403)
    expect((await post('/en/practices/courtyard-gardens/review', { step: 'publish' }, 'member')).status).toBe(403)
  })
})

describe('reviewing', () => {
  it('lists submitted practices first and lets an editor request changes, with a comment required', async () => {
    const queue = await (await t.get('/en/practices/review', as('editor'))).text()
    expect(queue.indexOf('Courtyard gardens')).toBeGreaterThan(-1)
    expect(queue.indexOf('Courtyard gardens')).toBeLessThan(queue.indexOf('Already public'))
    const filtered = await (await t.get('/en/practices/review?state=published', as('editor'))).text()
    expect(filtered).not.toContain('Courtyard gardens')

    const empty = await post(
      '/en/practices/courtyard-gardens/review',
      { step: 'request-changes', comment: ' ' },
      'editor',
    )
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Say what the organisation should change')
    const requested = await post(
      '/en/practices/courtyard-gardens/review',
      { step: 'request-changes', comment: 'Add the <number> of volunteers.' },
      'editor',
    )
    expect(requested.status).toBe(303)
    expect(requested.headers.get('location')).toBe('/en/practices/courtyard-gardens/review?done=request-changes')
    const [mail] = await mailsTo(t.db, cast.people.member.email)
    expect(mail?.subject).toBe('Changes requested to your practice “Courtyard gardens”')
    const edit = await (await t.get('/en/practices/courtyard-gardens/edit', as('member'))).text()
    expect(edit).toContain('Add the &lt;number&gt; of volunteers.')
    expect(edit).toContain('Edith Editor asks for changes')
  })

  it('publishes after the changes, shows the history and a word diff', async () => {
    const resubmitted = await post(
      '/en/practices/courtyard-gardens/edit',
      { ...complete, results: 'Forty courtyards bloom, kept by 120 volunteers.', revision: '5', intent: 'submit' },
      'member',
    )
    expect(resubmitted.status).toBe(303)
    const publish = await post('/en/practices/courtyard-gardens/review', { step: 'publish', revision: '7' }, 'editor')
    expect(publish.status).toBe(303)
    expect(await (await t.get('/en/practices?q=courtyard')).text()).toContain('Courtyard gardens')
    expect((await post('/en/practices/courtyard-gardens/review', { step: 'publish' }, 'editor')).status).toBe(409)

    const history = await (await t.get('/en/practices/courtyard-gardens/history', as('editor'))).text()
    expect(history).toContain('Add the &lt;number&gt; of volunteers.')
    expect(history).toContain('Changes requested')
    const diff = await (await t.get('/en/practices/courtyard-gardens/compare?from=5&to=6', as('editor'))).text()
    expect(diff).toMatch(/<ins><span class="app-visually-hidden">\[added: <\/span>[^<]*volunteers/)
    expect((await t.get('/en/practices/courtyard-gardens/compare?from=1&to=99', as('editor'))).status).toBe(404)
    expect((await t.get('/en/practices/courtyard-gardens/history', as('member'))).status).toBe(403)
  })

  it('gives the published practice a new address when its title changes, the old one redirecting', async () => {
    const found = await (await t.get('/en/practices/courtyard-gardens/edit', as('editor'))).text()
    const revision = found.match(/name="revision" value="(\d+)"/)?.[1] ?? ''
    const renamed = await post(
      '/en/practices/courtyard-gardens/edit',
      { ...complete, title: 'Ghent courtyards', revision },
      'editor',
    )
    expect(renamed.headers.get('location')).toBe('/en/practices/ghent-courtyards/edit?done=saved')
    const old = await t.get('/en/practices/courtyard-gardens')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/en/practices/ghent-courtyards')
  })
})

describe('translations', () => {
  it('lets the organisation add a translation that French readers then see', async () => {
    const form = await t.get(`/en/practices/${published.slug}/translation?language=fr`, as('member'))
    expect(form.status).toBe(200)
    const bad = await post(
      `/en/practices/${published.slug}/translation`,
      { language: 'en', title: 'Déjà public', summary: 'Résumé.' },
      'member',
    )
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Choose a language other than the original’s')
    const missing = await post(
      `/en/practices/${published.slug}/translation`,
      { language: 'fr', title: '', summary: '' },
      'member',
    )
    expect(missing.status).toBe(422)
    const saved = await post(
      `/en/practices/${published.slug}/translation`,
      { language: 'fr', title: 'Déjà public', summary: 'Un résumé en français.' },
      'member',
    )
    expect(saved.status).toBe(303)
    expect(await (await t.get(`/fr/practices/${published.slug}`)).text()).toContain('Déjà public')
    expect(
      (
        await post(
          `/en/practices/${published.slug}/translation`,
          { language: 'fr', title: 'X', summary: 'Y' },
          'otherMember',
        )
      ).status,
    ).toBe(403)
    const removed = await post(`/en/practices/${published.slug}/translation/remove`, { language: 'fr' }, 'member')
    expect(removed.status).toBe(303)
    expect(await (await t.get(`/fr/practices/${published.slug}`)).text()).not.toContain('Déjà public')
  })
})
