/**
 * What a form page needs to show a submission again: the raw values and the errors, in field order.
 * A view reads them with `fieldValue`, `fieldValues` and `fieldError`, so it never cares whether the
 * submission failed validation, was refused by a command, or is a first visit (both empty).
 */

/** One problem with one field. `field` is the input's name (and id), so `#${field}` lands on it. */
export interface FormError {
  field: string
  message: string
}

/** The submitted strings as typed: one string per field, an array for fields sent several times. */
export type FormValues = Record<string, string | string[]>

/**
 * The single value of a field, for text inputs, textareas, selects and radios.
 * @example <TextInput name="email" value={fieldValue(values, 'email')} … />
 */
export function fieldValue(values: FormValues | undefined, field: string): string | undefined {
  const value = values?.[field]
  return Array.isArray(value) ? value[value.length - 1] : value
}

/**
 * Every value of a field, for checkboxes.
 * @example <Checkboxes name="themes" values={fieldValues(values, 'themes')} … />
 */
export function fieldValues(values: FormValues | undefined, field: string): string[] {
  const value = values?.[field]
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/**
 * The message to show beside a field, if it has one.
 * @example <TextInput name="email" error={fieldError(errors, 'email')} … />
 */
export function fieldError(errors: readonly FormError[] | undefined, field: string): string | undefined {
  return errors?.find((error) => error.field === field)?.message
}
