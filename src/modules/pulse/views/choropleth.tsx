import { scaleQuantize } from 'd3-scale'
import { raw } from 'hono/html'
import { europeMap } from '../../../platform/maps/europe-map.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { countryName } from '../../accounts/index.js'
import type { NumericResult } from '../results.js'
import { MIN_GROUP } from '../stats.js'
import { formatValue } from './question-result.js'

/** The map is drawn only when at least this many countries have a (non-suppressed) median. */
export const MIN_MAP_COUNTRIES = 5
export const CLASS_COUNT = 5

export interface ValueClass {
  /** 1 (lightest) to CLASS_COUNT. */
  shade: number
  from: number
  to: number
}

/**
 * Five equal ranges (d3's quantize scale) from the smallest to the largest country median; when
 * every median is the same, one range around it so the scale stays defined.
 */
export function valueClasses(values: readonly number[]): { classes: ValueClass[]; shadeOf: (value: number) => number } {
  const min = Math.min(...values)
  const max = Math.max(...values)
  const domain: [number, number] = min === max ? [min - 0.5, max + 0.5] : [min, max]
  const shades = Array.from({ length: CLASS_COUNT }, (_, index) => index + 1)
  const scale = scaleQuantize<number>().domain(domain).range(shades)
  const classes = shades.map((shade) => {
    const [from, to] = scale.invertExtent(shade)
    return { shade, from, to }
  })
  return { classes, shadeOf: (value) => scale(value) }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Europe coloured by each country's median, over the same country aggregates as the table (only
 * countries with at least MIN_GROUP organisations: the others, like countries without answers,
 * are drawn in the "no data" colour with no value anywhere). A picture (role="img"): the table
 * that follows gives every value, so colour is never the only cue.
 */
export function ChoroplethView(props: {
  ctx: PageContext
  id: string
  label: string
  result: NumericResult
  unit: string
}) {
  const { ctx, result } = props
  const { t } = ctx
  if (result.countries.length < MIN_MAP_COUNTRIES) return null
  const format = (value: number) => `${formatValue(ctx, value)}${props.unit ? ` ${props.unit}` : ''}`
  const { classes, shadeOf } = valueClasses(result.countries.map((row) => row.median))
  const byCountry = new Map(result.countries.map((row) => [row.country, row.median]))
  const map = europeMap()
  const title = t('pulse.map.title', { question: props.label })
  // Path data is only numbers and M, L, Z (d3-geo's output); names and values are escaped.
  const shapes = map.shapes
    .map((shape) => {
      const value = shape.code ? byCountry.get(shape.code) : undefined
      if (!shape.code) return `<path class="app-choropleth__land" d="${shape.path}"></path>`
      const name = countryName(shape.code, ctx.locale)
      const label =
        value === undefined
          ? t('pulse.map.countryNoData', { country: name })
          : t('pulse.map.countryValue', { country: name, value: format(value) })
      const cls = value === undefined ? 'app-choropleth__no-data' : `app-choropleth__class-${shadeOf(value)}`
      return `<path class="app-choropleth__country ${cls}" d="${shape.path}"><title>${escapeText(label)}</title></path>`
    })
    .join('')
  return (
    <figure class="app-choropleth">
      <svg
        class="app-map"
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${props.id}-map-title`}
      >
        <title id={`${props.id}-map-title`}>{title}</title>
        <rect class="app-map__sea" x="0" y="0" width={map.width} height={map.height} />
        <g>{raw(shapes)}</g>
      </svg>
      <figcaption>
        <p class="app-body-s">{t('pulse.map.legend', { min: MIN_GROUP })}</p>
        <ul class="app-choropleth__legend">
          {classes.map((range) => (
            <li class="app-body-s">
              <span class={`app-pulse-swatch app-choropleth__class-${range.shade}`} aria-hidden="true" />
              {t('pulse.map.range', { from: format(range.from), to: format(range.to) })}
            </li>
          ))}
          <li class="app-body-s">
            <span class="app-pulse-swatch app-choropleth__no-data" aria-hidden="true" />
            {t('pulse.map.noData', { min: MIN_GROUP })}
          </li>
        </ul>
      </figcaption>
    </figure>
  )
}

/** The countries' figures, right after the map (or alone when too few countries for a map). */
export function CountryTable(props: { ctx: PageContext; id: string; result: NumericResult; unit: string }) {
  const { ctx, result } = props
  const { t } = ctx
  const format = (value: number) => `${formatValue(ctx, value)}${props.unit ? ` ${props.unit}` : ''}`
  return (
    <Table
      caption={t('pulse.results.countriesCaption')}
      captionSize="s"
      firstCellIsHeader
      scrollableId={`${props.id}-countries`}
      head={[
        t('pulse.results.country'),
        { text: t('pulse.results.median'), numeric: true },
        { text: t('pulse.results.mean'), numeric: true },
        { text: t('pulse.results.respondentsColumn'), numeric: true },
      ]}
      rows={[...result.countries]
        .sort((a, b) =>
          countryName(a.country, ctx.locale).localeCompare(countryName(b.country, ctx.locale), ctx.locale),
        )
        .map((row) => [
          countryName(row.country, ctx.locale),
          { text: format(row.median), numeric: true },
          { text: format(row.mean), numeric: true },
          { text: String(row.n), numeric: true },
        ])}
    />
  )
}
