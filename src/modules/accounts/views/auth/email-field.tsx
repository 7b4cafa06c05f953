import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'

/**
 * The account's e-mail address as the sign-in, sign-up, reset and resend forms ask for it: one
 * label, the browser's saved address offered, no spelling marks. `name` differs where a page has
 * two such forms, so each error summary link lands in its own.
 */
export function EmailField(props: {
  t: PageContext['t']
  name?: string
  hint?: string
  values?: FormValues
  errors?: readonly FormError[]
}) {
  const { t, name = 'email', hint, values, errors } = props
  return (
    <TextInput
      t={t}
      name={name}
      type="email"
      label={t('auth.field.email')}
      hint={hint}
      autocomplete="email"
      spellcheck={false}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
}
