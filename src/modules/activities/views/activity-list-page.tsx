import { CardGrid } from '../../../platform/ui/card.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Select } from '../../../platform/ui/select.js'
import { countryName, THEMES, themeLabelKey } from '../../accounts/index.js'
import { type ActivityFilter, activityFilterParams, PAGE_SIZE } from '../filter.js'
import type { ActivityListResult } from '../queries.js'
import { ACTIVITY_KINDS } from '../tables.js'
import { ActivityCard, kindLabel } from './activity-card.js'

export interface ActivityListPageProps {
  ctx: PageContext
  filter: ActivityFilter
  result: ActivityListResult
  options: { countries: string[]; series: { slug: string; title: string }[] }
  /** Editors and organisation admins get a link to create one. */
  canCreate?: boolean
}

export function ActivityListPage({ ctx, filter, result, options, canCreate }: ActivityListPageProps) {
  const { t, locale } = ctx
  const path = localHref(ctx, '/activities')
  const feedQuery = activityFilterParams({ ...filter, when: 'upcoming', page: 1 })
  const feedHref = `${path}/calendar.ics${feedQuery.size > 0 ? `?${feedQuery}` : ''}`
  const filtered =
    filter.kinds.length + filter.themes.length + filter.countries.length > 0 ||
    filter.format !== null ||
    filter.open ||
    filter.series !== null ||
    filter.when === 'past'
  const countries = options.countries
    .map((code) => ({ value: code, text: countryName(code, locale) }))
    .sort((a, b) => a.text.localeCompare(b.text, locale))
  return (
    <Layout
      ctx={ctx}
      title={t('activities.list.title')}
      description={t('activities.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('activities.list.title') }]}
      head={<link rel="alternate" type="text/calendar" href={feedHref} title={t('activities.list.feedTitle')} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('activities.list.title')}</h1>
          <p class="app-body-l">{t('activities.list.lead')}</p>
          {canCreate ? (
            <p class="app-body">
              <a class="app-link" href={`${path}/new`}>
                {t('activities.list.create')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <form method="get" action={path} aria-labelledby="filter-heading">
        <div class="app-grid-row">
          <div class="app-grid-column-one-third">
            <h2 class="app-heading-m" id="filter-heading">
              {t('activities.filter.heading')}
            </h2>
            <Radios
              t={t}
              small
              name="when"
              legend={t('activities.filter.when')}
              items={[
                { value: 'upcoming', text: t('activities.list.upcoming') },
                { value: 'past', text: t('activities.list.past') },
              ]}
              value={filter.when}
            />
            <Checkboxes
              t={t}
              small
              name="kind"
              legend={t('activities.filter.kind')}
              items={ACTIVITY_KINDS.map((kind) => ({ value: kind, text: kindLabel(ctx, kind) }))}
              values={filter.kinds}
            />
            <Radios
              t={t}
              small
              name="format"
              legend={t('activities.filter.format')}
              items={[
                { value: '', text: t('activities.filter.format.any') },
                { value: 'online', text: t('activities.filter.format.online') },
                { value: 'on-site', text: t('activities.filter.format.onSite') },
              ]}
              value={filter.format ?? ''}
            />
            <Checkboxes
              t={t}
              small
              name="open"
              legend={t('activities.filter.open')}
              items={[{ value: 'yes', text: t('activities.filter.openOnly') }]}
              values={filter.open ? ['yes'] : []}
            />
            {options.series.length > 0 ? (
              <Select
                t={t}
                name="series"
                label={t('activities.filter.series')}
                options={[
                  { value: '', text: t('activities.filter.series.any') },
                  ...options.series.map((series) => ({ value: series.slug, text: series.title })),
                ]}
                value={filter.series ?? ''}
              />
            ) : null}
            {countries.length > 0 ? (
              <Checkboxes
                t={t}
                small
                name="country"
                legend={t('activities.filter.country')}
                items={countries}
                values={filter.countries}
              />
            ) : null}
            <Checkboxes
              t={t}
              small
              name="theme"
              legend={t('activities.filter.theme')}
              items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
              values={filter.themes}
            />
            <FilterActions
              apply={t('activities.filter.apply')}
              clear={t('activities.filter.clear')}
              listPath={path}
              filtered={filtered}
            />
          </div>
          <div class="app-grid-column-two-thirds">
            <h2 class="app-heading-m" id="results-heading">
              {t(filter.when === 'past' ? 'activities.list.past' : 'activities.list.upcoming')} ·{' '}
              {t('activities.list.count', { count: result.total })}
            </h2>
            {result.items.length === 0 ? (
              <p class="app-body">{t('activities.list.empty')}</p>
            ) : (
              <CardGrid>
                {result.items.map((activity) => (
                  <ActivityCard ctx={ctx} activity={activity} />
                ))}
              </CardGrid>
            )}
            <Pagination
              t={t}
              current={filter.page}
              total={Math.ceil(result.total / PAGE_SIZE)}
              path={path}
              query={activityFilterParams(filter)}
            />
            {/* After the cards, so a list's first link to /activities/… is its first activity. */}
            <p class="app-body">
              <a class="app-link" href={`${path}/calendar`}>
                {t('activities.list.calendarLink')}
              </a>{' '}
              ·{' '}
              <a class="app-link" href={feedHref}>
                {t('activities.list.feed')}
              </a>
            </p>
            {options.series.length > 0 ? (
              <>
                <h2 class="app-heading-m">{t('activities.filter.series')}</h2>
                <ul class="app-list">
                  {options.series.map((series) => (
                    <li>
                      <a class="app-link" href={`${path}/series/${series.slug}`}>
                        {series.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </div>
      </form>
    </Layout>
  )
}
