import type { Child } from 'hono/jsx'
import { classes } from './form-group.js'

/** Each pairs a tint with a dark text colour of at least 4.5:1 (checked in tokens.test.ts). */
export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow'

/**
 * A short status or category label (GOV.UK "Tag"): "Open", "Closing soon", a theme. It is not a
 * link or a button; don't rely on the colour alone, the word says it.
 * @example <Tag colour="green">{t('calls.status.open')}</Tag>
 */
export function Tag({ colour, children }: { colour?: TagColour; children?: Child }) {
  return <strong class={classes('app-tag', colour && `app-tag--${colour}`)}>{children}</strong>
}
