import type { FormError } from '../../../platform/forms/form-state.js'
import { fieldError } from '../../../platform/forms/form-state.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary } from '../../../platform/ui/error-summary.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { Fieldset, FormGroup, Hint } from '../../../platform/ui/form-group.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { countryName, POPULATION_BANDS, type Theme, themeLabelKey } from '../../accounts/index.js'
import { PAGE_SIZE, type PracticeFilter, practiceFilterParams } from '../filter.js'
import type { FacetCount, PracticeSearchResult } from '../queries.js'
import { PracticeCard } from '../views/practice-card.js'
import { EXPORT_CAP } from './export-csv.js'
import { listLinks } from './list-links.js'

export interface PracticeListRegionsProps {
  ctx: PageContext
  filter: PracticeFilter
  result: PracticeSearchResult
  /** The query string as the visitor sent it, so a mistyped year is shown back as typed. */
  params: URLSearchParams
  errors: FormError[]
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

/** Whether anything narrows the list: then "clear" is offered and "no match" replaces "empty". */
export function isFiltered(filter: PracticeFilter, errors: FormError[]): boolean {
  return (
    filter.q !== '' ||
    filter.countries.length +
      filter.themes.length +
      filter.transformations.length +
      filter.statuses.length +
      filter.organisationKinds.length +
      filter.populationBands.length >
      0 ||
    filter.yearFrom !== null ||
    filter.yearTo !== null ||
    filter.selected !== null ||
    errors.length > 0
  )
}

/** The error summary's place, kept (empty) when there is none so live updates can fill it. */
export function PracticeListErrors({ ctx, errors }: { ctx: PageContext; errors: FormError[] }) {
  return (
    <div id="practice-errors">
      <ErrorSummary t={ctx.t} errors={errors} />
    </div>
  )
}

/** The filter column: every facet with its counts, the start years, apply and clear. */
export function PracticeListFilters({ ctx, filter, result, params, errors }: PracticeListRegionsProps) {
  const { t, locale } = ctx
  // Countries in the alphabetical order of their names, easier to scan than by count.
  const countries = facetItems(ctx, result.facets.country, filter.countries, (code) => countryName(code, locale)).sort(
    (a, b) => a.label.localeCompare(b.label, locale),
  )
  const themes = facetItems(ctx, result.facets.theme, filter.themes, (theme) => t(themeLabelKey(theme as Theme)))
  const transformations = facetItems(ctx, result.facets.transformation, filter.transformations, (value) =>
    t(`practices.transformation.${value}`),
  )
  const statuses = facetItems(ctx, result.facets.status, filter.statuses, (value) => t(`practices.status.${value}`))
  const kinds = facetItems(ctx, result.facets.organisationKind, filter.organisationKinds, (value) =>
    t(`organisations.kind.${value}`),
  )
  // Bands from small to large, the order in which people think of city sizes.
  const bands = facetItems(ctx, result.facets.populationBand, filter.populationBands, (value) =>
    t(`organisations.population.${value}`),
  ).sort(
    (a, b) =>
      POPULATION_BANDS.indexOf(a.value as (typeof POPULATION_BANDS)[number]) -
      POPULATION_BANDS.indexOf(b.value as (typeof POPULATION_BANDS)[number]),
  )
  const selectedCount = (value: string) => result.facets.selected.find((facet) => facet.value === value)?.count ?? 0
  const years = result.facets.startYear.map((facet) => Number(facet.value)).filter(Number.isFinite)
  const firstYear = years.length > 0 ? Math.min(...years) : null
  const lastYear = years.length > 0 ? Math.max(...years) : null
  const facetGroup = (name: string, legend: string, items: ReturnType<typeof facetItems>, values: readonly string[]) =>
    items.length > 0 ? <Checkboxes t={t} small name={name} legend={legend} items={items} values={values} /> : null
  return (
    <div id="practice-filters">
      <h2 class="app-heading-m" id="filter-heading">
        {t('practices.filter.heading')}
      </h2>
      {facetGroup('country', t('practices.filter.country'), countries, filter.countries)}
      {facetGroup('theme', t('practices.filter.theme'), themes, filter.themes)}
      {facetGroup('transformation', t('practices.filter.transformation'), transformations, filter.transformations)}
      {facetGroup('status', t('practices.filter.status'), statuses, filter.statuses)}
      {facetGroup('kind', t('practices.filter.kind'), kinds, filter.organisationKinds)}
      {facetGroup('population', t('practices.filter.population'), bands, filter.populationBands)}
      <Radios
        t={t}
        small
        name="selected"
        legend={t('practices.filter.selected')}
        items={[
          { value: '', text: t('practices.filter.selected.any') },
          ...(['yes', 'no'] as const).map((value) => ({
            value,
            text: t('practices.filter.option', {
              label: t(`practices.filter.selected.${value}`),
              count: selectedCount(value),
            }),
          })),
        ]}
        value={filter.selected === null ? '' : filter.selected ? 'yes' : 'no'}
      />
      <FormGroup>
        <Fieldset legend={t('practices.filter.years')} describedBy="years-hint">
          <Hint id="years-hint">
            {firstYear !== null && lastYear !== null
              ? t('practices.filter.years.hint', { first: String(firstYear), last: String(lastYear) })
              : t('practices.filter.years.none')}
          </Hint>
          <div class="app-year-range">
            {(['from', 'to'] as const).map((field) => (
              <TextInput
                t={t}
                name={field}
                label={t(`practices.filter.${field}`)}
                inputmode="numeric"
                autocomplete="off"
                spellcheck={false}
                width="4"
                value={params.get(field)?.trim() ?? ''}
                error={fieldError(errors, field)}
                groupClass="app-year-range__field"
              />
            ))}
          </div>
        </Fieldset>
      </FormGroup>
      <FilterActions
        apply={t('practices.filter.apply')}
        clear={t('practices.filter.clear')}
        listPath={localHref(ctx, '/practices')}
        filtered={isFiltered(filter, errors)}
      />
    </div>
  )
}

/** The count, the cards, the pages, and the same list as a map, a CSV file and JSON. */
export function PracticeListResults({ ctx, filter, result, errors }: PracticeListRegionsProps) {
  const { t } = ctx
  const path = localHref(ctx, '/practices')
  const pageCount = Math.ceil(result.total / PAGE_SIZE)
  const suggestionParams = practiceFilterParams({ ...filter, q: result.suggestion ?? '', page: 1 })
  const links = listLinks(ctx, filter)
  return (
    <div id="practice-results" data-announcement={t('practices.list.found', { count: result.total })}>
      <h2 class="app-heading-m" id="results-heading">
        {t('practices.list.count', { count: result.total })}
      </h2>
      {result.items.length === 0 ? (
        <>
          <p class="app-body">{t(isFiltered(filter, errors) ? 'practices.list.noMatch' : 'practices.list.empty')}</p>
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
      <Pagination t={t} current={filter.page} total={pageCount} path={path} query={practiceFilterParams(filter)} />
      {result.total > 0 ? (
        <>
          <h3 class="app-heading-s">{t('practices.list.other')}</h3>
          <ul class="app-list">
            <li>
              <a class="app-link" href={links.map}>
                {t('practices.map.link')}
              </a>
            </li>
            <li>
              <a class="app-link" href={links.csv} download>
                {t('practices.export.csv')}
              </a>
            </li>
            <li>
              <a class="app-link" href={links.json}>
                {t('practices.export.json')}
              </a>
            </li>
          </ul>
          <p class="app-hint">{t('practices.export.cap', { cap: EXPORT_CAP })}</p>
        </>
      ) : null}
    </div>
  )
}
