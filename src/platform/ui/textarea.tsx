import { classes, describedBy, ErrorMessage, type FieldProps, FormGroup, fieldIds, Hint, Label } from './form-group.js'

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
      <Label for={id} size={props.labelSize} isPageHeading={props.isPageHeading}>
        {props.label}
      </Label>
      {props.hint ? <Hint id={hintId}>{props.hint}</Hint> : null}
      {props.error ? (
        <ErrorMessage id={errorId} t={props.t}>
          {props.error}
        </ErrorMessage>
      ) : null}
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
