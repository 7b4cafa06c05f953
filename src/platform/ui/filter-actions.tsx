import { Button, ButtonGroup } from './button.js'

/**
 * The end of a list's GET filter form: a button that applies the filter and, only while one is
 * applied, a link back to the list without it (a plain link, so clearing needs no JavaScript).
 * @example <FilterActions apply={t('audit.filter.apply')} clear={t('audit.filter.clear')} listPath={listPath} filtered={filtered} />
 */
export function FilterActions({
  apply,
  clear,
  listPath,
  filtered,
}: {
  apply: string
  clear: string
  /** The list's own path, without a query: following it drops every filter. */
  listPath: string
  filtered: boolean
}) {
  return (
    <ButtonGroup>
      <Button variant="secondary">{apply}</Button>
      {filtered ? (
        <a class="app-link" href={listPath}>
          {clear}
        </a>
      ) : null}
    </ButtonGroup>
  )
}
