import type { Child } from 'hono/jsx'
import { classes } from './form-group.js'

export type ButtonVariant = 'primary' | 'secondary' | 'warning'

interface CommonButtonProps {
  /** primary: the one main action of a page; secondary: other actions; warning: destructive ones. */
  variant?: ButtonVariant
  id?: string
  class?: string
  children?: Child
}

export interface SubmitButtonProps extends CommonButtonProps {
  href?: undefined
  type?: 'submit' | 'button' | 'reset'
  /** Name and value tell the server which of several buttons was pressed. */
  name?: string
  value?: string
  disabled?: boolean
  /** Submits to another action, e.g. "Save as draft" beside "Submit". */
  formaction?: string
}

export interface LinkButtonProps extends CommonButtonProps {
  /** Renders a link that looks like a button: for a call to action that goes to another page. */
  href: string
}

export type ButtonProps = SubmitButtonProps | LinkButtonProps

/**
 * A button (GOV.UK "Button"). With `href` it is a link styled as a button, and stays a link to
 * assistive technology: it navigates, it does not act, so it takes no role="button".
 * @example
 * <Button>{t('activities.register.submit')}</Button>
 * <Button variant="secondary" name="action" value="draft">{t('calls.saveDraft')}</Button>
 * <Button href={localHref(ctx, '/calls/heritage/apply')}>{t('calls.apply')}</Button>
 */
export function Button(props: ButtonProps) {
  const className = classes(
    'app-button',
    props.variant && props.variant !== 'primary' && `app-button--${props.variant}`,
    props.class,
  )
  if (props.href !== undefined) {
    return (
      <a href={props.href} class={className} id={props.id} draggable="false">
        {props.children}
      </a>
    )
  }
  return (
    <button
      type={props.type ?? 'submit'}
      class={className}
      id={props.id}
      name={props.name}
      value={props.value}
      disabled={props.disabled}
      aria-disabled={props.disabled ? 'true' : undefined}
      formaction={props.formaction}
    >
      {props.children}
    </button>
  )
}

/**
 * Lays out a form's buttons and a "Cancel" link in a row that stacks on small screens.
 * @example <ButtonGroup><Button>Save</Button><a class="app-link" href="/en/calls">Cancel</a></ButtonGroup>
 */
export function ButtonGroup({ children }: { children?: Child }) {
  return <div class="app-button-group">{children}</div>
}
