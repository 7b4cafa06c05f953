import type { Child } from 'hono/jsx'

/**
 * Text for screen readers only, e.g. the field a "Change" link changes. Kept in the layout (not
 * display:none) so it is read; hidden visually with the clip pattern of `.app-visually-hidden`.
 * @example <a href="#email">Change<VisuallyHidden> email address</VisuallyHidden></a>
 */
export function VisuallyHidden({ children }: { children?: Child }) {
  return <span class="app-visually-hidden">{children}</span>
}
