import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, ne, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.js'
import { foldForTrigram, rowLanguageQuery } from '../../platform/search/full-text.js'
import { organisations } from '../accounts/tables.js'
import { programmes } from '../programmes/tables.js'
import { PAGE_SIZE, type PracticeFilter } from './filter.js'
import { searchWithIndex } from './search-index/search.js'
import { UnsupportedQuery } from './search-index/tsquery.js'
import { type PracticeLink, practiceSlugRedirects, practices, practiceTranslations } from './tables.js'

/** ts_headline marks matches with these private-use characters; the view turns them into <mark>. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

const published = eq(practices.publicationStatus, 'published')

/** What a card shows: the title and summary in the visitor's language when translated. */
export interface PracticeCardData {
  slug: string
  title: string
  summary: string
  /** The language title and summary are written in (the translation's, or the original's). */
  language: string
  city: string
  country: string
  themes: string[]
  transformations: string[]
  status: 'ongoing' | 'finished' | null
  startYear: number | null
  publishedAt: Date | null
  /** The summary with matches between MARK_START and MARK_END, when the list was searched. */
  highlighted?: string
}

export interface FacetCount {
  value: string
  count: number
}

/**
 * Counts for each filter dimension, computed with every other choice applied (so a visitor sees
 * what choosing a value would give). `selected` has the values "yes" and "no"; `startYear` one
 * entry per start year (as a string), in year order, for the year-range inputs.
 */
export interface PracticeFacets {
  country: FacetCount[]
  theme: FacetCount[]
  transformation: FacetCount[]
  status: FacetCount[]
  organisationKind: FacetCount[]
  populationBand: FacetCount[]
  selected: FacetCount[]
  startYear: FacetCount[]
}

export const FACET_DIMENSIONS = [
  'country',
  'theme',
  'transformation',
  'status',
  'organisationKind',
  'populationBand',
  'selected',
  'startYear',
] as const satisfies readonly (keyof PracticeFacets)[]

export interface PracticeSearchResult {
  total: number
  items: PracticeCardData[]
  facets: PracticeFacets
  /** A title close to the words typed, offered when nothing matched. */
  suggestion: string | null
}

type Dimension = (typeof FACET_DIMENSIONS)[number]

const organisationKind = sql<string>`(select ${organisations.kind} from ${organisations} where ${organisations.id} = ${practices.organisationId})`

function matchesQuery(q: string): SQL {
  // The original in its language, or any translation in its own: "musées" finds Lille's practice.
  return sql`(${practices.search} @@ ${rowLanguageQuery(sql`${practices.language}`, q)} or exists (
    select 1 from ${practiceTranslations} where ${practiceTranslations.practiceId} = ${practices.id}
    and ${practiceTranslations.search} @@ ${rowLanguageQuery(sql`${practiceTranslations.language}`, q)}))`
}

function rankFor(q: string): SQL<number> {
  return sql<number>`greatest(ts_rank(${practices.search}, ${rowLanguageQuery(sql`${practices.language}`, q)}),
    coalesce((select max(ts_rank(${practiceTranslations.search}, ${rowLanguageQuery(sql`${practiceTranslations.language}`, q)}))
      from ${practiceTranslations} where ${practiceTranslations.practiceId} = ${practices.id}), 0))`
}

