import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { countryName } from '../../accounts/index.js'
import type { PracticeFilter } from '../filter.js'
import { filterQuery, listLinks } from './list-links.js'
import type { MapCounts } from './map-queries.js'
import { MapLegend, type MapLinks, PracticeMapSvg } from './map-svg.js'
import { isFiltered } from './practice-list-regions.js'

export interface PracticeMapPageProps {
  ctx: PageContext
  filter: PracticeFilter
  counts: MapCounts
}

/** Links from the map to the list, keeping every other filter; a city is searched by its name. */
export function mapLinks(ctx: PageContext, filter: PracticeFilter): MapLinks {
  const list = localHref(ctx, '/practices')
  return {
    country: (code) => `${list}${filterQuery(filter, { countries: [code] })}`,
    city: (city, country) =>
      `${list}${filterQuery(filter, { countries: [country], q: [filter.q, city].filter(Boolean).join(' ') })}`,
  }
}

/** The map and, beside it, the same counts as a table of links (its accessible equivalent). */
export function PracticeMapPage({ ctx, filter, counts }: PracticeMapPageProps) {
  const { t, locale } = ctx
  const links = mapLinks(ctx, filter)
  const countries = [...counts.countries].sort((a, b) =>
    countryName(a.value, locale).localeCompare(countryName(b.value, locale), locale),
  )
  return (
    <Layout
      ctx={ctx}
      title={t('practices.map.title')}
      description={t('practices.map.lead')}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: t('practices.map.title') },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('practices.map.title')}</h1>
          <p class="app-body-l">{t('practices.map.lead')}</p>
          {isFiltered(filter, []) ? <p class="app-body">{t('practices.map.filtered')}</p> : null}
          <p class="app-body">
            <a class="app-link" href={listLinks(ctx, filter).list}>
              {t('practices.map.backToList')}
            </a>
          </p>
        </div>
      </div>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <figure class="app-map-figure">
            <PracticeMapSvg ctx={ctx} counts={counts} links={links} />
            <figcaption>
              <MapLegend ctx={ctx} counts={counts} />
            </figcaption>
          </figure>
        </div>
        <div class="app-grid-column-one-third">
          <h2 class="app-heading-m" id="practice-map-list">
            {t('practices.map.listHeading')}
          </h2>
          <p class="app-body">{t('practices.list.count', { count: counts.total })}</p>
          {countries.length === 0 ? (
            <p class="app-body">{t('practices.map.empty')}</p>
          ) : (
            <table class="app-table" aria-labelledby="practice-map-list">
              <thead class="app-table__head">
                <tr class="app-table__row">
                  <th scope="col" class="app-table__header">
                    {t('practices.map.countryColumn')}
                  </th>
                  <th scope="col" class="app-table__header app-table__header--numeric">
                    {t('practices.map.countColumn')}
                  </th>
                </tr>
              </thead>
              <tbody class="app-table__body">
                {countries.flatMap((country) => [
                  <tr class="app-table__row">
                    <th scope="row" class="app-table__header">
                      <a class="app-link" href={links.country(country.value)}>
                        {countryName(country.value, locale)}
                      </a>
                    </th>
                    <td class="app-table__cell app-table__cell--numeric">{country.count}</td>
                  </tr>,
                  ...counts.cities
                    .filter((city) => city.country === country.value)
                    .map((city) => (
                      <tr class="app-table__row">
                        <td class="app-table__cell app-map-table__city">
                          <a class="app-link" href={links.city(city.city, city.country)}>
                            {city.city}
                          </a>
                        </td>
                        <td class="app-table__cell app-table__cell--numeric">{city.count}</td>
                      </tr>
                    )),
                ])}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </Layout>
  )
}
