import type { Child } from 'hono/jsx'
import type { Translate } from '../i18n/catalogue.js'

export type LabelSize = 's' | 'm' | 'l' | 'xl'

/** What every form control takes besides its own options. */
export interface FieldProps {
  /** The field's name; also its id unless `id` is given, so the error summary's `#name` lands. */
  name: string
  id?: string
  /** Shown above the control. Required: a control without a visible label fails WCAG 3.3.2. */
  label: Child
  labelSize?: LabelSize
  /** Wraps the label (or legend) in an <h1>, for one-question pages (GOV.UK "question pages"). */
  isPageHeading?: boolean
  hint?: Child
  /** A translated message; its presence marks the field as in error. */
  error?: string
  /** The translator, for the visually hidden "Error:" prefix. */
  t: Translate
  /** Extra ids for aria-describedby, e.g. a paragraph above the form. */
  describedBy?: string
  /** Extra classes for the form group, e.g. a spacing override. */
  groupClass?: string
}

/** Joins the ids a control is described by, skipping those not rendered; undefined when none. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id))
  return present.length > 0 ? present.join(' ') : undefined
}

/** The ids of a field's hint and error message, present only when they are shown. */
export function fieldIds(props: Pick<FieldProps, 'name' | 'id' | 'hint' | 'error'>) {
  const id = props.id ?? props.name
  return {
    id,
    hintId: props.hint ? `${id}-hint` : undefined,
    errorId: props.error ? `${id}-error` : undefined,
  }
}

export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}

/**
 * Wraps one question; in error it gets the red bar at its left edge.
 * @example <FormGroup error={Boolean(error)}>…</FormGroup>
 */
export function FormGroup({ error, class: extra, children }: { error?: boolean; class?: string; children?: Child }) {
  return <div class={classes('app-form-group', error && 'app-form-group--error', extra)}>{children}</div>
}

/**
 * A label tied to its control by `for`.
 * @example <Label for="email" size="m">Email address</Label>
 */
export function Label(props: { for: string; size?: LabelSize; isPageHeading?: boolean; children?: Child }) {
  const label = (
    <label class={classes('app-label', props.size && `app-label--${props.size}`)} for={props.for}>
      {props.children}
    </label>
  )
  return props.isPageHeading ? <h1 class="app-label-wrapper">{label}</h1> : label
}

/**
 * Help text under a label or legend; the control lists its id in aria-describedby.
 * @example <Hint id="email-hint">We only use it to send you your confirmation.</Hint>
 */
export function Hint({ id, children }: { id?: string; children?: Child }) {
  return (
    <div class="app-hint" id={id}>
      {children}
    </div>
  )
}

/**
 * A field's error, with "Error:" for screen-reader users who reach it without seeing the colour.
 * @example <ErrorMessage id="email-error" t={t}>Enter your email address</ErrorMessage>
 */
export function ErrorMessage({ id, t, children }: { id?: string; t: Translate; children?: Child }) {
  return (
    <p class="app-error-message" id={id}>
      <span class="app-visually-hidden">{t('ui.errorPrefix')}</span> {children}
    </p>
  )
}

/**
 * Groups related controls under a legend (radios, checkboxes, an address).
 * @example <Fieldset legend="Which themes does it address?" legendSize="m" describedBy="themes-hint">…</Fieldset>
 */
export function Fieldset(props: {
  legend: Child
  legendSize?: LabelSize
  isPageHeading?: boolean
  describedBy?: string
  children?: Child
}) {
  return (
    <fieldset class="app-fieldset" aria-describedby={props.describedBy}>
      <legend class={classes('app-fieldset__legend', props.legendSize && `app-fieldset__legend--${props.legendSize}`)}>
        {props.isPageHeading ? <h1 class="app-fieldset__heading">{props.legend}</h1> : props.legend}
      </legend>
      {props.children}
    </fieldset>
  )
}

/**
 * The label, hint and error message above a single control, in the GOV.UK order; the control
 * (input, textarea, select) follows it inside the same FormGroup.
 * @example
 * <FormGroup error={Boolean(props.error)}><FieldLabelling {...props} /><input … /></FormGroup>
 */
export function FieldLabelling(props: FieldProps & { id?: string }) {
  const { id, hintId, errorId } = fieldIds(props)
  return (
    <>
      <Label for={id} size={props.labelSize} isPageHeading={props.isPageHeading}>
        {props.label}
      </Label>
      {props.hint ? <Hint id={hintId}>{props.hint}</Hint> : null}
      {props.error ? (
        <ErrorMessage id={errorId} t={props.t}>
          {props.error}
        </ErrorMessage>
      ) : null}
    </>
  )
}
