import { classes, describedBy, FieldLabelling, type FieldProps, FormGroup, fieldIds } from './form-group.js'

export interface TextareaProps extends FieldProps {
  value?: string
  /** Visible lines; the field can still be resized. */
  rows?: number
  autocomplete?: string
  spellcheck?: boolean
}

/**
 * A multi-line answer (GOV.UK "Textarea"). Say in the hint how long the answer may be rather than
 * cutting it off with maxlength.
 * @example
 * <Textarea t={t} name="summary" rows={8} label={t('practices.summary.label')}
 *   hint={t('practices.summary.hint')} value={fieldValue(values, 'summary')} error={fieldError(errors, 'summary')} />
 */
export function Textarea(props: TextareaProps) {
  const { id, hintId, errorId } = fieldIds(props)
  return (
    <FormGroup error={Boolean(props.error)} class={props.groupClass}>
      <FieldLabelling {...props} />
      <textarea
        class={classes('app-textarea', props.error && 'app-textarea--error')}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        aria-describedby={describedBy(props.describedBy, hintId, errorId)}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
      >
        {props.value ?? ''}
      </textarea>
    </FormGroup>
  )
}
