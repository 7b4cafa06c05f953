import { describe, expect, it } from 'vitest'
import { Button, ButtonGroup } from './button.js'
import { startTags } from './testing.js'

describe('Button', () => {
  it('is a submit button by default, primary without a modifier', async () => {
    const html = await (<Button>Save and continue</Button>).toString()
    expect(html).toBe('<button type="submit" class="app-button">Save and continue</button>')
  })

  it('renders the secondary and warning variants, name and value, and formaction', async () => {
    const html = await (
      <Button variant="secondary" name="action" value="draft" formaction="/en/calls/x/draft">
        Save as draft
      </Button>
    ).toString()
    const button = startTags(html, 'button')[0]!.attributes
    expect(button.class).toBe('app-button app-button--secondary')
    expect([button.name, button.value, button.formaction]).toEqual(['action', 'draft', '/en/calls/x/draft'])
    const warning = await (
      <Button variant="warning" type="button">
        Delete
      </Button>
    ).toString()
    expect(startTags(warning, 'button')[0]!.attributes).toMatchObject({
      class: 'app-button app-button--warning',
      type: 'button',
    })
  })

  it('marks a disabled button for assistive technology too', async () => {
    const html = await (<Button disabled>Send</Button>).toString()
    expect(startTags(html, 'button')[0]!.attributes).toMatchObject({ disabled: '', 'aria-disabled': 'true' })
  })

  it('renders a link styled as a button, which stays a link', async () => {
    const html = await (<Button href="/en/calls/heritage/apply?x=1&y=2">Apply now</Button>).toString()
    const link = startTags(html, 'a')[0]!.attributes
    expect(link.href).toBe('/en/calls/heritage/apply?x=1&y=2')
    expect(link.class).toBe('app-button')
    expect(link).not.toHaveProperty('role')
    expect(link).not.toHaveProperty('type')
    expect(html).toContain('href="/en/calls/heritage/apply?x=1&amp;y=2"')
  })
})

describe('ButtonGroup', () => {
  it('wraps its buttons and links', async () => {
    const html = await (
      <ButtonGroup>
        <Button>Send</Button>
        <a class="app-link" href="/en">
          Cancel
        </a>
      </ButtonGroup>
    ).toString()
    expect(html).toMatch(/^<div class="app-button-group"><button/)
  })
})
