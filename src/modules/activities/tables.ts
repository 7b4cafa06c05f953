import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { organisations, users } from '../accounts/tables.js'

export const ACTIVITY_KINDS = [
  'peer-learning-visit',
  'webinar',
  'online-workshop',
  'project-clinic',
  'academy-camp',
  'conference',
  'other',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/**
 * How people get a seat: open (first come, then a waiting list), by invitation of the organisers, or
 * by application (through a participants call; editors select funded and self-funded places).
 */
export const REGISTRATION_MODES = ['open', 'invitation', 'application'] as const
export type RegistrationMode = (typeof REGISTRATION_MODES)[number]

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** How a selected applicant's place is paid for. */
export const FUNDINGS = ['funded', 'self-funded'] as const
export type Funding = (typeof FUNDINGS)[number]

export const ACTIVITY_PUBLICATION_STATUSES = ['draft', 'published'] as const
export type ActivityPublicationStatus = (typeof ACTIVITY_PUBLICATION_STATUSES)[number]

export const REMINDER_KINDS = ['day-before', 'hour-before'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** A run of episodes under one name (the *Sharing stories* webinars), with its own page and feeds. */
export const activitySeries = pgTable('activity_series', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  summary: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text({ enum: ACTIVITY_KINDS }).notNull(),
    seriesId: uuid().references(() => activitySeries.id, { onDelete: 'set null' }),
    episodeNumber: integer(),
    title: text().notNull(),
    summary: text().notNull(),
    /** Markdown, rendered with platform/markdown (raw HTML shown as text). */
    description: text().notNull().default(''),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    hostCity: text(),
    /** ISO 3166-1 alpha-2. */
    hostCountry: text(),
    hostOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    /** IANA zone the activity happens in; times are stored UTC and shown in this zone. */
    timeZone: text().notNull().default('Europe/Brussels'),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    online: boolean().notNull().default(false),
    /** Confirmed participants only: never in public HTML, JSON or calendars. */
    joiningUrl: text(),
    venueName: text(),
    address: text(),
    /** BCP 47 primary tags of the languages spoken. */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    interpretation: text().notNull().default(''),
    accessibility: text().notNull().default(''),
    recordingUrl: text(),
    /** No public replay link, but the organisers send the recording to those who ask. */
    recordingOnRequest: boolean().notNull().default(false),
    report: text().notNull().default(''),
    /** Practices presented; no foreign key, the practices module owns them and may archive them. */
    practiceIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    registrationMode: text({ enum: REGISTRATION_MODES }).notNull().default('open'),
    /** Application mode: the participants call whose form is the application (calls module; no foreign key). */
    applicationCallId: uuid(),
    /** Application mode: places paid by the programme, and places taken at the participant's own cost. */
    fundedPlaces: integer(),
    selfFundedPlaces: integer(),
    /** Seats; null when there is no limit. Waitlisted registrations do not count. */
    capacity: integer(),
    /** Seats one organisation may take (its delegation and its members together); null for no limit. */
    perOrganisationLimit: integer(),
    registrationOpensAt: timestamp({ withTimezone: true }),
    registrationClosesAt: timestamp({ withTimezone: true }),
    /** iCalendar SEQUENCE: bumped whenever the time changes, so calendars replace the old event. */
    sequence: integer().notNull().default(0),
    /** Drafts are seen by their organisers only (404 for anyone else, in no list, feed or search). */
    publicationStatus: text({ enum: ACTIVITY_PUBLICATION_STATUSES }).notNull().default('published'),
    /** The call application (calls module) a draft visit was made from, with the call's title and path. */
    fromCallApplicationId: uuid(),
    fromCallTitle: text(),
    fromCallUrl: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('activities_starts_at_idx').on(table.startsAt),
    index('activities_series_id_idx').on(table.seriesId),
    // A practice's page lists the activities presenting it (practice_ids @> array[id]).
    index('activities_practice_ids_idx').using('gin', table.practiceIds),
    uniqueIndex('activities_from_call_application_idx').on(table.fromCallApplicationId),
  ],
)

/** The agenda: sessions of an activity with their times, speakers and rooms. */
export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    speakers: text().notNull().default(''),
    room: text().notNull().default(''),
  },
  (table) => [index('activity_sessions_activity_id_idx').on(table.activityId, table.startsAt)],
)

