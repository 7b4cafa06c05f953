import { sql } from 'drizzle-orm'
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

export const CALL_KINDS = ['good-practices', 'participants', 'experts', 'award', 'host-cities'] as const
export type CallKind = (typeof CALL_KINDS)[number]

export const APPLICANT_TYPES = ['organisations', 'individuals', 'both'] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]

/** The practice fields a good-practice call's questions may fill (the practices module's own names). */
export const PRACTICE_FIELDS = [
  'title',
  'summary',
  'city',
  'challenge',
  'approach',
  'resources',
  'results',
  'transferability',
  'lessons',
] as const
export type PracticeField = (typeof PRACTICE_FIELDS)[number]

/** One evaluation criterion: scored by experts from 0 to `scaleMax`, weighted in the total. */
export interface Criterion {
  id: string
  name: string
  description: string
  weight: number
  scaleMax: number
}

/** Evaluation rounds in order: eligibility check (editors), expert scoring, panel on a shortlist. */
export const ROUNDS = ['eligibility', 'experts', 'panel'] as const
export type Round = (typeof ROUNDS)[number]

/** Each round's criteria; a round without any has no scoring (editors only forward). */
export type RoundCriteria = Partial<Record<Round, Criterion[]>>

export const calls = pgTable(
  'calls',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text({ enum: CALL_KINDS }).notNull(),
    title: text().notNull(),
    /** Markdown. */
    description: text().notNull().default(''),
    /** Markdown: how to apply, what makes a good application. */
    guidance: text().notNull().default(''),
    /** ISO 3166-1 alpha-2 codes of the countries applicants may come from; empty: any. */
    eligibleCountries: text().array().notNull().default(sql`'{}'::text[]`),
    /** Organisation kinds (accounts' ORGANISATION_KINDS) that may apply; empty: any. */
    eligibleOrganisationKinds: text().array().notNull().default(sql`'{}'::text[]`),
    applicantType: text({ enum: APPLICANT_TYPES }).notNull().default('organisations'),
    /** IANA zone the deadline is set and shown in. */
    timeZone: text().notNull().default('Europe/Brussels'),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    /** Enforced to the second: a submission at or after this instant is refused. */
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** How many submissions may be selected; null for no limit. */
    quota: integer(),
    reviewsPerSubmission: integer().notNull().default(3),
    /** Per round: the criteria its reviews are scored against. */
    criteria: jsonb().$type<RoundCriteria>().notNull().default({}),
    /** Experts never see who applied, nor for which organisation. */
    blind: boolean().notNull().default(false),
    /** Applicants may change a submitted application until the deadline. */
    editAfterSubmit: boolean().notNull().default(false),
    /** Experts from the applicant's country are treated as conflicted. */
    sameCountryConflict: boolean().notNull().default(false),
    /** The questionnaire applicants answer (questionnaires module); null until the editor builds it. */
    questionnaireId: uuid(),
    /** Good-practice calls: question id → practice field, so a selected answer becomes a draft practice. */
    practiceMapping: jsonb().$type<Record<string, PracticeField>>().notNull().default({}),
    /** Reference numbers read PREFIX-YEAR-0001. */
    referencePrefix: text().notNull().default('CALL'),
    /** The last reference number given; taken under the call's row lock. */
    lastReference: integer().notNull().default(0),
    evaluationStartedAt: timestamp({ withTimezone: true }),
    /** Outcomes released to applicants: the call is decided. */
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('calls_closes_at_idx').on(table.closesAt), index('calls_created_at_idx').on(table.createdAt)],
)

export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const DECISIONS = ['selected', 'reserve', 'not-selected'] as const
export type Decision = (typeof DECISIONS)[number]

/** A person's application to a call, for an organisation or on their own; answers live in questionnaires. */
export const callApplications = pgTable(
  'call_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** The questionnaire response holding the answers; not a foreign key (modules meet through index.ts). */
    responseId: uuid().notNull(),
    personId: text().notNull(),
    organisationId: uuid(),
    /** Country the application comes from (the organisation's), for eligibility and conflicts. */
    country: text(),
    /** Given on the first submission, e.g. GP-2027-0042; unique within the call. */
    reference: text(),
    status: text({ enum: APPLICATION_STATUSES }).notNull().default('draft'),
    round: text({ enum: ROUNDS }).notNull().default('eligibility'),
    decision: text({ enum: DECISIONS }),
    decisionReason: text().notNull().default(''),
    /** The draft practice a selected good practice became. */
    practiceId: uuid(),
    submittedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    outcomeSentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('call_applications_call_idx').on(table.callId, table.status),
    index('call_applications_person_idx').on(table.personId),
    uniqueIndex('call_applications_response_idx').on(table.responseId),
    uniqueIndex('call_applications_reference_idx').on(table.callId, table.reference),
  ],
)

/** The experts on a call's panel for one round (people with the expert role). */
export const callPanel = pgTable(
  'call_panel',
  {
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    round: text({ enum: ROUNDS }).notNull().default('experts'),
    expertId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.callId, table.round, table.expertId] })],
)

export const CONFLICT_REASONS = ['declared', 'same-organisation', 'same-country'] as const

/** An expert who must not review an application: declared by them, or found automatically. */
export const callConflicts = pgTable(
  'call_conflicts',
  {
    applicationId: uuid()
      .notNull()
      .references(() => callApplications.id, { onDelete: 'cascade' }),
    expertId: text().notNull(),
    reason: text({ enum: CONFLICT_REASONS }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.applicationId, table.expertId] })],
)

export const RECOMMENDATIONS = ['select', 'reserve', 'reject'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]

/** One expert's review of one application: an assignment until submitted. */
export const callReviews = pgTable(
  'call_reviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => callApplications.id, { onDelete: 'cascade' }),
    expertId: text().notNull(),
    round: text({ enum: ROUNDS }).notNull().default('experts'),
    status: text({ enum: ['assigned', 'submitted'] })
      .notNull()
      .default('assigned'),
    /** Criterion id → score on its scale. */
    scores: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** Weighted total 0–100 against the round's criteria, kept when submitted (and when criteria change). */
    total: doublePrecision(),
    comment: text().notNull().default(''),
    recommendation: text({ enum: RECOMMENDATIONS }),
    dueAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('call_reviews_application_expert_idx').on(table.applicationId, table.expertId, table.round),
    index('call_reviews_expert_idx').on(table.expertId),
  ],
)

export type Call = typeof calls.$inferSelect
export type CallApplication = typeof callApplications.$inferSelect
export type CallReview = typeof callReviews.$inferSelect
