import type { Translate } from '../i18n/catalogue.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './form-group.js'

/**
 * A file upload field (GOV.UK "File upload"). A browser never refills a file input, so after an
 * error the person chooses the file again; every other answer is kept.
 */
export function FileInput(props: {
  t: Translate
  name: string
  label: string
  hint: string
  accept: string
  error?: string
}) {
  const hintId = `${props.name}-hint`
  const errorId = props.error ? `${props.name}-error` : undefined
  return (
    <FormGroup error={Boolean(props.error)}>
      <Label for={props.name} size="s">
        {props.label}
      </Label>
      <Hint id={hintId}>{props.hint}</Hint>
      {props.error ? (
        <ErrorMessage id={errorId} t={props.t}>
          {props.error}
        </ErrorMessage>
      ) : null}
      <input
        class="app-file-upload"
        id={props.name}
        name={props.name}
        type="file"
        accept={props.accept}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </FormGroup>
  )
}
