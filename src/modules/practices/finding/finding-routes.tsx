import { type Context, Hono } from 'hono'
import type { AppEnv } from '../../../platform/http/env.js'
import { renderPage } from '../../../platform/http/render.js'
import { can } from '../../accounts/index.js'
import { parsePracticeFilter } from '../filter.js'
import { canReviewPractices } from '../policy.js'
import { searchPractices } from '../queries.js'
import { PracticeListPage } from '../views/practice-list-page.js'
import { practicesCsvStream } from './export-csv.js'
import { PracticeMapPage } from './map-page.js'
import { mapCounts } from './map-queries.js'
import { PracticeListErrors, PracticeListFilters, PracticeListResults } from './practice-list-regions.js'
import { yearFieldErrors } from './year-fields.js'

/**
 * The request header with which the live search (client/practice-search.ts) asks for the list's
 * regions only: errors, filters and results, without the page around them.
 */
export const FRAGMENT_HEADER = 'Stoa-Fragment'

/** GET /practices: the whole page, or its regions for the live search. */
export async function practiceListHandler(c: Context<AppEnv>) {
  const ctx = c.var.pageContext()
  const params = new URL(c.req.url).searchParams
  const filter = parsePracticeFilter(params)
  const errors = yearFieldErrors(params, ctx.t)
  const result = await searchPractices(c.var.db, filter, ctx.locale)
  // The same URL answers with the page or with its regions: caches must keep them apart.
  c.header('Vary', FRAGMENT_HEADER)
  if (c.req.header(FRAGMENT_HEADER) === 'results') {
    const regions = { ctx, filter, result, params, errors }
    return c.html(
      <>
        <PracticeListErrors ctx={ctx} errors={errors} />
        <PracticeListFilters {...regions} />
        <PracticeListResults {...regions} />
      </>,
    )
  }
  const writerLinks = { member: can(c.var.actor, 'member.act'), editor: canReviewPractices(c.var.actor) }
  return renderPage(
    c,
    <PracticeListPage
      ctx={ctx}
      filter={filter}
      result={result}
      params={params}
      errors={errors}
      writerLinks={writerLinks}
    />,
  )
}

/** GET /map · GET /export.csv; mounted before /:slug, whose pattern would take these names. */
export const findingRoutes = new Hono<AppEnv>()

findingRoutes.get('/map', async (c) => {
  const ctx = c.var.pageContext()
  const filter = parsePracticeFilter(new URL(c.req.url).searchParams)
  const counts = await mapCounts(c.var.db, filter, ctx.locale)
  return renderPage(c, <PracticeMapPage ctx={ctx} filter={filter} counts={counts} />)
})

findingRoutes.get('/export.csv', (c) => {
  const ctx = c.var.pageContext()
  const filter = parsePracticeFilter(new URL(c.req.url).searchParams)
  const date = c.var.now().toISOString().slice(0, 10)
  const stream = practicesCsvStream(c.var.db, filter, {
    locale: ctx.locale,
    t: ctx.t,
    baseUrl: c.var.config.http.baseUrl,
  })
  return c.body(stream, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="practices-${date}.csv"`,
  })
})
