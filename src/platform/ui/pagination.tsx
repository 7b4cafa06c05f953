import type { Translate } from '../i18n/catalogue.js'
import { classes } from './form-group.js'

export type QueryParams = string | URLSearchParams | Record<string, string | readonly string[] | undefined>

export interface PaginationProps {
  t: Translate
  /** The page shown, from 1. */
  current: number
  /** How many pages there are; with one page or none, nothing is rendered. */
  total: number
  /** Builds a page's link; or give `path` and `query` and the links are built for you. */
  href?: (page: number) => string
  /** The list's path, e.g. "/en/practices". */
  path?: string
  /** The current query (filters, search words), kept in every page's link. */
  query?: QueryParams
  /** The query parameter that holds the page number. */
  param?: string
}

/**
 * The link to one page of a list, keeping every other parameter (filters, search words) so a
 * filtered list pages through the same results. Page 1 has no page parameter: one URL per page.
 * @example pageHref('/en/practices', '?theme=green&page=2', 3) // "/en/practices?theme=green&page=3"
 */
export function pageHref(path: string, query: QueryParams | undefined, page: number, param = 'page'): string {
  const params = toSearchParams(query)
  params.delete(param)
  if (page > 1) params.set(param, String(page))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/**
 * The pages to show: the first, the last, the current one and its neighbours; a gap of one page
 * shows that page, a longer gap an ellipsis (GOV.UK "Pagination").
 * @example pageItems(6, 10) // [1, 'ellipsis', 5, 6, 7, 'ellipsis', 10]
 */
export function pageItems(current: number, total: number): (number | 'ellipsis')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b)
  const items: (number | 'ellipsis')[] = []
  for (const page of shown) {
    const previous = items[items.length - 1]
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) items.push('ellipsis')
    items.push(page)
  }
  return items
}

/**
 * Previous and next links around numbered pages, in a navigation landmark named "Pagination".
 * Put it under the list; give it the same query string the list was filtered with.
 * @example
 * <Pagination t={t} current={page} total={Math.ceil(count / PAGE_SIZE)}
 *   path={localHref(ctx, '/practices')} query={ctx.query} />
 */
export function Pagination(props: PaginationProps) {
  const { t } = props
  if (!Number.isFinite(props.total) || props.total <= 1) return null
  const total = Math.floor(props.total)
  const current = Math.min(Math.max(1, Math.floor(props.current) || 1), total)
  const href = props.href ?? ((page: number) => pageHref(props.path ?? '', props.query, page, props.param))
  return (
    <nav class="app-pagination" aria-label={t('ui.pagination.label')}>
      {current > 1 ? (
        <div class="app-pagination__prev">
          <a class="app-link app-pagination__link" href={href(current - 1)} rel="prev">
            <svg
              class="app-pagination__icon"
              xmlns="http://www.w3.org/2000/svg"
              width="15"
              height="13"
              viewBox="0 0 15 13"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M6.5 0 0 6.5 6.5 13l1.4-1.4-4.1-4.1H15v-2H3.8l4.1-4.1z" />
            </svg>
            <span>{t('ui.pagination.previous')}</span>
          </a>
        </div>
      ) : null}
      <ul class="app-pagination__list">
        {pageItems(current, total).map((item) =>
          item === 'ellipsis' ? (
            <li class="app-pagination__item app-pagination__item--ellipsis">⋯</li>
          ) : (
            <li class={classes('app-pagination__item', item === current && 'app-pagination__item--current')}>
              <a
                class="app-link app-pagination__link"
                href={href(item)}
                aria-label={t('ui.pagination.page', { page: item })}
                aria-current={item === current ? 'page' : undefined}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div class="app-pagination__next">
          <a class="app-link app-pagination__link" href={href(current + 1)} rel="next">
            <span>{t('ui.pagination.next')}</span>
            <svg
              class="app-pagination__icon"
              xmlns="http://www.w3.org/2000/svg"
              width="15"
              height="13"
              viewBox="0 0 15 13"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1L8.5 13 15 6.5z" />
            </svg>
          </a>
        </div>
      ) : null}
    </nav>
  )
}

function toSearchParams(query: QueryParams | undefined): URLSearchParams {
  if (query === undefined) return new URLSearchParams()
  if (typeof query === 'string' || query instanceof URLSearchParams) return new URLSearchParams(query)
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue
    for (const item of typeof value === 'string' ? [value] : value) params.append(name, item)
  }
  return params
}