/** The filter's conditions, leaving out one dimension when counting that dimension's facet. */
function conditions(filter: PracticeFilter, except?: Dimension): SQL[] {
  const where: SQL[] = [published]
  if (filter.q) where.push(matchesQuery(filter.q))
  if (except !== 'country' && filter.countries.length > 0) where.push(inArray(practices.country, filter.countries))
  if (except !== 'status' && filter.statuses.length > 0) where.push(inArray(practices.status, filter.statuses))
  if (except !== 'organisationKind' && filter.organisationKinds.length > 0)
    where.push(
      sql`${organisationKind} in (${sql.join(
        filter.organisationKinds.map((kind) => sql`${kind}`),
        sql`, `,
      )})`,
    )
  if (except !== 'populationBand' && filter.populationBands.length > 0)
    where.push(inArray(practices.populationBand, filter.populationBands))
  if (except !== 'startYear' && filter.yearFrom !== null) where.push(gte(practices.startYear, filter.yearFrom))
  if (except !== 'startYear' && filter.yearTo !== null) where.push(lte(practices.startYear, filter.yearTo))
  if (except !== 'selected' && filter.selected !== null)
    where.push(filter.selected ? isNotNull(practices.selectedInCallId) : isNull(practices.selectedInCallId))
  if (except !== 'theme' && filter.themes.length > 0)
    where.push(
      sql`${practices.themes} && ${sql`array[${sql.join(
        filter.themes.map((theme) => sql`${theme}`),
        sql`, `,
      )}]::text[]`}`,
    )
  if (except !== 'transformation' && filter.transformations.length > 0)
    where.push(
      sql`${practices.transformations} && ${sql`array[${sql.join(
        filter.transformations.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`}`,
    )
  return where
}

async function facet(db: Db, filter: PracticeFilter, dimension: Dimension): Promise<FacetCount[]> {
  const values: Record<Dimension, SQL<string>> = {
    country: sql`${practices.country}`,
    status: sql`${practices.status}`,
    theme: sql`unnest(${practices.themes})`,
    transformation: sql`unnest(${practices.transformations})`,
    organisationKind,
    populationBand: sql`${practices.populationBand}`,
    selected: sql`case when ${practices.selectedInCallId} is null then 'no' else 'yes' end`,
    startYear: sql`${practices.startYear}::text`,
  }
  const value = values[dimension]
  const rows = await db
    .select({ value: value.as('value'), count: sql<number>`count(*)::int` })
    .from(practices)
    .where(and(...conditions(filter, dimension)))
    .groupBy(sql`1`)
  return rows
    .filter((row): row is FacetCount => row.value !== null)
    .map((row) => ({ value: row.value, count: Number(row.count) }))
    .sort((a, b) =>
      dimension === 'startYear'
        ? Number(a.value) - Number(b.value)
        : b.count - a.count || a.value.localeCompare(b.value),
    )
}

/** Columns of a card, with the translation `tr` (joined for the visitor's language) preferred. */
function cardColumns(q: string) {
  const title = sql<string>`coalesce(${tr.title}, ${practices.title})`
  const summary = sql<string>`coalesce(${tr.summary}, ${practices.summary})`
  const language = sql<string>`coalesce(${tr.language}, ${practices.language})`
  return {
    slug: practices.slug,
    title,
    summary,
    language,
    city: practices.city,
    country: practices.country,
    themes: practices.themes,
    transformations: practices.transformations,
    status: practices.status,
    startYear: practices.startYear,
    publishedAt: practices.publishedAt,
    highlighted: q
      ? sql<string>`ts_headline(stoa_search_config(${language}), translate(${summary}, ${MARK_START + MARK_END}, ''),
          (websearch_to_tsquery(stoa_search_config(${language}), ${q}) || websearch_to_tsquery('stoa_simple', ${q})),
          ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=60, MinWords=25, MaxFragments=2`})`
      : sql<string>`null`,
  }
}

/** The translation into the visitor's language, joined beside the practice for its cards. */
const tr = alias(practiceTranslations, 'tr')

function translationJoin(locale: string): SQL | undefined {
  return and(eq(tr.practiceId, practices.id), eq(tr.language, locale), ne(practices.language, locale))
}

/**
 * One page of published practices for the filter, with facet counts and a suggestion when empty,
 * answered by the in-memory index (search-index/), which follows the database within a search.
 */
export async function searchPractices(
  db: Db,
  filter: PracticeFilter,
  locale: string,
  options: { limit?: number; facets?: boolean } = {},
): Promise<PracticeSearchResult> {
  try {
    const { suggestion, ...result } = await searchWithIndex(db, filter, locale, {
      ...options,
      suggest: (q) => suggestTitle(db, q),
    })
    return { ...result, suggestion: suggestion ?? null }
  } catch (error) {
    // A query form the index does not evaluate (never produced by websearch_to_tsquery today).
    if (error instanceof UnsupportedQuery) return searchPracticesInDatabase(db, filter, locale, options)
    throw error
  }
}

/** The same search in SQL alone: the reference the index is tested against, and its fallback. */
export async function searchPracticesInDatabase(
  db: Db,
  filter: PracticeFilter,
  locale: string,
  options: { limit?: number; facets?: boolean } = {},
): Promise<PracticeSearchResult> {
  const limit = options.limit ?? PAGE_SIZE
  const where = and(...conditions(filter))
  const [countRow] = await db.select({ total: sql<number>`count(*)::int` }).from(practices).where(where)
  const total = Number(countRow?.total ?? 0)
  const columns = cardColumns(filter.q)
  const order: SQL[] =
    filter.sort === 'title'
      ? [sql`lower(stoa_unaccent(${columns.title}))`, sql`${practices.id}`]
      : filter.sort === 'relevance' && filter.q
        ? [sql`${rankFor(filter.q)} desc`, sql`${practices.publishedAt} desc nulls last`, sql`${practices.id}`]
        : [sql`${practices.publishedAt} desc nulls last`, sql`${practices.id}`]
  const rows = await db
    .select(columns)
    .from(practices)
    .leftJoin(tr, translationJoin(locale))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset((filter.page - 1) * limit)
  const counted =
    options.facets === false ? [] : await Promise.all(FACET_DIMENSIONS.map((dimension) => facet(db, filter, dimension)))
  const facets = Object.fromEntries(
    FACET_DIMENSIONS.map((dimension, index) => [dimension, counted[index] ?? []]),
  ) as unknown as PracticeFacets
  const suggestion = total === 0 && filter.q ? await suggestTitle(db, filter.q) : null
  return {
    total,
    items: rows.map(({ highlighted, ...row }) => ({ ...row, ...(highlighted ? { highlighted } : {}) })),
    facets,
    suggestion,
  }
}

/** The published title whose words come closest to what was typed, accents and case aside. */
export async function suggestTitle(db: Db, q: string): Promise<string | null> {
  const typed = foldForTrigram(sql`${q}`)
  const folded = foldForTrigram(sql`${practices.title}`)
  const [row] = await db
    .select({ title: practices.title })
    .from(practices)
    .where(and(published, sql`(${typed} % ${folded} or ${typed} <% ${folded})`))
    .orderBy(sql`greatest(similarity(${typed}, ${folded}), word_similarity(${typed}, ${folded})) desc`, practices.title)
    .limit(1)
  return row?.title ?? null
}

export interface PracticeTexts {
  language: string
  title: string
  summary: string
  challenge: string
  approach: string
  results: string
  transferability: string
  lessons: string
}

export interface Practice extends PracticeTexts {
  id: string
  slug: string
  city: string
  country: string
  resources: string
  startYear: number | null
  status: 'ongoing' | 'finished' | null
  themes: string[]
  transformations: string[]
  publishedAt: Date | null
  updatedAt: Date
  links: PracticeLink[]
  contactName: string | null
  contactEmail: string | null
  publicationStatus: 'draft' | 'submitted' | 'changes-requested' | 'published' | 'archived'
  organisationId: string | null
  organisation: { slug: string; name: string } | null
  programme: { slug: string; name: string; language: string } | null
  /** Languages the practice is translated into, besides its own. */
  translationLanguages: string[]
  /** The call it was selected in; title and url null when the calls module gave none. */
  selectedInCall: { id: string; title: string | null; url: string | null } | null
}

export type PracticeLookup =
  | { kind: 'found'; practice: Practice; translation: PracticeTexts | null }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

/**
 * A published practice by slug, with its translation into `locale` when there is one (and
 * `original` is false); an old slug gives the current one. `anyStatus` also finds drafts and
 * the rest, for the people the practices policy lets read them.
 */
export async function findPractice(
  db: Db,
  slug: string,
  options: { locale: string; original?: boolean; anyStatus?: boolean },
): Promise<PracticeLookup> {
  // The translations by slug beside the practice: one round trip instead of two (unused when missing).
  const translationsQuery = db
    .select({
      language: practiceTranslations.language,
      title: practiceTranslations.title,
      summary: practiceTranslations.summary,
      challenge: practiceTranslations.challenge,
      approach: practiceTranslations.approach,
      results: practiceTranslations.results,
      transferability: practiceTranslations.transferability,
      lessons: practiceTranslations.lessons,
    })
    .from(practiceTranslations)
    .innerJoin(practices, eq(practices.id, practiceTranslations.practiceId))
    .where(eq(practices.slug, slug))
    .orderBy(practiceTranslations.language)
  const practiceQuery = db
    .select({
      id: practices.id,
      slug: practices.slug,
      language: practices.language,
      title: practices.title,
      summary: practices.summary,
      challenge: practices.challenge,
      approach: practices.approach,
      results: practices.results,
      transferability: practices.transferability,
      lessons: practices.lessons,
      city: practices.city,
      country: practices.country,
      resources: practices.resources,
      startYear: practices.startYear,
      status: practices.status,
      themes: practices.themes,
      transformations: practices.transformations,
      publishedAt: practices.publishedAt,
      updatedAt: practices.updatedAt,
      links: practices.links,
      contactName: practices.contactName,
      contactEmail: practices.contactEmail,
      publicationStatus: practices.publicationStatus,
      organisationId: practices.organisationId,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
      programmeLanguage: programmes.language,
      selectedInCallId: practices.selectedInCallId,
      selectedInCallTitle: practices.selectedInCallTitle,
      selectedInCallUrl: practices.selectedInCallUrl,
    })
    .from(practices)
    .leftJoin(organisations, eq(organisations.id, practices.organisationId))
    .leftJoin(programmes, eq(programmes.id, practices.programmeId))
    .where(and(options.anyStatus ? undefined : published, eq(practices.slug, slug)))
  const [[row], translations] = await Promise.all([practiceQuery, translationsQuery])
  if (!row) {
    const [redirect] = await db
      .select({ slug: practices.slug })
      .from(practiceSlugRedirects)
      .innerJoin(practices, eq(practices.id, practiceSlugRedirects.practiceId))
      .where(and(published, eq(practiceSlugRedirects.oldSlug, slug)))
    return redirect ? { kind: 'moved', slug: redirect.slug } : { kind: 'missing' }
  }
  const {
    organisationSlug,
    organisationName,
    programmeSlug,
    programmeName,
    programmeLanguage,
    selectedInCallId,
    selectedInCallTitle,
    selectedInCallUrl,
    ...practice
  } = row
  const translation =
    !options.original && row.language !== options.locale
      ? (translations.find((candidate) => candidate.language === options.locale) ?? null)
      : null
  return {
    kind: 'found',
    translation,
    practice: {
      ...practice,
      organisation: organisationSlug && organisationName ? { slug: organisationSlug, name: organisationName } : null,
      selectedInCall: selectedInCallId
        ? { id: selectedInCallId, title: selectedInCallTitle, url: selectedInCallUrl }
        : null,
      programme:
        programmeSlug && programmeName
          ? { slug: programmeSlug, name: programmeName, language: programmeLanguage ?? 'en' }
          : null,
      translationLanguages: translations.map((candidate) => candidate.language),
    },
  }
}

/** The newest published practices, for the home page and the feed. */
export async function listNewestPractices(db: Db, locale: string, limit: number): Promise<PracticeCardData[]> {
  const rows = await db
    .select(cardColumns(''))
    .from(practices)
    .leftJoin(tr, translationJoin(locale))
    .where(published)
    .orderBy(desc(practices.publishedAt), practices.id)
    .limit(limit)
  return rows.map(({ highlighted: _none, ...row }) => row)
}

/** For the sitemap: each published practice and when it last changed. */
export async function listPublishedPracticeSlugs(db: Db): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: practices.slug, updatedAt: practices.updatedAt })
    .from(practices)
    .where(published)
    .orderBy(desc(practices.publishedAt), practices.id)
}

/** The published ones among these practices, as cards, in the order given (activities link to them). */
export async function listPracticeCardsByIds(db: Db, ids: string[], locale: string): Promise<PracticeCardData[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({ ...cardColumns(''), id: practices.id })
    .from(practices)
    .leftJoin(tr, translationJoin(locale))
    .where(and(published, inArray(practices.id, ids)))
  const byId = new Map(rows.map(({ highlighted: _none, id, ...row }) => [id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The published practices with these slugs, as id and slug (the library links items to them). */
export async function findPublishedPracticeIdsBySlugs(
  db: Db,
  slugs: string[],
): Promise<{ id: string; slug: string }[]> {
  if (slugs.length === 0) return []
  return db
    .select({ id: practices.id, slug: practices.slug })
    .from(practices)
    .where(and(published, inArray(practices.slug, slugs)))
}
