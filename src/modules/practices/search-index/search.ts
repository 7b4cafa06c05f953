import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { PAGE_SIZE, type PracticeFilter } from '../filter.js'
import type { FacetCount, PracticeCardData, PracticeFacets } from '../queries.js'
import { freshPracticeIndex } from './freshness.js'
import { highlightSummaries } from './highlight.js'
import type { Dictionary, PracticeIndex } from './index-data.js'
import { type ParsedQuery, parseTsquery } from './tsquery.js'

/** Parsed queries by text-search configuration, per typed text: PostgreSQL stems, once per text. */
const parsedQueries = new Map<string, Map<string, ParsedQuery | null>>()
const MAX_PARSED = 5000

/**
 * `rowLanguageQuery` for each configuration the index holds: websearch_to_tsquery in the
 * configuration OR in stoa_simple, exactly as the SQL search builds it.
 */
async function queriesFor(db: Db, q: string, configs: readonly string[]): Promise<Map<string, ParsedQuery | null>> {
  const cached = parsedQueries.get(q)
  if (cached && configs.every((config) => cached.has(config))) {
    parsedQueries.delete(q)
    parsedQueries.set(q, cached)
    return cached
  }
  const { rows } = await db.execute<{ config: string; query: string }>(sql`
    select c as config, (websearch_to_tsquery(c::regconfig, ${q}) || websearch_to_tsquery('stoa_simple', ${q}))::text as query
    from unnest(array[${sql.join(
      configs.map((config) => sql`${config}`),
      sql`, `,
    )}]::text[]) as c`)
  const parsed = new Map(rows.map((row) => [row.config, parseTsquery(row.query)]))
  if (parsedQueries.size >= MAX_PARSED) parsedQueries.delete(parsedQueries.keys().next().value!)
  parsedQueries.set(q, parsed)
  return parsed
}

// Bits of the dimensions a practice fails, so each facet counts with every other choice applied.
const COUNTRY = 1
const THEME = 2
const TRANSFORMATION = 4
const STATUS = 8
const KIND = 16
const BAND = 32
const SELECTED = 64
const YEAR = 128

function chosen(dictionary: Dictionary, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null
  const set = new Uint8Array(dictionary.values.length + 1)
  for (const value of values) {
    const id = dictionary.find(value)
    if (id !== undefined) set[id] = 1
  }
  return set
}

/** Choices as bits (see PracticeIndex.themeBits), or null when some dictionary id is past 30. */
function chosenBits(dictionary: Dictionary, values: readonly string[]): number | null {
  if (dictionary.values.length > 31) return null
  let bits = 0
  for (const value of values) {
    const id = dictionary.find(value)
    if (id !== undefined) bits |= 1 << id
  }
  return bits
}

interface Counted {
  total: number
  /** Matching slots (every choice applied), in no particular order. */
  slots: number[]
  facets: PracticeFacets | null
  /** Built on first need: 1 for each slot in `slots`. */
  member?: Uint8Array
}

