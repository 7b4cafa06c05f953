import type { z } from 'zod'
import type { Translate } from '../i18n/catalogue.js'
import type { FormError, FormValues } from './form-state.js'

export type { FormError, FormValues } from './form-state.js'

type FormEntry = string | File

/**
 * A submitted form body: Hono's `await c.req.parseBody({ all: true })`, a `FormData` or
 * `URLSearchParams`. Without `{ all: true }` Hono keeps only the last of repeated fields, so a
 * group of checkboxes would lose all but one ticked box; `await c.req.formData()` works too.
 */
export type FormBody = Record<string, FormEntry | FormEntry[] | undefined> | FormData | URLSearchParams

export type ParsedForm<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; values: FormValues; errors: FormError[] }

export interface ParseFormOptions {
  /**
   * The visitor's translator. Every check should carry its own message; this gives a translated
   * "Check your answer" instead of Zod's English developer text where one was forgotten.
   */
  t?: Translate
}

/**
 * Validates a posted form with a Zod schema, GOV.UK style: on failure, one error per field in the
 * order the fields appear in the schema (so in the order of the page, if the schema follows it),
 * and the raw strings as submitted so the page can show them again exactly (WCAG 2.2 SC 3.3.7).
 * `values` is also returned on success, for a command that refuses the data and re-shows the form.
 *
 * The fields a schema declares as arrays always receive an array (an unticked group of checkboxes
 * sends nothing, and becomes `[]`); other fields receive a single string, or `undefined` when the
 * field was not sent (an unanswered radio group). An empty file input becomes `undefined`.
 *
 * Messages are shown to the visitor as they are, so a schema's messages are already translated:
 * build the schema per request from the translator. The inferred type is the same in every locale.
 * @example
 * export const RegistrationForm = (t: Translate) =>
 *   z.object({
 *     fullName: z.string().trim().min(1, t('activities.register.fullName.missing')),
 *     themes: z.array(z.enum(THEMES, { error: t('activities.register.themes.invalid') })).min(1, t('activities.register.themes.missing')),
 *   })
 * export type RegistrationForm = z.infer<ReturnType<typeof RegistrationForm>>
 *
 * const form = parseForm(RegistrationForm(c.var.t), await c.req.parseBody({ all: true }), { t: c.var.t })
 * if (!form.ok) return renderPage(c, <RegisterPage values={form.values} errors={form.errors} />, 422)
 */
export function parseForm<S extends z.ZodType>(
  Schema: S,
  body: FormBody,
  options: ParseFormOptions = {},
): ParsedForm<z.output<S>> {
  const entries = collectEntries(body)
  const values = rawValues(entries)
  const shape = objectShape(Schema)
  const input: Record<string, unknown> = {}
  for (const [field, fieldEntries] of entries) {
    const present = fieldEntries.filter(isSubmitted)
    input[field] = present.length > 1 ? present : present[0]
  }
  if (shape) {
    for (const [field, schema] of Object.entries(shape)) {
      const present = (entries.get(field) ?? []).filter(isSubmitted)
      input[field] = acceptsArray(schema) ? present : present[present.length - 1]
    }
  }

  const { t } = options
  const result = Schema.safeParse(input, t ? { error: () => t('ui.form.invalid') } : undefined)
  if (result.success) return { ok: true, data: result.data, values }

  const order = shape ? Object.keys(shape) : []
  const position = (field: string) => {
    const index = order.indexOf(field)
    return index === -1 ? order.length : index
  }
  const errors: FormError[] = []
  for (const issue of result.error.issues) {
    const first = issue.path[0]
    const field = typeof first === 'string' ? first : ''
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: issue.message })
  }
  // A stable sort keeps refinements on the same field in the order they were declared.
  errors.sort((a, b) => position(a.field) - position(b.field))
  return { ok: false, values, errors }
}

function collectEntries(body: FormBody): Map<string, FormEntry[]> {
  const entries = new Map<string, FormEntry[]>()
  const add = (field: string, value: FormEntry) => {
    const list = entries.get(field)
    if (list) list.push(value)
    else entries.set(field, [value])
  }
  if (body instanceof FormData || body instanceof URLSearchParams) {
    for (const [field, value] of body.entries()) add(stripBrackets(field), value)
  } else {
    for (const [field, value] of Object.entries(body)) {
      if (value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value]) add(stripBrackets(field), item)
    }
  }
  return entries
}

// Hono groups fields named "themes[]" under that key; the form's field, and its id, is "themes".
function stripBrackets(field: string): string {
  return field.endsWith('[]') ? field.slice(0, -2) : field
}

function rawValues(entries: Map<string, FormEntry[]>): FormValues {
  const values: FormValues = {}
  for (const [field, fieldEntries] of entries) {
    const strings = fieldEntries.filter((entry): entry is string => typeof entry === 'string')
    if (strings.length === 1) values[field] = strings[0]!
    else if (strings.length > 1) values[field] = strings
  }
  return values
}

// A file input left empty still sends a nameless, empty file.
function isSubmitted(entry: FormEntry): boolean {
  return typeof entry === 'string' || entry.size > 0 || entry.name !== ''
}

interface SchemaDef {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  shape?: Record<string, z.ZodType>
}

function definition(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def
}

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'])

/** Looks through optional(), default(), transforms and refinements to the schema underneath. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  for (;;) {
    const def = definition(current)
    if (wrappers.has(def.type) && def.innerType) current = def.innerType
    // z.preprocess() pipes a transform into the real schema: the form's shape is the latter.
    else if (def.type === 'pipe' && def.in && def.out)
      current = definition(def.in).type === 'transform' ? def.out : def.in
    else return current
  }
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = definition(unwrap(schema))
  return def.type === 'object' ? def.shape : undefined
}

function acceptsArray(schema: z.ZodType): boolean {
  return definition(unwrap(schema)).type === 'array'
}
