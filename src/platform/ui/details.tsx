import type { Child } from 'hono/jsx'

/**
 * Help that only some visitors need, behind a short link-like summary (GOV.UK "Details"), built
 * on native <details>/<summary>: it opens without JavaScript and browsers announce its state.
 * @example
 * <Details summary={t('calls.eligibility.help')}>
 *   <p class="app-body">{t('calls.eligibility.helpBody')}</p>
 * </Details>
 */
export function Details({
  summary,
  open,
  id,
  children,
}: {
  summary: Child
  open?: boolean
  id?: string
  children?: Child
}) {
  return (
    <details class="app-details" open={open} id={id}>
      <summary class="app-details__summary">
        <span class="app-details__summary-text">{summary}</span>
      </summary>
      <div class="app-details__text">{children}</div>
    </details>
  )
}
