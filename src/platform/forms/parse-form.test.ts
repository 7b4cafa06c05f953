import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Translate } from '../i18n/catalogue.js'
import { uiTranslator } from '../ui/testing.js'
import { parseForm } from './parse-form.js'

const THEMES = ['green', 'digital', 'social'] as const

// Built per locale from the translator, as every form schema is; here with literal messages.
const RegistrationForm = (t: Translate) =>
  z.object({
    fullName: z.string().trim().min(1, t('ui.errorSummary.title')).max(20, 'Full name must be 20 characters or fewer'),
    email: z.email('Enter an email address in the correct format, like name@example.com'),
    format: z.enum(['online', 'onsite'], { error: 'Select how you will take part' }),
    themes: z.array(z.enum(THEMES, { error: 'Select a theme from the list' })).min(1, 'Select at least one theme'),
    notes: z.string().optional(),
  })

const en = uiTranslator('en')

describe('parseForm', () => {
  it('returns the typed data, with trims and arrays, when the form is valid', () => {
    const body = { fullName: '  Ana Costa ', email: 'ana@example.org', format: 'online', themes: ['green', 'social'] }
    const form = parseForm(RegistrationForm(en), body)
    expect(form).toEqual({
      ok: true,
      data: { fullName: 'Ana Costa', email: 'ana@example.org', format: 'online', themes: ['green', 'social'] },
      values: body,
    })
  })

  it('lists one error per field, in the order of the form, and keeps the raw values', () => {
    const body = { themes: 'nonsense', format: '', email: 'not-an-email', fullName: '   ' }
    const form = parseForm(RegistrationForm(en), body)
    expect(form.ok).toBe(false)
    if (form.ok) return
    expect(form.errors).toEqual([
      { field: 'fullName', message: 'There is a problem' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
      { field: 'format', message: 'Select how you will take part' },
      { field: 'themes', message: 'Select a theme from the list' },
    ])
    expect(form.values).toEqual(body)
  })

  it('uses the messages of the locale the schema was built for', () => {
    const form = parseForm(RegistrationForm(uiTranslator('de')), { fullName: '' })
    expect(!form.ok && form.errors[0]).toEqual({ field: 'fullName', message: 'Es gibt ein Problem' })
  })

  it('treats a group of checkboxes with nothing ticked as an empty list', () => {
    const form = parseForm(RegistrationForm(en), { fullName: 'Ana', email: 'ana@example.org', format: 'onsite' })
    expect(!form.ok && form.errors).toEqual([{ field: 'themes', message: 'Select at least one theme' }])
  })

  it('turns a single ticked box into a list and keeps repeated fields as arrays in values', () => {
    const single = parseForm(RegistrationForm(en), {
      fullName: 'Ana',
      email: 'ana@example.org',
      format: 'online',
      themes: 'digital',
    })
    expect(single.ok && single.data.themes).toEqual(['digital'])
    const params = new URLSearchParams('fullName=Ana&email=ana%40example.org&format=online&themes=green&themes=social')
    const fromParams = parseForm(RegistrationForm(en), params)
    expect(fromParams.ok && fromParams.data.themes).toEqual(['green', 'social'])
    expect(fromParams.values.themes).toEqual(['green', 'social'])
    expect(fromParams.values.fullName).toBe('Ana')
  })

  it('reads FormData and Hono’s "name[]" keys', () => {
    const data = new FormData()
    data.append('fullName', 'Ana')
    data.append('email', 'ana@example.org')
    data.append('format', 'onsite')
    data.append('themes[]', 'green')
    const form = parseForm(RegistrationForm(en), data)
    expect(form.ok && form.data).toMatchObject({ themes: ['green'], format: 'onsite' })
    expect(form.values.themes).toBe('green')
  })

  it('keeps the last of a repeated single-value field, as a browser would send only one', () => {
    const form = parseForm(RegistrationForm(en), {
      fullName: ['Old', 'Ana'],
      email: 'ana@example.org',
      format: 'online',
      themes: ['green'],
    })
    expect(form.ok && form.data.fullName).toBe('Ana')
  })

  it('keeps the values on success too, for a command that refuses the data', () => {
    const body = { fullName: 'Ana', email: 'ana@example.org', format: 'online', themes: 'green', notes: 'Vegetarian' }
    const form = parseForm(RegistrationForm(en), body)
    expect(form.values).toEqual(body)
  })

  it('gives a translated fallback instead of Zod’s developer message when a check has none', () => {
    const Bare = z.object({ seats: z.coerce.number().int().min(1) })
    const withT = parseForm(Bare, { seats: 'many' }, { t: uiTranslator('fr') })
    expect(!withT.ok && withT.errors).toEqual([{ field: 'seats', message: 'Vérifiez votre réponse' }])
    const custom = parseForm(RegistrationForm(en), { fullName: '' }, { t: en })
    expect(!custom.ok && custom.errors[0]!.message).toBe('There is a problem')
  })

  it('places a refinement’s error on the field it names, after the field checks', () => {
    const Dates = z
      .object({
        opens: z.string().min(1, 'Enter the opening date'),
        closes: z.string().min(1, 'Enter the closing date'),
      })
      .refine((value) => value.closes > value.opens, {
        path: ['closes'],
        message: 'The closing date must be after the opening date',
      })
    const form = parseForm(Dates, { opens: '2026-05-01', closes: '2026-04-01' })
    expect(!form.ok && form.errors).toEqual([
      { field: 'closes', message: 'The closing date must be after the opening date' },
    ])
    const missing = parseForm(Dates, { opens: '', closes: '' })
    expect(!missing.ok && missing.errors.map((error) => error.field)).toEqual(['opens', 'closes'])
  })

  it('sees through transforms and preprocessing to the form’s fields', () => {
    const Schema = z
      .object({ tags: z.preprocess((value) => value, z.array(z.string())).optional(), name: z.string() })
      .transform((value) => ({ ...value, slug: value.name.toLowerCase() }))
    const form = parseForm(Schema, { name: 'Kaapeli', tags: 'culture' })
    expect(form.ok && form.data).toEqual({ name: 'Kaapeli', tags: ['culture'], slug: 'kaapeli' })
  })

  it('treats an empty file input as not sent and leaves files out of the values', () => {
    const Upload = z.object({ title: z.string(), file: z.instanceof(File, { message: 'Choose a file' }) })
    const empty = new FormData()
    empty.append('title', 'Plan')
    empty.append('file', new File([], ''))
    const missing = parseForm(Upload, empty)
    expect(!missing.ok && missing.errors).toEqual([{ field: 'file', message: 'Choose a file' }])
    expect(missing.values).toEqual({ title: 'Plan' })
    const sent = new FormData()
    sent.append('title', 'Plan')
    sent.append('file', new File(['%PDF'], 'plan.pdf'))
    const form = parseForm(Upload, sent)
    expect(form.ok && form.data.file.name).toBe('plan.pdf')
  })

  it('reports an error that names no field under an empty field, for an unlinked summary item', () => {
    const Whole = z.object({ a: z.string() }).refine(() => false, { message: 'Nothing to save' })
    const form = parseForm(Whole, { a: 'x' })
    expect(!form.ok && form.errors).toEqual([{ field: '', message: 'Nothing to save' }])
  })
})
