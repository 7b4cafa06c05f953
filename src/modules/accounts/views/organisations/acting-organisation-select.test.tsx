import { beforeAll, describe, expect, it } from 'vitest'
import { registerMessages, type Translate, translatorFor } from '../../../../platform/i18n/catalogue.js'
import { elementById, startTags } from '../../../../platform/ui/testing.js'
import { uiMessages } from '../../../../platform/ui/ui-messages.js'
import { organisationMessages } from '../../organisation-messages.js'
import { ActingOrganisationSelect } from './acting-organisation-select.js'

let t: Translate
beforeAll(() => {
  registerMessages(uiMessages)
  registerMessages(organisationMessages)
  t = translatorFor('en')
})

const lisbon = { id: 'a1', slug: 'lisbon', name: 'Lisbon City Council', verified: true }
const leeds = { id: 'b2', slug: 'leeds', name: 'Leeds City Council', verified: false }
const render = (props: Parameters<typeof ActingOrganisationSelect>[0]) =>
  String(<ActingOrganisationSelect {...props} />)

describe('ActingOrganisationSelect', () => {
  it('asks which organisation when there are several, with the chosen one ticked and the error linked', () => {
    const html = render({ t, organisations: [lisbon, leeds], value: 'b2', error: 'Select an organisation' })
    expect(html).toContain('On behalf of which organisation?')
    const radios = startTags(html, 'input')
    expect(radios.map((radio) => radio.attributes.value)).toEqual(['a1', 'b2'])
    expect(radios[1]?.attributes.checked).toBeDefined()
    expect(elementById(html, 'organisationId')?.tag).toBe('input')
    expect(html).toContain('Select an organisation')
  })

  it('says on whose behalf when there is one, and sends it without asking', () => {
    const html = render({ t, organisations: [lisbon], name: 'actingFor' })
    expect(html).toContain('On behalf of Lisbon City Council')
    expect(startTags(html, 'input')).toEqual([
      { tag: 'input', attributes: { type: 'hidden', name: 'actingFor', value: 'a1' } },
    ])
    expect(elementById(html, 'actingFor')?.tag).toBe('p')
  })

  it('explains that one must join an organisation first when there is none', () => {
    const html = render({ t, organisations: [] })
    expect(html).toContain('you are not a member of one yet')
    expect(startTags(html, 'input')).toEqual([])
  })
})
