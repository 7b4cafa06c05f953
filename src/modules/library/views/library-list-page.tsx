import { CardGrid } from '../../../platform/ui/card.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { languageName, type Theme, themeLabelKey } from '../../accounts/index.js'
import { isFiltered, LIBRARY_SORTS, type LibraryFilter, libraryFilterParams, PAGE_SIZE } from '../filter.js'
import type { Facet, LibraryListResult } from '../queries.js'
import type { LibraryKind, Licence } from '../tables.js'
import { LibraryCard } from './item-card.js'
import { kindLabel, licenceLabel } from './labels.js'

export interface LibraryListPageProps {
  ctx: PageContext
  filter: LibraryFilter
  result: LibraryListResult
  podcasts: { slug: string; title: string }[]
  canContribute: boolean
  canModerate: boolean
}

export function LibraryListPage({ ctx, filter, result, podcasts, canContribute, canModerate }: LibraryListPageProps) {
  const { t } = ctx
  const path = localHref(ctx, '/library')
  const feedHref = `${path}/feed.xml`
  const selected: Record<Facet, string[]> = {
    kind: filter.kinds,
    theme: filter.themes,
    language: filter.languages,
    year: filter.years.map(String),
    licence: filter.licences,
  }
  const text: Record<Facet, (value: string) => string> = {
    kind: (value) => kindLabel(ctx, value as LibraryKind),
    theme: (value) => t(themeLabelKey(value as Theme)),
    language: (value) => languageName(value, ctx.locale),
    year: (value) => value,
    licence: (value) => licenceLabel(ctx, value as Licence),
  }
  const facetGroup = (facet: Facet, name: string) => {
    const counts = result.facets?.[facet] ?? []
    // Ticked values stay listed even when nothing matches them any more, so they can be unticked.
    const values = [
      ...counts.map((entry) => entry.value),
      ...selected[facet].filter((value) => !counts.some((entry) => entry.value === value)),
    ]
    if (values.length === 0) return null
    const ordered = facet === 'year' ? [...values].sort((a, b) => Number(b) - Number(a)) : values
    return (
      <Checkboxes
        t={t}
        small
        name={name}
        legend={t(`library.filter.${facet}`)}
        items={ordered.map((value) => ({
          value,
          text: `${text[facet](value)} (${counts.find((entry) => entry.value === value)?.count ?? 0})`,
        }))}
        values={selected[facet]}
      />
    )
  }
  return (
    <Layout
      ctx={ctx}
      title={filter.q ? t('library.list.titleFor', { q: filter.q }) : t('library.list.title')}
      description={t('library.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('library.list.title') }]}
      head={<link rel="alternate" type="application/atom+xml" href={feedHref} title={t('library.feed.title')} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('library.list.title')}</h1>
          <p class="app-body-l">{t('library.list.lead')}</p>
          {canContribute || canModerate ? (
            <p class="app-body">
              {canContribute ? (
                <a class="app-link" href={`${path}/contribute`}>
                  {t('library.list.contribute')}
                </a>
              ) : null}
              {canContribute ? ' · ' : null}
              {canContribute ? (
                <a class="app-link" href={`${path}/mine`}>
                  {t('library.mine.title')}
                </a>
              ) : null}
              {canModerate ? ' · ' : null}
              {canModerate ? (
                <a class="app-link" href={`${path}/review`}>
                  {t('library.review.title')}
                </a>
              ) : null}
              {canModerate ? ' · ' : null}
              {canModerate ? (
                <a class="app-link" href={`${path}/podcasts/new`}>
                  {t('library.podcastForm.newTitle')}
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
      <form method="get" action={path} aria-labelledby="filter-heading">
        <div class="app-grid-row">
          <div class="app-grid-column-one-third">
            <h2 class="app-heading-m" id="filter-heading">
              {t('library.filter.heading')}
            </h2>
            <TextInput
              t={t}
              name="q"
              id="library-q"
              type="search"
              label={t('library.filter.q')}
              labelSize="s"
              value={filter.q}
            />
            {facetGroup('kind', 'kind')}
            {facetGroup('theme', 'theme')}
            {facetGroup('language', 'language')}
            {facetGroup('year', 'year')}
            {facetGroup('licence', 'licence')}
            <Select
              t={t}
              name="sort"
              label={t('library.filter.sort')}
              options={LIBRARY_SORTS.filter((sort) => sort !== 'relevance' || filter.q).map((sort) => ({
                value: sort,
                text: t(`library.sort.${sort}`),
              }))}
              value={filter.sort}
            />
            <FilterActions
              apply={t('library.filter.apply')}
              clear={t('library.filter.clear')}
              listPath={path}
              filtered={isFiltered(filter) || filter.q !== ''}
            />
          </div>
          <div class="app-grid-column-two-thirds">
            <h2 class="app-heading-m" id="results-heading">
              {t('library.list.count', { count: result.total })}
            </h2>
            {result.items.length === 0 ? (
              <p class="app-body">{t('library.list.empty')}</p>
            ) : (
              <CardGrid>
                {result.items.map((item) => (
                  <LibraryCard ctx={ctx} item={item} />
                ))}
              </CardGrid>
            )}
            <Pagination
              t={t}
              current={filter.page}
              total={Math.ceil(result.total / PAGE_SIZE)}
              path={path}
              query={libraryFilterParams(filter, { page: false })}
            />
            {podcasts.length > 0 ? (
              <>
                <h2 class="app-heading-m">{t('library.podcasts.heading')}</h2>
                <ul class="app-list">
                  {podcasts.map((podcast) => (
                    <li>
                      <a class="app-link" href={`${path}/podcasts/${podcast.slug}`}>
                        {podcast.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p class="app-body">
              <a class="app-link" href={feedHref}>
                {t('library.list.feed')}
              </a>{' '}
              ·{' '}
              <a class="app-link" href={`/api/library?lang=${ctx.locale}`}>
                {t('library.list.json')}
              </a>
            </p>
          </div>
        </div>
      </form>
    </Layout>
  )
}