function countAndFilter(
  index: PracticeIndex,
  candidates: ArrayLike<number>,
  filter: PracticeFilter,
  facets: boolean,
): Counted {
  const countries = chosen(index.countries, filter.countries)
  const themes = chosen(index.themes, filter.themes)
  const transformations = chosen(index.transformations, filter.transformations)
  const statuses = chosen(index.statuses, filter.statuses)
  const kinds = chosen(index.organisationKinds, filter.organisationKinds)
  const bands = chosen(index.populationBands, filter.populationBands)
  const themeBits = themes ? chosenBits(index.themes, filter.themes) : null
  const transformationBits = transformations ? chosenBits(index.transformations, filter.transformations) : null
  const slotThemeBits = index.themeBits.data
  const slotTransformationBits = index.transformationBits.data
  const themesAsBits = index.themes.values.length <= 31
  const transformationsAsBits = index.transformations.values.length <= 31
  const { yearFrom, yearTo, selected } = filter
  const country = index.country.data
  const status = index.status.data
  const kind = index.organisationKind.data
  const band = index.populationBand.data
  const startYear = index.startYear.data
  const isSelected = index.selected.data
  const countryCounts = new Int32Array(index.countries.values.length)
  const themeCounts = new Int32Array(index.themes.values.length)
  const transformationCounts = new Int32Array(index.transformations.values.length)
  const statusCounts = new Int32Array(index.statuses.values.length)
  const kindCounts = new Int32Array(index.organisationKinds.values.length)
  const bandCounts = new Int32Array(index.populationBands.values.length)
  const selectedCounts = new Int32Array(2)
  // Years as offsets in an array (a Map per practice costs more than the rest of the loop).
  const yearCounts = new Int32Array(MAX_YEAR + 1)
  const otherYears = new Map<number, number>()
  const slots: number[] = []
  for (let c = 0; c < candidates.length; c++) {
    const slot = candidates[c]!
    let fails = 0
    if (countries && countries[country[slot]!] !== 1) fails |= COUNTRY
    if (themes) {
      const misses =
        themeBits !== null
          ? (slotThemeBits[slot]! & themeBits) === 0
          : !index.themeIds[slot]!.some((id) => themes[id] === 1)
      if (misses) fails |= THEME
    }
    if (transformations) {
      const misses =
        transformationBits !== null
          ? (slotTransformationBits[slot]! & transformationBits) === 0
          : !index.transformationIds[slot]!.some((id) => transformations[id] === 1)
      if (misses) fails |= TRANSFORMATION
    }
    if (statuses && (status[slot]! < 0 || statuses[status[slot]!] !== 1)) fails |= STATUS
    if (kinds && (kind[slot]! < 0 || kinds[kind[slot]!] !== 1)) fails |= KIND
    if (bands && (band[slot]! < 0 || bands[band[slot]!] !== 1)) fails |= BAND
    if (selected !== null && (isSelected[slot] === 1) !== selected) fails |= SELECTED
    const year = startYear[slot]!
    if ((yearFrom !== null && (year === 0 || year < yearFrom)) || (yearTo !== null && (year === 0 || year > yearTo)))
      fails |= YEAR
    if (fails === 0) slots.push(slot)
    // Counted in a dimension when it fails at most that dimension.
    if (!facets || (fails & (fails - 1)) !== 0) continue
    if ((fails | COUNTRY) === COUNTRY) countryCounts[country[slot]!]!++
    if ((fails | THEME) === THEME) {
      if (themesAsBits) countBits(slotThemeBits[slot]!, themeCounts)
      else for (const id of index.themeIds[slot]!) themeCounts[id]!++
    }
    if ((fails | TRANSFORMATION) === TRANSFORMATION) {
      if (transformationsAsBits) countBits(slotTransformationBits[slot]!, transformationCounts)
      else for (const id of index.transformationIds[slot]!) transformationCounts[id]!++
    }
    if ((fails | STATUS) === STATUS && status[slot]! >= 0) statusCounts[status[slot]!]!++
    if ((fails | KIND) === KIND && kind[slot]! >= 0) kindCounts[kind[slot]!]!++
    if ((fails | BAND) === BAND && band[slot]! >= 0) bandCounts[band[slot]!]!++
    if ((fails | SELECTED) === SELECTED) selectedCounts[isSelected[slot]!]!++
    if ((fails | YEAR) === YEAR && year !== 0) {
      if (year > 0 && year <= MAX_YEAR) yearCounts[year]!++
      else otherYears.set(year, (otherYears.get(year) ?? 0) + 1)
    }
  }
  const list = (dictionary: { values: string[] }, counts: Int32Array): FacetCount[] =>
    dictionary.values
      .map((value, id) => ({ value, count: counts[id]! }))
      .filter((facet) => facet.count > 0)
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
  return {
    total: slots.length,
    slots,
    facets: facets
      ? {
          country: list(index.countries, countryCounts),
          theme: list(index.themes, themeCounts),
          transformation: list(index.transformations, transformationCounts),
          status: list(index.statuses, statusCounts),
          organisationKind: list(index.organisationKinds, kindCounts),
          populationBand: list(index.populationBands, bandCounts),
          selected: list({ values: ['no', 'yes'] }, selectedCounts),
          startYear: yearList(yearCounts, otherYears),
        }
      : null,
  }
}

/** Start years counted in an array indexed by the year; others (never in practice) in a map. */
const MAX_YEAR = 4000

function yearList(counts: Int32Array, others: Map<number, number>): FacetCount[] {
  const years: [number, number][] = [...others]
  for (let year = 1; year < counts.length; year++) if (counts[year]! > 0) years.push([year, counts[year]!])
  return years.sort(([a], [b]) => a - b).map(([year, count]) => ({ value: String(year), count }))
}

