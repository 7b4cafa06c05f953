import { and, eq, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { rowLanguageQuery } from '../../../platform/search/full-text.js'
import { organisations } from '../../accounts/tables.js'
import type { PracticeFilter } from '../filter.js'
import { type FacetCount, searchPractices } from '../queries.js'
import { practices, practiceTranslations } from '../tables.js'

/** A city with coordinates and how many of the filtered practices come from it. */
export interface CityCount {
  city: string
  country: string
  latitude: number
  longitude: number
  count: number
}

export interface MapCounts {
  total: number
  countries: FacetCount[]
  cities: CityCount[]
}

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`

/**
 * The filter as SQL conditions on published practices, for the per-city counts that the search
 * result does not carry. It reads the filter exactly as the list does; the country counts and
 * the total come from searchPractices itself, so they always agree with the list.
 */
function filterConditions(filter: PracticeFilter): SQL[] {
  const where: SQL[] = [eq(practices.publicationStatus, 'published')]
  if (filter.q)
    where.push(sql`(${practices.search} @@ ${rowLanguageQuery(sql`${practices.language}`, filter.q)} or exists (
      select 1 from ${practiceTranslations} where ${practiceTranslations.practiceId} = ${practices.id}
      and ${practiceTranslations.search} @@ ${rowLanguageQuery(sql`${practiceTranslations.language}`, filter.q)}))`)
  if (filter.countries.length > 0) where.push(inArray(practices.country, filter.countries))
  if (filter.statuses.length > 0) where.push(inArray(practices.status, filter.statuses))
  if (filter.themes.length > 0) where.push(sql`${practices.themes} && ${textArray(filter.themes)}`)
  if (filter.transformations.length > 0)
    where.push(sql`${practices.transformations} && ${textArray(filter.transformations)}`)
  if (filter.organisationKinds.length > 0)
    where.push(sql`exists (select 1 from ${organisations} where ${organisations.id} = ${practices.organisationId}
      and ${organisations.kind} = any(${textArray(filter.organisationKinds)}))`)
  if (filter.populationBands.length > 0) where.push(inArray(practices.populationBand, filter.populationBands))
  if (filter.yearFrom !== null) where.push(gte(practices.startYear, filter.yearFrom))
  if (filter.yearTo !== null) where.push(lte(practices.startYear, filter.yearTo))
  if (filter.selected !== null)
    where.push(filter.selected ? isNotNull(practices.selectedInCallId) : isNull(practices.selectedInCallId))
  return where
}

/** Counts per country (every filter applied) and per city with coordinates, for the map. */
export async function mapCounts(db: Db, filter: PracticeFilter, locale: string): Promise<MapCounts> {
  const result = await searchPractices(db, { ...filter, page: 1 }, locale, { limit: 1 })
  // The country facet leaves the country choice out (to offer the others); the map shows the list.
  const countries =
    filter.countries.length > 0
      ? result.facets.country.filter((facet) => filter.countries.includes(facet.value))
      : result.facets.country
  const rows = await db
    .select({
      city: practices.city,
      country: practices.country,
      // One point per city even when its practices were placed a few metres apart.
      latitude: sql<number>`avg(${practices.latitude})::float8`,
      longitude: sql<number>`avg(${practices.longitude})::float8`,
      count: sql<number>`count(*)::int`,
    })
    .from(practices)
    .where(and(...filterConditions(filter), isNotNull(practices.latitude), isNotNull(practices.longitude)))
    .groupBy(practices.country, practices.city)
    .orderBy(sql`count(*) desc`, practices.city)
  return {
    total: result.total,
    countries: countries.filter((facet) => facet.count > 0),
    cities: rows.map((row) => ({
      ...row,
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      count: Number(row.count),
    })),
  }
}
