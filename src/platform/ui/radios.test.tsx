import { describe, expect, it } from 'vitest'
import { Radios } from './radios.js'
import { elementById, idsIn, startTags, textOfId, uiTranslator } from './testing.js'

const t = uiTranslator('en')
const items = [
  { value: 'online', text: 'Online', hint: 'A video call link is sent the day before' },
  { value: 'onsite', text: 'On site' },
  { divider: true as const },
  { value: 'either', text: 'Either is fine' },
]

describe('Radios', () => {
  it('asks the question in the legend of a fieldset and labels every option', async () => {
    const html = await (<Radios t={t} name="format" legend="How will you take part?" items={items} />).toString()
    expect(html).toMatch(
      /<fieldset class="app-fieldset"><legend class="app-fieldset__legend">How will you take part\?<\/legend>/,
    )
    const inputs = startTags(html, 'input')
    expect(inputs.map((input) => input.attributes.id)).toEqual(['format', 'format-2', 'format-3'])
    expect(new Set(inputs.map((input) => input.attributes.name))).toEqual(new Set(['format']))
    expect(inputs.every((input) => input.attributes.type === 'radio')).toBe(true)
    const labels = startTags(html, 'label').map((label) => label.attributes.for)
    expect(labels).toEqual(['format', 'format-2', 'format-3'])
    expect(html).toContain('<div class="app-radios__divider">or</div>')
  })

  it('lands the error summary link on the first option, whose id is the field name', async () => {
    const html = await (
      <Radios t={t} name="format" legend="Format" items={items} error="Select how you will take part" />
    ).toString()
    expect(elementById(html, 'format')!.attributes.value).toBe('online')
    expect(textOfId(html, 'format-error')).toBe('Error: Select how you will take part')
    expect(startTags(html, 'fieldset')[0]!.attributes['aria-describedby']).toBe('format-error')
    expect(html).toContain('app-form-group--error')
  })

  it('describes the fieldset by hint and error, and each option by its own hint', async () => {
    const html = await (
      <Radios t={t} name="format" legend="Format" hint="Choose one" error="Select one" items={items} />
    ).toString()
    const describedBy = startTags(html, 'fieldset')[0]!.attributes['aria-describedby']!
    expect(describedBy).toBe('format-hint format-error')
    for (const id of describedBy.split(' ')) expect(idsIn(html)).toContain(id)
    expect(elementById(html, 'format')!.attributes['aria-describedby']).toBe('format-item-hint')
    expect(textOfId(html, 'format-item-hint')).toBe('A video call link is sent the day before')
    expect(elementById(html, 'format-2')!.attributes).not.toHaveProperty('aria-describedby')
  })

  it('checks only the submitted value', async () => {
    const html = await (<Radios t={t} name="format" legend="Format" items={items} value="onsite" />).toString()
    const checked = startTags(html, 'input').filter((input) => 'checked' in input.attributes)
    expect(checked.map((input) => input.attributes.value)).toEqual(['onsite'])
  })

  it('renders inline and small variants and a legend that is the page heading', async () => {
    const html = await (
      <Radios
        t={t}
        name="agree"
        legend="Do you agree?"
        legendSize="l"
        isPageHeading
        inline
        small
        items={items.slice(0, 2)}
      />
    ).toString()
    expect(html).toContain('class="app-radios app-radios--inline app-radios--small"')
    expect(html).toContain(
      '<legend class="app-fieldset__legend app-fieldset__legend--l"><h1 class="app-fieldset__heading">Do you agree?</h1></legend>',
    )
  })

  it('translates the divider', async () => {
    const html = await (<Radios t={uiTranslator('de')} name="format" legend="Format" items={items} />).toString()
    expect(html).toContain('<div class="app-radios__divider">oder</div>')
  })
})