function countBits(bits: number, counts: Int32Array): void {
  for (let rest = bits; rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]!++
}

export type Compare = (a: number, b: number) => number

export function newestFirst(index: PracticeIndex): Compare {
  const published = index.publishedUs.data
  return (a, b) => {
    const x = published[a]!
    const y = published[b]!
    // Nulls last, then the later first, then by id as the SQL's order by.
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1
    if (x !== y && !Number.isNaN(x)) return y - x
    return compareIds(index, a, b)
  }
}

function compareIds(index: PracticeIndex, a: number, b: number): number {
  const x = index.practices[a]!.id
  const y = index.practices[b]!.id
  return x < y ? -1 : x > y ? 1 : 0
}

/** The folded title a visitor in `locale` sorts by: the translation's when the card shows it. */
function titleKey(index: PracticeIndex, slot: number, locale: string): string {
  const practice = index.practices[slot]!
  if (practice.card.language === locale) return practice.titleKey
  return practice.translations.find((translation) => translation.language === locale)?.titleKey ?? practice.titleKey
}

/** Orders of every live slot, kept until the index changes. */
const orders = new WeakMap<PracticeIndex, { version: number; byKey: Map<string, Int32Array> }>()

export function globalOrder(index: PracticeIndex, key: string, compare: Compare): Int32Array {
  let cached = orders.get(index)
  if (!cached || cached.version !== index.version) {
    cached = { version: index.version, byKey: new Map() }
    orders.set(index, cached)
  }
  let order = cached.byKey.get(key)
  if (!order) {
    order = Int32Array.from([...index.liveSlots()].sort(compare))
    cached.byKey.set(key, order)
  }
  return order
}

/** The slots of page `page` (of `limit`) in `compare` order, without sorting everything. */
function pageOf(counted: Counted, compare: Compare, from: number, limit: number, walk: (() => Int32Array) | null) {
  const { slots } = counted
  const wanted = from + limit
  if (wanted <= 0 || slots.length === 0) return []
  if (walk && slots.length * 8 > walk().length) {
    // Many results: go down the whole catalogue's order and keep the results.
    const order = walk()
    if (!counted.member) {
      let highest = 0
      for (const slot of slots) if (slot > highest) highest = slot
      counted.member = new Uint8Array(highest + 1)
      for (const slot of slots) counted.member[slot] = 1
    }
    const member = counted.member
    const page: number[] = []
    for (const slot of order) {
      if (member[slot] !== 1) continue
      page.push(slot)
      if (page.length === wanted) break
    }
    return page.slice(from)
  }
  if (wanted * 4 >= slots.length) return [...slots].sort(compare).slice(from, wanted)
  const top: number[] = []
  for (const slot of slots) {
    if (top.length === wanted && compare(slot, top[wanted - 1]!) >= 0) continue
    let low = 0
    let high = top.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare(top[middle]!, slot) <= 0) low = middle + 1
      else high = middle
    }
    top.splice(low, 0, slot)
    if (top.length > wanted) top.pop()
  }
  return top.slice(from)
}

/** What a visitor in `locale` sees on a card: the translation into `locale` when there is one. */
export function cardFor(
  index: PracticeIndex,
  slot: number,
  locale: string,
): Omit<PracticeCardData, 'highlighted'> & { config: string } {
  const practice = index.practices[slot]!
  const translation =
    practice.card.language === locale
      ? undefined
      : practice.translations.find((candidate) => candidate.language === locale)
  return translation
    ? {
        ...practice.card,
        title: translation.title,
        summary: translation.summary,
        language: translation.language,
        config: translation.config,
      }
    : { ...practice.card, config: practice.config }
}

export interface IndexSearchResult {
  total: number
  items: PracticeCardData[]
  facets: PracticeFacets
  /** Only when `options.suggest` was given: its answer for words that found nothing. */
  suggestion?: string | null
}

/**
 * Suggestions by typed text, kept while the index stays the same: they depend on the published
 * titles alone, and any change to those changes the index's version.
 */
const suggestions = new WeakMap<PracticeIndex, { version: number; byText: Map<string, string | null> }>()
const MAX_SUGGESTIONS = 5000