export const activityRegistrations = pgTable(
  'activity_registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organisation the person comes for (their delegation); null when they come on their own. */
    organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    registeredById: text().references(() => users.id, { onDelete: 'set null' }),
    status: text({ enum: REGISTRATION_STATUSES }).notNull(),
    /**
     * 1, 2, 3… per activity in the order registrations were taken (under the activity's row lock):
     * the waiting list is served in this order.
     */
    arrival: integer().notNull(),
    /** Dietary and accessibility needs: shown to organisers only. */
    needs: text().notNull().default(''),
    /** Application mode: the place the selection gave; null for open and invitation registrations. */
    funding: text({ enum: FUNDINGS }),
    /** Marked by organisers after the activity; null until then. */
    attended: boolean(),
    /**
     * The participant agreed to show their name and organisation to the other confirmed participants
     * who agreed too (and sees theirs); off until they say so.
     */
    listedToParticipants: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('activity_registrations_arrival_idx').on(table.activityId, table.arrival),
    // One live registration per person and activity; a cancelled one may be followed by a new one.
    uniqueIndex('activity_registrations_live_person_idx')
      .on(table.activityId, table.userId)
      .where(sql`status <> 'cancelled'`),
    index('activity_registrations_user_id_idx').on(table.userId),
  ],
)

/** Reminders sent: the unique pair is claimed in the transaction that queues the mail, so never twice. */
export const activityReminders = pgTable(
  'activity_reminders',
  {
    registrationId: uuid()
      .notNull()
      .references(() => activityRegistrations.id, { onDelete: 'cascade' }),
    kind: text({ enum: REMINDER_KINDS }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('activity_reminders_registration_kind_idx').on(table.registrationId, table.kind)],
)

/**
 * Editors' selection of applicants (participants call applications) for an application-mode
 * activity, counted against its funded and self-funded places under the activity's row lock. On
 * release each becomes a confirmed registration (`registrationId`).
 */
export const activitySelections = pgTable(
  'activity_selections',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    /** The call application selected (calls module; no foreign key). */
    applicationId: uuid().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    funding: text({ enum: FUNDINGS }).notNull(),
    selectedById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp({ withTimezone: true }),
    registrationId: uuid().references(() => activityRegistrations.id, { onDelete: 'set null' }),
  },
  (table) => [uniqueIndex('activity_selections_application_idx').on(table.activityId, table.applicationId)],
)

export const TRAVEL_MODES = ['train', 'plane', 'bus', 'car', 'other'] as const
export type TravelMode = (typeof TRAVEL_MODES)[number]

/**
 * What an accepted participant tells the organisers after selection: travel, accommodation, and
 * dietary and accessibility needs (the last two shown to organisers only).
 */
export const activityTravelDetails = pgTable('activity_travel_details', {
  registrationId: uuid()
    .primaryKey()
    .references(() => activityRegistrations.id, { onDelete: 'cascade' }),
  travelFrom: text().notNull(),
  travelMode: text({ enum: TRAVEL_MODES }).notNull(),
  /** ISO dates (YYYY-MM-DD) in the activity's zone. */
  arrivalDate: text().notNull(),
  departureDate: text().notNull(),
  accommodationNeeded: boolean().notNull(),
  dietary: text().notNull().default(''),
  accessibility: text().notNull().default(''),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export type Selection = typeof activitySelections.$inferSelect
export type TravelDetails = typeof activityTravelDetails.$inferSelect
export type Activity = typeof activities.$inferSelect
export type ActivitySeries = typeof activitySeries.$inferSelect
export type ActivitySession = typeof activitySessions.$inferSelect
export type Registration = typeof activityRegistrations.$inferSelect
