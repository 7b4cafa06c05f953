import { beforeAll, describe, expect, it } from 'vitest'
import { registerMessages, translatorFor } from '../../../platform/i18n/catalogue.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { programmesMessages } from '../messages.js'
import { euFundingTexts, FundingAcknowledgement } from './funding-acknowledgement.js'

beforeAll(() => registerMessages(programmesMessages))

function contextIn(locale: 'en' | 'fr' | 'de'): PageContext {
  return {
    locale,
    t: translatorFor(locale),
    path: '',
    query: '',
    baseUrl: 'http://localhost',
    nav: [],
    asset: (name) => `/assets/${name}`,
    timeZone: 'Europe/Brussels',
    now: new Date('2025-06-01T10:00:00Z'),
  }
}

const render = (node: unknown) => String(node ?? '')

describe('euFundingTexts', () => {
  it('names a well-known granting authority in the form each language’s disclaimer needs', () => {
    for (const spelling of ['the European Commission', 'European Commission', ' The  European   Commission ']) {
      expect(euFundingTexts(translatorFor('fr'), spelling).disclaimer).toContain(
        'ceux de l’Union européenne ou de la Commission européenne.',
      )
    }
    expect(euFundingTexts(translatorFor('de'), 'EACEA').disclaimer).toContain(
      'oder der Europäischen Exekutivagentur für Bildung und Kultur (EACEA) wider.',
    )
    expect(euFundingTexts(translatorFor('en'), 'the European Commission')).toEqual({
      fundedBy: 'Funded by the European Union',
      disclaimer:
        'Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.',
    })
  })

  it('inserts any other authority as written, and leaves it out when there is none', () => {
    expect(euFundingTexts(translatorFor('en'), 'the Interreg Europe Joint Secretariat').disclaimer).toContain(
      'European Union or the Interreg Europe Joint Secretariat.',
    )
    expect(euFundingTexts(translatorFor('de'), null).disclaimer).toContain(
      'spiegeln nicht zwingend die der Europäischen Union wider.',
    )
  })
})

describe('FundingAcknowledgement', () => {
  const euFunded = { euFunded: true, grantingAuthority: 'the European Commission', fundingNote: null, language: 'en' }

  it('shows the EU emblem as an image with translated alt text beside “Funded by the European Union”', async () => {
    const html = render(await FundingAcknowledgement({ ctx: contextIn('de'), funding: euFunded }))
    expect(html).toContain(
      '<img class="app-funding__emblem" src="/assets/eu-emblem.svg" alt="Emblem der Europäischen Union"',
    )
    expect(html).toContain('Finanziert von der Europäischen Union')
    expect(html).toContain('Bewilligungsbehörde')
  })

  it('renders nothing for a programme that is not EU-funded and has no funding note', () => {
    const funding = { euFunded: false, grantingAuthority: null, fundingNote: '  ', language: 'en' }
    expect(FundingAcknowledgement({ ctx: contextIn('en'), funding })).toBeNull()
  })

  it('shows only the note, marked with its language, for other funding', () => {
    const funding = { euFunded: false, grantingAuthority: null, fundingNote: 'Funded by the members.', language: 'en' }
    const html = render(FundingAcknowledgement({ ctx: contextIn('fr'), funding }))
    expect(html).toContain('<p class="app-funding__note app-body" lang="en">Funded by the members.</p>')
    expect(html).not.toContain('eu-emblem')
  })
})
