import { describe, expect, it } from 'vitest'
import { Checkboxes } from './checkboxes.js'
import { elementById, startTags, textOfId, uiTranslator } from './testing.js'

const t = uiTranslator('en')
const items = [
  { value: 'green', text: 'Green transition' },
  { value: 'digital', text: 'Digital transition', hint: 'Including open data' },
  { value: 'social', text: 'Social inclusion' },
]

describe('Checkboxes', () => {
  it('gives every box the same name and ids from the field name, each tied to its label', async () => {
    const html = await (<Checkboxes t={t} name="themes" legend="Themes" items={items} />).toString()
    const inputs = startTags(html, 'input')
    expect(inputs.map((input) => [input.attributes.id, input.attributes.name, input.attributes.type])).toEqual([
      ['themes', 'themes', 'checkbox'],
      ['themes-2', 'themes', 'checkbox'],
      ['themes-3', 'themes', 'checkbox'],
    ])
    expect(startTags(html, 'label').map((label) => label.attributes.for)).toEqual(['themes', 'themes-2', 'themes-3'])
    expect(html).toContain('<legend class="app-fieldset__legend">Themes</legend>')
  })

  it('ticks every submitted value and no other', async () => {
    const html = await (
      <Checkboxes t={t} name="themes" legend="Themes" items={items} values={['social', 'green']} />
    ).toString()
    const ticked = startTags(html, 'input').filter((input) => 'checked' in input.attributes)
    expect(ticked.map((input) => input.attributes.value)).toEqual(['green', 'social'])
  })

  it('shows the error in the fieldset and describes the fieldset by hint and error', async () => {
    const html = await (
      <Checkboxes
        t={t}
        name="themes"
        legend="Themes"
        hint="Select all that apply"
        error="Select at least one theme"
        items={items}
      />
    ).toString()
    expect(startTags(html, 'fieldset')[0]!.attributes['aria-describedby']).toBe('themes-hint themes-error')
    expect(textOfId(html, 'themes-error')).toBe('Error: Select at least one theme')
    expect(elementById(html, 'themes-2')!.attributes['aria-describedby']).toBe('themes-2-item-hint')
    expect(textOfId(html, 'themes-2-item-hint')).toBe('Including open data')
  })

  it('escapes option values', async () => {
    const html = await (
      <Checkboxes t={t} name="tags" legend="Tags" items={[{ value: '"x" onload=alert(1)', text: '<i>x</i>' }]} />
    ).toString()
    expect(elementById(html, 'tags')!.attributes.value).toBe('"x" onload=alert(1)')
    expect(html).not.toContain('<i>')
    expect(html).toContain('value="&quot;x&quot; onload=alert(1)"')
  })
})
