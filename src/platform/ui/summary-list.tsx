import type { Child } from 'hono/jsx'
import { classes } from './form-group.js'

export interface SummaryListAction {
  href: string
  text: Child
  /** Completes the link's name for screen readers: "Change" + " email address". */
  visuallyHiddenText?: Child
}

export interface SummaryListRow {
  key: Child
  value: Child
  actions?: SummaryListAction[]
}

/**
 * Pairs of keys and values (GOV.UK "Summary list"), as a description list: the facts of a
 * practice, or the answers of an application to check before sending, with "Change" links.
 * @example
 * <SummaryList rows={[
 *   { key: t('practices.city'), value: practice.city },
 *   { key: t('calls.answers.email'), value: values.email,
 *     actions: [{ href: '#email', text: t('calls.change'), visuallyHiddenText: t('calls.answers.email') }] },
 * ]} />
 */
export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0)
  return (
    <dl class={classes('app-summary-list', noBorder && 'app-summary-list--no-border')}>
      {rows.map((row) => {
        const actions = row.actions ?? []
        return (
          <div
            class={classes(
              'app-summary-list__row',
              anyActions && actions.length === 0 && 'app-summary-list__row--no-actions',
            )}
          >
            <dt class="app-summary-list__key">{row.key}</dt>
            <dd class="app-summary-list__value">{row.value}</dd>
            {actions.length === 1 ? (
              <dd class="app-summary-list__actions">
                <ActionLink action={actions[0]!} />
              </dd>
            ) : actions.length > 1 ? (
              <dd class="app-summary-list__actions">
                <ul class="app-summary-list__actions-list">
                  {actions.map((action) => (
                    <li class="app-summary-list__actions-list-item">
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        )
      })}
    </dl>
  )
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <a class="app-link" href={action.href}>
      {action.text}
      {action.visuallyHiddenText ? <span class="app-visually-hidden"> {action.visuallyHiddenText}</span> : null}
    </a>
  )
}
