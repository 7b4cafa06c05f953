import { describe, expect, it } from 'vitest'
import { Select } from './select.js'
import { elementById, startTags, textOfId, uiTranslator } from './testing.js'

const t = uiTranslator('en')
const options = [
  { value: '', text: 'Choose a country' },
  { value: 'pt', text: 'Portugal' },
  { value: 'pl', text: 'Poland' },
  { value: 'xx', text: 'Nowhere <b>', disabled: true },
]

describe('Select', () => {
  it('ties the label to the select and selects the submitted value only', async () => {
    const html = await (<Select t={t} name="country" label="Country" options={options} value="pl" />).toString()
    expect(startTags(html, 'label')[0]!.attributes.for).toBe('country')
    expect(elementById(html, 'country')!.tag).toBe('select')
    const rendered = startTags(html, 'option')
    expect(rendered.map((option) => option.attributes.value)).toEqual(['', 'pt', 'pl', 'xx'])
    expect(
      rendered.filter((option) => 'selected' in option.attributes).map((option) => option.attributes.value),
    ).toEqual(['pl'])
    expect('disabled' in rendered[3]!.attributes).toBe(true)
    expect(html).toContain('Nowhere &lt;b&gt;')
  })

  it('describes the select by its hint and error', async () => {
    const html = await (
      <Select
        t={t}
        name="country"
        label="Country"
        options={options}
        hint="Where the city is"
        error="Select a country"
      />
    ).toString()
    expect(elementById(html, 'country')!.attributes['aria-describedby']).toBe('country-hint country-error')
    expect(textOfId(html, 'country-error')).toBe('Error: Select a country')
    expect(elementById(html, 'country')!.attributes.class).toBe('app-select app-select--error')
  })
})
