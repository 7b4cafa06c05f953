import { describe, expect, it } from 'vitest'
import { elementById, startTags, textOfId, uiTranslator } from './testing.js'
import { Textarea } from './textarea.js'

const t = uiTranslator('en')

describe('Textarea', () => {
  it('ties the label to the textarea and keeps the value, escaped, as its content', async () => {
    const html = await (
      <Textarea t={t} name="summary" label="Summary" value={'Line one\n</textarea><b>bold</b>'} rows={8} />
    ).toString()
    expect(startTags(html, 'label')[0]!.attributes.for).toBe('summary')
    const textarea = elementById(html, 'summary')!
    expect(textarea.tag).toBe('textarea')
    expect(textarea.attributes.name).toBe('summary')
    expect(textarea.attributes.rows).toBe('8')
    expect(html).toContain('>Line one\n&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;</textarea>')
  })

  it('describes the textarea by its hint and error and marks the group in error', async () => {
    const html = await (
      <Textarea t={t} name="approach" label="Approach" hint="About 300 words" error="Describe the approach" />
    ).toString()
    expect(elementById(html, 'approach')!.attributes['aria-describedby']).toBe('approach-hint approach-error')
    expect(textOfId(html, 'approach-error')).toBe('Error: Describe the approach')
    expect(elementById(html, 'approach')!.attributes.class).toBe('app-textarea app-textarea--error')
    expect(html).toContain('app-form-group--error')
  })

  it('renders an empty textarea when there is no value yet', async () => {
    const html = await (<Textarea t={t} name="notes" label="Notes" />).toString()
    expect(html).toContain('rows="5"></textarea>')
  })
})
