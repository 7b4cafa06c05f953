import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { type PracticeFilter, practiceFilterParams } from '../filter.js'

/** The filter as a query string for another view of the same list: no page, since it is all of it. */
export function filterQuery(filter: PracticeFilter, changes: Partial<PracticeFilter> = {}): string {
  const changed = { ...filter, page: 1, ...changes }
  const params = practiceFilterParams(changed)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** The list's other forms, each keeping the visitor's search and filters. */
export function listLinks(ctx: Pick<PageContext, 'locale'>, filter: PracticeFilter) {
  const apiParams = practiceFilterParams({ ...filter, page: 1 })
  apiParams.set('lang', ctx.locale)
  return {
    list: `${localHref(ctx, '/practices')}${filterQuery(filter)}`,
    map: `${localHref(ctx, '/practices/map')}${filterQuery(filter)}`,
    csv: `${localHref(ctx, '/practices/export.csv')}${filterQuery(filter)}`,
    json: `/api/practices?${apiParams}`,
  }
}
