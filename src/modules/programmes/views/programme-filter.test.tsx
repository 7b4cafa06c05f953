import { beforeAll, describe, expect, it } from 'vitest'
import { registerMessages, translatorFor } from '../../../platform/i18n/catalogue.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { programmesMessages } from '../messages.js'
import { ProgrammeFilter } from './programme-filter.js'
import { ProgrammeLink } from './programme-link.js'

beforeAll(() => registerMessages(programmesMessages))

const ctx = {
  locale: 'fr',
  t: translatorFor('fr'),
  path: '/calls',
  query: '',
  baseUrl: 'http://localhost',
  nav: [],
  asset: (name: string) => `/assets/${name}`,
  timeZone: 'Europe/Brussels',
  now: new Date(),
} satisfies PageContext

const options = [
  { slug: 'cultural-heritage-in-action', name: 'Cultural heritage in action' },
  { slug: 'european-heritage-hub', name: 'European Heritage Hub' },
]

describe('ProgrammeFilter', () => {
  it('is a labelled select named after the query parameter, with the chosen programme selected', () => {
    const html = String(ProgrammeFilter({ ctx, options, selected: 'european-heritage-hub' }))
    expect(html).toContain('<label class="app-label app-label--s" for="programme">Programme</label>')
    expect(html).toContain('<select class="app-select" id="programme" name="programme"')
    expect(html).toContain('<option value="">Tous les programmes</option>')
    expect(html).toMatch(/<option value="european-heritage-hub" selected="">European Heritage Hub<\/option>/)
    expect(html).not.toMatch(/<option value="cultural-heritage-in-action" selected/)
  })

  it('is left out when there is only one programme to choose', () => {
    expect(ProgrammeFilter({ ctx, options: options.slice(0, 1) })).toBeNull()
  })
})

describe('ProgrammeLink', () => {
  it('links to the programme page in the page’s language, naming it as a programme for screen readers', () => {
    const html = String(ProgrammeLink({ ctx, programme: { ...options[1]!, language: 'en' }, variant: 'tag' }))
    expect(html).toContain('href="/fr/programmes/european-heritage-hub"')
    expect(html).toContain('<span class="app-visually-hidden">Programme : </span>')
    expect(html).toContain('<span lang="en">European Heritage Hub</span>')
    expect(html).toContain('app-tag')
  })
})
