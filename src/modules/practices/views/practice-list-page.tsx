import { Button } from '../../../platform/ui/button.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { countryName, type Theme, themeLabelKey } from '../../accounts/index.js'
import { PAGE_SIZE, type PracticeFilter, practiceFilterParams } from '../filter.js'
import type { FacetCount, PracticeSearchResult } from '../queries.js'
import { PracticeCard } from './practice-card.js'

export interface PracticeListPageProps {
  ctx: PageContext
  filter: PracticeFilter
  result: PracticeSearchResult
}

/** A facet's options with their counts; a chosen value stays listed even when its count is 0. */
function facetItems(
  ctx: PageContext,
  facets: FacetCount[],
  chosen: readonly string[],
  label: (value: string) => string,
) {
  const counts = new Map(facets.map((facet) => [facet.value, facet.count]))
  for (const value of chosen) if (!counts.has(value)) counts.set(value, 0)
  return [...counts].map(([value, count]) => ({
    value,
    label: label(value),
    text: ctx.t('practices.filter.option', { label: label(value), count }),
  }))
}

export function PracticeListPage({ ctx, filter, result }: PracticeListPageProps) {
  const { t, locale } = ctx
  const path = localHref(ctx, '/practices')
  const filtered =
    filter.q !== '' ||
    filter.countries.length + filter.themes.length + filter.transformations.length + filter.statuses.length > 0
  const pageCount = Math.ceil(result.total / PAGE_SIZE)
  const suggestionParams = practiceFilterParams({ ...filter, q: result.suggestion ?? '', page: 1 })
  // Countries in the alphabetical order of their names, easier to scan than by count.
  const countries = facetItems(ctx, result.facets.country, filter.countries, (code) => countryName(code, locale)).sort(
    (a, b) => a.label.localeCompare(b.label, locale),
  )
  const themes = facetItems(ctx, result.facets.theme, filter.themes, (theme) => t(themeLabelKey(theme as Theme)))
  const transformations = facetItems(ctx, result.facets.transformation, filter.transformations, (value) =>
    t(`practices.transformation.${value as 'green'}`),
  )
  const statuses = facetItems(ctx, result.facets.status, filter.statuses, (value) =>
    t(`practices.status.${value as 'ongoing'}`),
  )
  return (
    <Layout
      ctx={ctx}
      title={t('practices.list.title')}
      description={t('practices.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('practices.list.title') }]}
      head={
        <link rel="alternate" type="application/atom+xml" href={`${path}/feed.xml`} title={t('practices.feed.title')} />
      }
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('practices.list.title')}</h1>
          <p class="app-body-l">{t('practices.list.lead')}</p>
        </div>
      </div>
      <form method="get" action={path} aria-labelledby="filter-heading">
        <div class="app-grid-row">
          <div class="app-grid-column-two-thirds">
            <TextInput
              t={t}
              name="q"
              type="search"
              label={t('practices.search.label')}
              hint={t('practices.search.hint')}
              value={filter.q}
              spellcheck={true}
            />
            <Select
              t={t}
              name="sort"
              label={t('practices.sort.label')}
              options={(['relevance', 'newest', 'title'] as const).map((sort) => ({
                value: sort,
                text: t(`practices.sort.${sort}`),
              }))}
              value={filter.sort}
            />
            <Button>{t('practices.search.submit')}</Button>
          </div>
        </div>
        <div class="app-grid-row">
          <div class="app-grid-column-one-third">
            <h2 class="app-heading-m" id="filter-heading">
              {t('practices.filter.heading')}
            </h2>
            {countries.length > 0 ? (
              <Checkboxes
                t={t}
                small
                name="country"
                legend={t('practices.filter.country')}
                items={countries}
                values={filter.countries}
              />
            ) : null}
            {themes.length > 0 ? (
              <Checkboxes
                t={t}
                small
                name="theme"
                legend={t('practices.filter.theme')}
                items={themes}
                values={filter.themes}
              />
            ) : null}
            {transformations.length > 0 ? (
              <Checkboxes
                t={t}
                small
                name="transformation"
                legend={t('practices.filter.transformation')}
                items={transformations}
                values={filter.transformations}
              />
            ) : null}
            {statuses.length > 0 ? (
              <Checkboxes
                t={t}
                small
                name="status"
                legend={t('practices.filter.status')}
                items={statuses}
                values={filter.statuses}
              />
            ) : null}
            <Button variant="secondary">{t('practices.filter.apply')}</Button>
            {filtered ? (
              <p class="app-body">
                <a class="app-link" href={path}>
                  {t('practices.filter.clear')}
                </a>
              </p>
            ) : null}
          </div>
          <div class="app-grid-column-two-thirds">
            <h2 class="app-heading-m" id="results-heading" aria-live="polite">
              {t('practices.list.count', { count: result.total })}
            </h2>
            {result.items.length === 0 ? (
              <>
                <p class="app-body">{t(filtered ? 'practices.list.noMatch' : 'practices.list.empty')}</p>
                {result.suggestion ? (
                  <p class="app-body">
                    {t('practices.list.didYouMean')}{' '}
                    <a class="app-link" href={`${path}?${suggestionParams}`}>
                      {result.suggestion}
                    </a>
                  </p>
                ) : null}
              </>
            ) : (
              <CardGrid>
                {result.items.map((practice) => (
                  <PracticeCard ctx={ctx} practice={practice} />
                ))}
              </CardGrid>
            )}
            <Pagination
              t={t}
              current={filter.page}
              total={pageCount}
              path={path}
              query={practiceFilterParams(filter)}
            />
          </div>
        </div>
      </form>
    </Layout>
  )
}
