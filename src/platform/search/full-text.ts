import { type SQL, sql } from 'drizzle-orm'

/**
 * Languages with a stemmer in PostgreSQL (the same on PGlite and on the server), by BCP 47 tag.
 * Mirrors stoa_search_config() in migration 0000_search_setup.sql; any other language is searched
 * with stoa_simple: whole words, accents folded.
 */
export const STEMMED_LANGUAGES = {
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hu: 'hungarian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  pt: 'portuguese',
  ro: 'romanian',
  es: 'spanish',
  sv: 'swedish',
  hy: 'armenian',
  ca: 'catalan',
  eu: 'basque',
  no: 'norwegian',
  nb: 'norwegian',
  ru: 'russian',
  sr: 'serbian',
  tr: 'turkish',
} as const

/**
 * The expression of a generated `tsvector` column: A-weighted title, B summary, C body, D the rest,
 * stemmed in the row's language, plus the unstemmed words of title and summary.
 * @example
 * search: tsvector().generatedAlwaysAs((): SQL => weightedSearchVector(sql`language`, sql`title`, sql`summary`))
 */
export function weightedSearchVector(language: SQL, a: SQL, b?: SQL, c?: SQL, d?: SQL): SQL {
  const empty = sql`''`
  return sql`stoa_weighted_tsvector(${language}, ${a}, ${b ?? empty}, ${c ?? empty}, ${d ?? empty})`
}

/** A web-search style query ("quoted phrases", -exclusions, or) stemmed for `language`. */
export function searchQuery(language: string | SQL, text: string): SQL {
  return sql`websearch_to_tsquery(stoa_search_config(${language}), ${text})`
}

/** The query in the row's language OR as plain words, for catalogues mixing languages. */
export function rowLanguageQuery(languageColumn: SQL, text: string): SQL {
  return sql`(websearch_to_tsquery(stoa_search_config(${languageColumn}), ${text}) || websearch_to_tsquery('stoa_simple', ${text}))`
}

/** Accent- and case-folded text for pg_trgm similarity ("did you mean"). */
export function foldForTrigram(value: SQL): SQL {
  return sql`lower(stoa_unaccent(${value}))`
}
