import { raw } from 'hono/html'
import { europeMap, type MapShape } from '../../../platform/maps/europe-map.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { countryName } from '../../accounts/index.js'
import type { MapCounts } from './map-queries.js'

/** A range of counts drawn in one shade; `shade` is 1 (lightest) to 4. */
export interface CountClass {
  from: number
  to: number
  shade: number
}

/** Up to four equal ranges from 1 to the largest count, so a map with few practices stays readable. */
export function countClasses(max: number): CountClass[] {
  if (max < 1) return []
  const step = Math.ceil(max / 4)
  const classes: CountClass[] = []
  for (let from = 1, shade = 1; from <= max; from += step, shade += 1)
    classes.push({ from, to: Math.min(max, from + step - 1), shade })
  return classes
}

export function shadeOf(count: number, classes: CountClass[]): number {
  return classes.find((range) => count >= range.from && count <= range.to)?.shade ?? 0
}

const landCache = new WeakMap<MapShape, string>()

/**
 * A country without practices, as markup kept for the process: the path data is only numbers
 * and the letters M, L and Z (d3-geo's output), so it needs no escaping, which would cost more
 * than the rest of the page on every request.
 */
function landMarkup(shape: MapShape): string {
  let markup = landCache.get(shape)
  if (markup === undefined) {
    markup = shape.code
      ? `<path class="app-map__land app-map__land--known" data-country="${shape.code}" d="${shape.path}"></path>`
      : `<path class="app-map__land" d="${shape.path}"></path>`
    landCache.set(shape, markup)
  }
  return markup
}

export interface MapLinks {
  country: (code: string) => string
  city: (city: string, country: string) => string
}

/**
 * Europe as SVG, with each country that has practices a link shaded by its count and each city
 * with coordinates a circle linking to its practices. A labelled group: every link names its
 * place and count (the same words as the list beside it), so colour is never the only cue.
 */
export function PracticeMapSvg({ ctx, counts, links }: { ctx: PageContext; counts: MapCounts; links: MapLinks }) {
  const { t, locale } = ctx
  const map = europeMap()
  const byCountry = new Map(counts.countries.map((facet) => [facet.value, facet.count]))
  const classes = countClasses(Math.max(0, ...byCountry.values()))
  return (
    // A group of links, not a picture: role="img" would hide the links from assistive technology.
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> cannot hold SVG; the svg is the group.
    <svg
      class="app-map"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-labelledby="practice-map-title"
      aria-describedby="practice-map-desc"
    >
      <title id="practice-map-title">{t('practices.map.svgTitle')}</title>
      <desc id="practice-map-desc">{t('practices.map.svgDesc')}</desc>
      <rect class="app-map__sea" x="0" y="0" width={map.width} height={map.height} />
      <g>
        {raw(
          map.shapes
            .filter((shape) => !shape.code || !byCountry.has(shape.code))
            .map((shape) => landMarkup(shape))
            .join(''),
        )}
      </g>
      {map.shapes
        .filter((shape) => shape.code && byCountry.has(shape.code))
        .map((shape) => {
          const code = shape.code as string
          const count = byCountry.get(code) ?? 0
          const label = t('practices.map.country', { country: countryName(code, locale), count })
          return (
            <a class="app-map__country" href={links.country(code)} aria-label={label}>
              <title>{label}</title>
              {raw(
                `<path class="app-map__shape app-map__fill--${shadeOf(count, classes)}" data-country="${code}" d="${shape.path}"></path>`,
              )}
            </a>
          )
        })}
      {counts.cities.map((city) => {
        const point = map.project(city.longitude, city.latitude)
        if (!point) return null
        const label = t('practices.map.city', {
          city: city.city,
          country: countryName(city.country, locale),
          count: city.count,
        })
        return (
          <a class="app-map__city" href={links.city(city.city, city.country)} aria-label={label}>
            <title>{label}</title>
            <circle cx={point[0]} cy={point[1]} r={Math.min(12, 4 + Math.sqrt(city.count))} />
          </a>
        )
      })}
    </svg>
  )
}

/** The shades and the counts they stand for. */
export function MapLegend({ ctx, counts }: { ctx: PageContext; counts: MapCounts }) {
  const classes = countClasses(Math.max(0, ...counts.countries.map((facet) => facet.count)))
  if (classes.length === 0) return null
  return (
    <div class="app-map-legend">
      <p class="app-body-s app-map-legend__title" id="practice-map-legend">
        {ctx.t('practices.map.legend')}
      </p>
      <ul class="app-map-legend__list" aria-labelledby="practice-map-legend">
        {classes.map((range) => (
          <li class="app-map-legend__item">
            <span class={`app-map-legend__swatch app-map__fill--${range.shade}`} aria-hidden="true" />
            {range.from === range.to
              ? ctx.t('practices.map.legendOne', { from: range.from })
              : ctx.t('practices.map.legendRange', { from: range.from, to: range.to })}
          </li>
        ))}
      </ul>
    </div>
  )
}
