import { type SQL, sql } from 'drizzle-orm'
import {
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { foldForTrigram, weightedSearchVector } from '../../platform/search/full-text.js'
import { organisations, POPULATION_BANDS } from '../accounts/tables.js'
import { programmeReference } from '../programmes/programme-reference.js'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const PRACTICE_STATUSES = ['ongoing', 'finished'] as const
/**
 * Where a practice stands on its way to the catalogue: a member's draft, submitted for review,
 * sent back with a comment, public, or withdrawn from view but kept.
 */
export const PUBLICATION_STATUSES = ['draft', 'submitted', 'changes-requested', 'published', 'archived'] as const
/** The yearly budget of the practice, in euros, as bands: exact figures are rarely comparable. */
export const BUDGET_BANDS = ['under-10k', '10k-50k', '50k-250k', '250k-1m', 'over-1m'] as const
export type BudgetBand = (typeof BUDGET_BANDS)[number]
/** The "triple transformation" a practice contributes to. */
export const TRANSFORMATIONS = ['green', 'digital', 'social'] as const
export type Transformation = (typeof TRANSFORMATIONS)[number]

export interface PracticeLink {
  label: string
  url: string
}

export const practices = pgTable(
  'practices',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    city: text().notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text().notNull(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    programmeId: programmeReference(),
    summary: text().notNull(),
    challenge: text().notNull().default(''),
    approach: text().notNull().default(''),
    resources: text().notNull().default(''),
    results: text().notNull().default(''),
    transferability: text().notNull().default(''),
    lessons: text().notNull().default(''),
    /** The size of the practice's city, in the bands organisations use; null when unknown. */
    populationBand: text({ enum: POPULATION_BANDS }),
    /** WGS 84 position of the city, for the map; both null when unknown. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    budgetBand: text({ enum: BUDGET_BANDS }),
    /**
     * The call this practice was selected in. No foreign key yet: the calls module adds the
     * reference when it exists; until then the "selected in a call" facet reads this column.
     */
    selectedInCallId: uuid(),
    /** The call's title and page (a path like `/calls/…` or a full URL), as the calls module gave them. */
    selectedInCallTitle: text(),
    selectedInCallUrl: text(),
    startYear: integer(),
    /** Whether the practice itself still runs; null when the source does not say. */
    status: text({ enum: PRACTICE_STATUSES }),
    transformations: text().array().notNull().default(sql`'{}'::text[]`),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    /** The language the practice was written in (BCP 47 primary tag). */
    language: text().notNull().default('en'),
    publicationStatus: text({ enum: PUBLICATION_STATUSES }).notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    /** Members only: never in public pages, the API or feeds. */
    contactName: text(),
    contactEmail: text(),
    links: jsonb().$type<PracticeLink[]>().notNull().default([]),
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        weightedSearchVector(
          sql`language`,
          sql`title`,
          sql`summary`,
          sql`challenge || ' ' || approach || ' ' || results`,
          sql`city || ' ' || country`,
        ),
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('practices_search_idx').using('gin', table.search),
    // "Did you mean": titles compared by trigrams, accents and case folded.
    index('practices_title_trgm_idx').using('gin', sql`${foldForTrigram(sql`title`)} gin_trgm_ops`),
    index('practices_country_idx').on(table.country),
    index('practices_status_idx').on(table.status),
    index('practices_start_year_idx').on(table.startYear),
    index('practices_publication_idx').on(table.publicationStatus, table.publishedAt),
    index('practices_themes_idx').using('gin', table.themes),
    index('practices_transformations_idx').using('gin', table.transformations),
    index('practices_organisation_id_idx').on(table.organisationId),
    index('practices_programme_id_idx').on(table.programmeId),
    index('practices_population_band_idx').on(table.populationBand),
    index('practices_selected_in_call_id_idx').on(table.selectedInCallId),
    // "More practices from <city>" on every practice page: the newest four, read from the index in order.
    index('practices_same_city_idx')
      .on(table.country, table.city, table.publishedAt.desc(), table.id)
      .where(sql`publication_status = 'published'`),
  ],
)

/** A practice's texts in another language than its own. */
export const practiceTranslations = pgTable(
  'practice_translations',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    language: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    challenge: text().notNull().default(''),
    approach: text().notNull().default(''),
    results: text().notNull().default(''),
    transferability: text().notNull().default(''),
    lessons: text().notNull().default(''),
    /** The same document as practices.search, stemmed in the translation's language. */
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        weightedSearchVector(
          sql`language`,
          sql`title`,
          sql`summary`,
          sql`challenge || ' ' || approach || ' ' || results`,
        ),
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('practice_translations_practice_id_language_idx').on(table.practiceId, table.language),
    index('practice_translations_search_idx').using('gin', table.search),
  ],
)

/** Slugs a practice had before: links to them keep working with a 301. */
export const practiceSlugRedirects = pgTable(
  'practice_slug_redirects',
  {
    oldSlug: text().primaryKey(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('practice_slug_redirects_practice_id_idx').on(table.practiceId)],
)

/** What was done to a practice, one revision each: the history editors read and compare. */
export const REVISION_ACTIONS = [
  'created',
  'edited',
  'submitted',
  'changes-requested',
  'published',
  'unpublished',
  'archived',
  'translation-saved',
  'translation-removed',
] as const
export type RevisionAction = (typeof REVISION_ACTIONS)[number]

/** A practice as it stood after a change: its fields, state and translations, for history and diffs. */
export interface PracticeSnapshot {
  slug: string
  publicationStatus: (typeof PUBLICATION_STATUSES)[number]
  fields: Record<string, unknown>
  translations: Record<string, Record<string, string>>
}

/**
 * Every change to a practice, numbered from 1 in order; the newest number is the revision a
 * writer's form was based on, so two people saving at once cannot overwrite each other unseen.
 */
export const practiceRevisions = pgTable(
  'practice_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    snapshot: jsonb().$type<PracticeSnapshot>().notNull(),
    /** No foreign key: the history outlives accounts; the name is kept beside the id. */
    authorId: text(),
    authorName: text().notNull(),
    /** The editor's request for changes, or another note on the change. */
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('practice_revisions_practice_id_number_idx').on(table.practiceId, table.number)],
)
