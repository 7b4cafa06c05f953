import { beforeAll, describe, expect, it } from 'vitest'
import { parseForm } from '../../platform/forms/parse-form.js'
import { registerMessages, translatorFor } from '../../platform/i18n/catalogue.js'
import { practicesMessages } from './messages.js'
import { practiceFieldMessages } from './practice-field-messages.js'
import {
  linkLines,
  PracticeFields,
  parseLinkLines,
  practiceColumns,
  sectionsMissingForReview,
} from './practice-fields.js'

beforeAll(() => {
  registerMessages(practicesMessages)
  registerMessages(practiceFieldMessages)
})

const complete = {
  title: 'Shops with a History',
  language: 'en',
  city: 'Lisbon',
  country: 'pt',
  summary: 'Lisbon protects its historic shops.',
  challenge: 'Old shops closed.',
  approach: 'A label and a fund.',
  resources: '',
  results: 'Over a hundred shops kept.',
  transferability: 'A register of shops.',
  lessons: '',
  themes: ['local-commerce-and-crafts'],
  transformations: ['social'],
  startYear: '2015',
  status: 'ongoing',
  budgetBand: '',
  populationBand: '500k-1m',
  latitude: '38.72',
  longitude: '-9.14',
  links: 'Programme | https://lojascomhistoria.pt\nhttps://example.org/more',
  contactName: '',
  contactEmail: 'shops@example.org',
}

function check(fields: Record<string, unknown>, locale: 'en' | 'fr' | 'de' = 'en') {
  return PracticeFields(translatorFor(locale)).safeParse(fields)
}

function messages(fields: Record<string, unknown>, locale: 'en' | 'fr' | 'de' = 'en') {
  const result = check(fields, locale)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('a practice’s fields', () => {
  it('accepts a complete practice and gives the commands clean values', () => {
    const result = check(complete)
    expect(result.success).toBe(true)
    const columns = practiceColumns(result.data!)
    expect(columns).toMatchObject({
      country: 'PT',
      startYear: 2015,
      budgetBand: null,
      latitude: 38.72,
      contactName: null,
      links: [
        { label: 'Programme', url: 'https://lojascomhistoria.pt' },
        { label: 'https://example.org/more', url: 'https://example.org/more' },
      ],
    })
  })

  it('names each problem on its field, in the writer’s language', () => {
    expect(
      messages({ ...complete, title: ' ', country: 'XX', themes: ['astrology'], startYear: '15', latitude: '' }),
    ).toEqual({
      title: 'Enter the title of the practice',
      country: 'Choose a country from the list (an ISO code such as PT or DE)',
      themes: '“astrology” is not one of the catalogue’s themes',
      startYear: 'Enter the start year as four digits, between 1900 and 2100',
      latitude: 'Enter both the latitude and the longitude, or neither',
    })
    expect(messages({ ...complete, country: 'XX' }, 'fr').country).toBe(
      'Choisissez un pays de la liste (un code ISO comme PT ou DE)',
    )
    expect(messages({ ...complete, links: 'javascript:alert(1)' }, 'de').links).toBe(
      'Diese Zeile ist keine Webadresse, die mit https:// beginnt: „javascript:alert(1)“',
    )
  })

  it('lets a draft leave sections empty, but not a practice submitted for review', () => {
    const draft = check({ ...complete, challenge: '', results: '  ' })
    expect(draft.success).toBe(true)
    expect(sectionsMissingForReview(draft.data!, translatorFor('en'))).toEqual([
      { field: 'challenge', message: 'Describe “The challenge” before submitting the practice for review' },
      { field: 'results', message: expect.stringContaining('before submitting') },
    ])
    expect(sectionsMissingForReview(check(complete).data!, translatorFor('en'))).toEqual([])
  })

  it('reads a posted form, ticked boxes as arrays', () => {
    const body = new URLSearchParams({ ...complete, themes: 'adaptive-reuse', transformations: 'green' })
    body.append('themes', 'cultural-tourism')
    const form = parseForm(PracticeFields(translatorFor('en')), body)
    expect(form.ok && form.data.themes).toEqual(['adaptive-reuse', 'cultural-tourism'])
  })

  it('turns links into lines and back', () => {
    const text = 'Programme | https://lojascomhistoria.pt\nhttps://example.org/more'
    expect(linkLines(parseLinkLines(text).links)).toBe(text)
    expect(parseLinkLines('ftp://example.org').badLine).toBe('ftp://example.org')
  })
})
