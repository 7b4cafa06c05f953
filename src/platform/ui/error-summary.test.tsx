import { describe, expect, it } from 'vitest'
import { Checkboxes } from './checkboxes.js'
import { ErrorSummary, errorTitle } from './error-summary.js'
import { idsIn, startTags, uiTranslator } from './testing.js'
import { TextInput } from './text-input.js'

const t = uiTranslator('en')
const errors = [
  { field: 'fullName', message: 'Enter your full name' },
  { field: 'themes', message: 'Select at least one theme' },
]

describe('ErrorSummary', () => {
  it('renders nothing without errors', async () => {
    expect(await (<ErrorSummary t={t} errors={[]} />).toString()).toBe('')
    expect(await (<ErrorSummary t={t} errors={undefined} />).toString()).toBe('')
  })

  it('lists each error as a link to its field, and every link lands on an element of the form', async () => {
    const form = (
      <form method="post" novalidate>
        <ErrorSummary t={t} errors={errors} />
        <TextInput t={t} name="fullName" label="Full name" error={errors[0]!.message} />
        <Checkboxes
          t={t}
          name="themes"
          legend="Themes"
          error={errors[1]!.message}
          items={[{ value: 'a', text: 'A' }]}
        />
      </form>
    )
    const html = await form.toString()
    const links = startTags(html, 'a').map((link) => link.attributes.href)
    expect(links).toEqual(['#fullName', '#themes'])
    const ids = idsIn(html)
    for (const href of links) expect(ids).toContain(href!.slice(1))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('carries the module hook and puts role="alert" on a child, with the translated title', async () => {
    const html = await (<ErrorSummary t={t} errors={errors} />).toString()
    expect(html).toMatch(
      /^<div class="app-error-summary" data-module="app-error-summary"><div role="alert"><h2 class="app-error-summary__title">There is a problem<\/h2>/,
    )
    const french = await (<ErrorSummary t={uiTranslator('fr')} errors={errors} />).toString()
    expect(french).toContain('Il y a un problème')
  })

  it('lists a problem with no field without a link, and escapes messages', async () => {
    const html = await (
      <ErrorSummary
        t={t}
        errors={[{ field: '', message: 'The call closed <today>' }]}
        description="Nothing was saved."
      />
    ).toString()
    expect(startTags(html, 'a')).toEqual([])
    expect(html).toContain('<li>The call closed &lt;today&gt;</li>')
    expect(html).toContain('<p class="app-body">Nothing was saved.</p>')
  })
})

describe('errorTitle', () => {
  it('prefixes the title with a translated "Error:" only when there are errors', () => {
    expect(errorTitle(t, 'Register', errors)).toBe('Error: Register')
    expect(errorTitle(t, 'Register', [])).toBe('Register')
    expect(errorTitle(t, 'Register', undefined)).toBe('Register')
    expect(errorTitle(uiTranslator('fr'), 'S’inscrire', errors)).toBe('Erreur : S’inscrire')
  })
})
