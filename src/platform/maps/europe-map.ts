import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { CountryCode } from '../../modules/accounts/index.js'
import { KOSOVO_NAME, NUMERIC_TO_ALPHA2 } from './iso-numeric.js'

/** The drawing's width in SVG units; the height follows from the projection of Europe's box. */
export const MAP_WIDTH = 800

/** One shape of the drawing: a country we know (with its code) or other land, as SVG path data. */
export interface MapShape {
  code: CountryCode | null
  name: string
  path: string
}

export interface EuropeMap {
  width: number
  height: number
  shapes: MapShape[]
  /** SVG coordinates of a WGS 84 position, or null when it falls outside the drawing. */
  project: (longitude: number, latitude: number) => [number, number] | null
}

/**
 * From Iceland to the Caspian Sea, and from Cyprus and the Caucasus to the North Cape: every
 * country of COUNTRY_CODES fits, with the edge of Russia, Africa and the Middle East for context.
 */
const EUROPE_BOX: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-25, 63],
    [-10, 35],
    [15, 33],
    [36, 33],
    [50.5, 38],
    [50.5, 45],
    [40, 70],
    [25, 71.5],
    [5, 71],
  ],
}

let cached: EuropeMap | undefined

/**
 * Europe drawn once per process from world-atlas's 1:50m countries, in a Lambert azimuthal
 * equal-area projection centred on Europe (as the EU's own EPSG:3035), so areas compare fairly.
 */
export function europeMap(): EuropeMap {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>
  }>
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  const projection = geoAzimuthalEqualArea().rotate([-15, -52]).fitWidth(MAP_WIDTH, EUROPE_BOX)
  const [[, top], [, bottom]] = geoPath(projection).bounds(EUROPE_BOX)
  const height = Math.ceil(bottom - top)
  projection.fitSize([MAP_WIDTH, height], EUROPE_BOX).clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ])
  const path = geoPath(projection).digits(1)
  const shapes: MapShape[] = []
  for (const country of countries.features as Feature<Geometry, { name: string }>[]) {
    const d = path(country)
    if (!d) continue
    const code =
      country.id !== undefined
        ? (NUMERIC_TO_ALPHA2[String(country.id)] ?? null)
        : country.properties.name === KOSOVO_NAME
          ? 'XK'
          : null
    shapes.push({ code, name: country.properties.name, path: d })
  }
  cached = {
    width: MAP_WIDTH,
    height,
    shapes,
    project(longitude, latitude) {
      const point = projection([longitude, latitude])
      if (!point) return null
      const [x, y] = point
      return x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= height
        ? [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
        : null
    },
  }
  return cached
}
