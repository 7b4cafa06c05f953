import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { organisations } from '../accounts/tables.js'

/** The licences an editor may choose for a survey's open data. */
export const PULSE_LICENCES = ['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0'] as const
export type PulseLicence = (typeof PULSE_LICENCES)[number]

/**
 * One edition of a member survey ("Pulse 2026: culture and heritage budgets"). Its questions are a
 * questionnaire of the questionnaires engine (owner "pulse", owner id = the survey's id).
 */
export const pulseSurveys = pgTable(
  'pulse_surveys',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    year: integer().notNull(),
    description: text().notNull().default(''),
    /** Organisation kinds asked to answer; empty: every kind. */
    audienceKinds: text().array().notNull().default(sql`'{}'::text[]`),
    /** ISO country codes asked to answer; empty: every country. */
    audienceCountries: text().array().notNull().default(sql`'{}'::text[]`),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** The zone the editor gave the moments in, to show them as they were meant. */
    timeZone: text().notNull(),
    licence: text({ enum: PULSE_LICENCES }).notNull().default('CC-BY-4.0'),
    /** Whether text answers may be shown on the results (never with the respondent's name). */
    textAnswersPublic: boolean().notNull().default(false),
    /** Sample data made up for the demo: every page and export says so. */
    isSample: boolean().notNull().default(false),
    questionnaireId: uuid().notNull(),
    /** Set when an editor closes the survey before its closing moment. */
    closedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('pulse_surveys_year_idx').on(table.year)],
)

/**
 * An organisation's part in a survey: its one response (answered by one of its members), its
 * consent to publication under its name, and an editor's note when the response was reopened.
 */
export const pulseParticipations = pgTable(
  'pulse_participations',
  {
    surveyId: uuid()
      .notNull()
      .references(() => pulseSurveys.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The questionnaire response (engine's id). */
    responseId: uuid().notNull(),
    /** The member who answered (accounts' user id). */
    answeredBy: text().notNull(),
    /** Whether its answers may be published under its name; without it, aggregates only. */
    consentToName: boolean().notNull().default(false),
    reopenNote: text(),
    reopenedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.surveyId, table.organisationId] }),
    uniqueIndex('pulse_participations_response_idx').on(table.responseId),
  ],
)

/** A value an editor left out of the results after review (an outlier that is a mistake). */
export const pulseExclusions = pgTable(
  'pulse_exclusions',
  {
    surveyId: uuid()
      .notNull()
      .references(() => pulseSurveys.id, { onDelete: 'cascade' }),
    organisationId: uuid().notNull(),
    questionId: text().notNull(),
    note: text().notNull(),
    excludedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.organisationId, table.questionId] })],
)

/** The annual Monitor: the editors' analysis of a year's surveys. */
export const pulseMonitors = pgTable('pulse_monitors', {
  year: integer().primaryKey(),
  analysis: text().notNull().default(''),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
