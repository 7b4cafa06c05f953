import { classes, describedBy, FieldLabelling, type FieldProps, FormGroup, fieldIds } from './form-group.js'

/** Fixed widths in characters (for answers of known length) or fluid fractions of the column. */
export type InputWidth =
  | '2'
  | '3'
  | '4'
  | '5'
  | '10'
  | '20'
  | '30'
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter'

export interface TextInputProps extends FieldProps {
  /** The submitted or stored value, shown again as it was typed. */
  value?: string
  /** "number" is rarely right (it spins and drops leading zeros): prefer "text" with inputmode="numeric". */
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number'
  /** An autocomplete token (WCAG 1.3.5), e.g. "name", "email", "organization", "postal-code". */
  autocomplete?: string
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search'
  /** Turn off for names, codes and email addresses. */
  spellcheck?: boolean
  width?: InputWidth
}

/**
 * A one-line text field with its label, hint and error message (GOV.UK "Text input").
 * Never `required` or `maxlength`: the server validates and explains, with the value kept.
 * @example
 * <TextInput t={t} name="email" type="email" autocomplete="email" spellcheck={false}
 *   label={t('accounts.email.label')} hint={t('accounts.email.hint')}
 *   value={fieldValue(values, 'email')} error={fieldError(errors, 'email')} />
 */
export function TextInput(props: TextInputProps) {
  const { id, hintId, errorId } = fieldIds(props)
  return (
    <FormGroup error={Boolean(props.error)} class={props.groupClass}>
      <FieldLabelling {...props} />
      <input
        class={classes(
          'app-input',
          props.width && `app-input--width-${props.width}`,
          props.error && 'app-input--error',
        )}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        aria-describedby={describedBy(props.describedBy, hintId, errorId)}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        spellcheck={props.spellcheck}
      />
    </FormGroup>
  )
}
