import { describe, expect, it } from 'vitest'
import { elementById, idsIn, startTags, textOfId, uiTranslator } from './testing.js'
import { TextInput } from './text-input.js'

const t = uiTranslator('en')

describe('TextInput', () => {
  it('ties the label to an input whose id is its name, so an error summary link lands on it', async () => {
    const html = await (<TextInput t={t} name="email" label="Email address" />).toString()
    const label = startTags(html, 'label')[0]!
    const input = startTags(html, 'input')[0]!
    expect(input.attributes.id).toBe('email')
    expect(input.attributes.name).toBe('email')
    expect(label.attributes.for).toBe('email')
    expect(input.attributes.type).toBe('text')
    expect(input.attributes).not.toHaveProperty('aria-describedby')
    expect(html).not.toContain('app-form-group--error')
  })

  it('describes the input by its hint and its error, in that order, and both ids exist', async () => {
    const html = await (
      <TextInput
        t={t}
        name="email"
        label="Email"
        hint="We send the confirmation there"
        error="Enter your email address"
      />
    ).toString()
    const describedBy = elementById(html, 'email')!.attributes['aria-describedby']!
    expect(describedBy).toBe('email-hint email-error')
    for (const id of describedBy.split(' ')) expect(idsIn(html)).toContain(id)
    expect(textOfId(html, 'email-hint')).toBe('We send the confirmation there')
    expect(textOfId(html, 'email-error')).toBe('Error: Enter your email address')
    expect(html).toContain('<span class="app-visually-hidden">Error:</span>')
    expect(html).toContain('app-form-group app-form-group--error')
    expect(elementById(html, 'email')!.attributes.class).toContain('app-input--error')
  })

  it('translates the hidden error prefix', async () => {
    const html = await (
      <TextInput t={uiTranslator('fr')} name="city" label="Ville" error="Indiquez la ville" />
    ).toString()
    expect(textOfId(html, 'city-error')).toBe('Erreur : Indiquez la ville')
    const german = await (
      <TextInput t={uiTranslator('de')} name="city" label="Stadt" error="Stadt angeben" />
    ).toString()
    expect(textOfId(german, 'city-error')).toBe('Fehler: Stadt angeben')
  })

  it('keeps the submitted value, escaped', async () => {
    const typed = '"><script>alert(1)</script> & co'
    const html = await (<TextInput t={t} name="organisation" label="Organisation" value={typed} />).toString()
    expect(html).not.toContain('<script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"')
    expect(elementById(html, 'organisation')!.attributes.value).toBe(typed)
  })

  it('passes type, autocomplete, inputmode, spellcheck and the width class to the input', async () => {
    const html = await (
      <TextInput
        t={t}
        name="postcode"
        label="Postcode"
        type="text"
        autocomplete="postal-code"
        inputmode="numeric"
        spellcheck={false}
        width="10"
      />
    ).toString()
    const input = elementById(html, 'postcode')!.attributes
    expect(input.autocomplete).toBe('postal-code')
    expect(input.inputmode).toBe('numeric')
    expect(input.spellcheck).toBe('false')
    expect(input.class).toBe('app-input app-input--width-10')
    const email = await (<TextInput t={t} name="email" label="Email" type="email" width="one-half" />).toString()
    expect(elementById(email, 'email')!.attributes.type).toBe('email')
    expect(elementById(email, 'email')!.attributes.class).toContain('app-input--width-one-half')
  })

  it('takes an explicit id and extra describedby ids, and can be the page heading', async () => {
    const html = await (
      <TextInput
        t={t}
        name="contact[email]"
        id="contact-email"
        label="What is your email address?"
        labelSize="l"
        isPageHeading
        describedBy="intro"
        hint="Work address"
      />
    ).toString()
    expect(startTags(html, 'label')[0]!.attributes.for).toBe('contact-email')
    expect(elementById(html, 'contact-email')!.attributes.name).toBe('contact[email]')
    expect(elementById(html, 'contact-email')!.attributes['aria-describedby']).toBe('intro contact-email-hint')
    expect(html).toMatch(/<h1 class="app-label-wrapper"><label class="app-label app-label--l" for="contact-email">/)
  })

  it('never sets required or maxlength, so the server explains every problem', async () => {
    const html = await (<TextInput t={t} name="name" label="Name" />).toString()
    expect(html).not.toMatch(/\brequired\b|\bmaxlength\b/)
  })
})
