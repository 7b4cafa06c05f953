import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import type { Answers, VersionContent } from './question-types.js'

export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The module whose thing the questionnaire belongs to ("calls", "activities", "pulse"…); never imported here. */
    ownerModule: text().notNull(),
    /** That thing's id, as text, in the owner's terms. */
    ownerId: text().notNull(),
    title: text().notNull(),
    /** The published version respondents answer now; null until the first publication. */
    currentVersionId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('questionnaires_owner_idx').on(table.ownerModule, table.ownerId)],
)

export const questionnaireVersions = pgTable(
  'questionnaire_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    questionnaireId: uuid()
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… in the order the versions were started. */
    number: integer().notNull(),
    /**
     * draft: being edited, never answered; published: the current one; retired: an earlier one,
     * kept because responses were given against it and must stay readable as they were asked.
     */
    status: text({ enum: ['draft', 'published', 'retired'] })
      .notNull()
      .default('draft'),
    /** Sections and questions as one document: a version is read and written whole. */
    content: jsonb().$type<VersionContent>().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('questionnaire_versions_number_idx').on(table.questionnaireId, table.number)],
)

export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    questionnaireId: uuid()
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    /** The version answered: the response is always shown against it, even after newer ones. */
    versionId: uuid()
      .notNull()
      .references(() => questionnaireVersions.id),
    /** The person answering (accounts' user id); not a foreign key, modules meet through index.ts. */
    respondentPersonId: text().notNull(),
    /** The organisation they answer for, when they answer for one. */
    respondentOrganisationId: uuid(),
    status: text({ enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    /** Keyed by the question's stable id; questions hidden by their condition are never stored. */
    answers: jsonb().$type<Answers>().notNull().default({}),
    /** Questions whose implausible value the respondent confirmed ("yes, this is right"). */
    confirmed: jsonb().$type<string[]>().notNull().default([]),
    /** Bumped on every save: a save naming an older revision was made from a stale page. */
    revision: integer().notNull().default(1),
    /** The form's one-time key: the same submission sent twice (a double click) is recorded once. */
    submissionKey: text(),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('questionnaire_responses_questionnaire_idx').on(table.questionnaireId, table.status),
    index('questionnaire_responses_version_idx').on(table.versionId),
    index('questionnaire_responses_person_idx').on(table.respondentPersonId),
    uniqueIndex('questionnaire_responses_submission_key_idx').on(table.questionnaireId, table.submissionKey),
  ],
)