async function suggestionFor(
  index: PracticeIndex,
  q: string,
  suggest: (q: string) => Promise<string | null>,
): Promise<string | null> {
  let cached = suggestions.get(index)
  if (!cached || cached.version !== index.version) {
    cached = { version: index.version, byText: new Map() }
    suggestions.set(index, cached)
  }
  const known = cached.byText.get(q)
  if (known !== undefined) return known
  const version = index.version
  const suggestion = await suggest(q)
  // Kept only if nothing changed meanwhile (the answer may predate a change the index now holds).
  if (cached.version === version && index.version === version) {
    if (cached.byText.size >= MAX_SUGGESTIONS) cached.byText.delete(cached.byText.keys().next().value!)
    cached.byText.set(q, suggestion)
  }
  return suggestion
}

/** Facets and results of a filter without words, kept while the index stays the same. */
const listings = new WeakMap<PracticeIndex, { version: number; byFilter: Map<string, Counted> }>()
const MAX_LISTINGS = 64

function listing(index: PracticeIndex, filter: PracticeFilter, facets: boolean): Counted {
  let cached = listings.get(index)
  if (!cached || cached.version !== index.version) {
    cached = { version: index.version, byFilter: new Map() }
    listings.set(index, cached)
  }
  const key = JSON.stringify([facets, { ...filter, sort: '', page: 0 }])
  let counted = cached.byFilter.get(key)
  if (!counted) {
    counted = countAndFilter(index, index.liveSlots(), filter, facets)
    if (cached.byFilter.size >= MAX_LISTINGS) cached.byFilter.delete(cached.byFilter.keys().next().value!)
    cached.byFilter.set(key, counted)
  }
  return counted
}

/** searchPractices answered from the in-memory index (see README.md beside this file). */
export async function searchWithIndex(
  db: Db,
  filter: PracticeFilter,
  locale: string,
  options: { limit?: number; facets?: boolean; suggest?: (q: string) => Promise<string | null> } = {},
): Promise<IndexSearchResult> {
  const limit = options.limit ?? PAGE_SIZE
  const withFacets = options.facets !== false
  const index = await freshPracticeIndex(db)
  const queries = filter.q ? await queriesFor(db, filter.q, index.configs.values) : null
  const relevance = filter.sort === 'relevance' && queries !== null
  let counted: Counted
  let ranks: Float64Array | null = null
  if (queries) {
    const byConfig = index.configs.values.map((config) => queries.get(config) ?? null)
    counted = countAndFilter(index, index.match(byConfig, relevance), filter, withFacets)
    // Ranked after filtering: only the practices that can be shown.
    if (relevance) ranks = index.rank(counted.slots, byConfig)
  } else {
    counted = listing(index, filter, withFacets)
  }
  const byNewest = newestFirst(index)
  let compare: Compare
  let walk: (() => Int32Array) | null = null
  if (filter.sort === 'title') {
    const keys = new Map<number, string>()
    const key = (slot: number) => {
      let found = keys.get(slot)
      if (found === undefined) {
        found = titleKey(index, slot, locale)
        keys.set(slot, found)
      }
      return found
    }
    compare = (a, b) => {
      const x = key(a)
      const y = key(b)
      return x < y ? -1 : x > y ? 1 : compareIds(index, a, b)
    }
    walk = () => globalOrder(index, `title:${locale}`, compare)
  } else if (relevance && ranks) {
    const rankOf = ranks
    compare = (a, b) => rankOf[b]! - rankOf[a]! || byNewest(a, b)
  } else {
    compare = byNewest
    walk = () => globalOrder(index, 'newest', byNewest)
  }
  const page = pageOf(counted, compare, (filter.page - 1) * limit, limit, walk)
  const cards = page.map((slot) => cardFor(index, slot, locale))
  const highlighted = queries ? await highlightSummaries(db, cards, queries) : []
  const result: IndexSearchResult = {
    total: counted.total,
    items: cards.map(({ config: _config, ...card }, i) =>
      highlighted[i] ? { ...card, highlighted: highlighted[i] } : card,
    ),
    facets: counted.facets ?? emptyFacets(),
  }
  if (options.suggest)
    result.suggestion = counted.total === 0 && filter.q ? await suggestionFor(index, filter.q, options.suggest) : null
  return result
}

function emptyFacets(): PracticeFacets {
  return {
    country: [],
    theme: [],
    transformation: [],
    status: [],
    organisationKind: [],
    populationBand: [],
    selected: [],
    startYear: [],
  }
}
