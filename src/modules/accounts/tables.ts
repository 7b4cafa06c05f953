import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
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

// The first five tables are Better Auth's, written by hand from its documented schema (its CLI needs
// Node 22). Better Auth addresses them by the model names set in auth.ts; the property names must
// stay those Better Auth uses.

export const users = pgTable('users', {
  id: text().primaryKey(),
  name: text().notNull(),
  email: text().notNull().unique(),
  emailVerified: boolean().notNull().default(false),
  image: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Granted site roles besides "member" (which every verified person is): admin, editor, expert. */
  roles: text().array().notNull().default(sql`'{}'::text[]`),
  /** The interface language the person chose last; e-mails to them are written in it. */
  locale: text().notNull().default('en'),
  /** Set when the person deleted their account: the row stays for what the programme keeps, anonymised. */
  deletedAt: timestamp({ withTimezone: true }),
})

export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
)

/** Better Auth's "account": a way to sign in (here: a password), not a Stoa account. */
export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    password: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('auth_accounts_user_id_idx').on(table.userId)],
)

export const authVerifications = pgTable(
  'auth_verifications',
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('auth_verifications_identifier_idx').on(table.identifier)],
)

/**
 * Fixed-window counters for sign-in, sign-up, link and reset requests, per address and per IP,
 * shared by every app instance (see rate-limit.ts).
 */
export const accountRateLimits = pgTable('account_rate_limits', {
  key: text().primaryKey(),
  count: integer().notNull(),
  windowStartedAt: bigint({ mode: 'number' }).notNull(),
})

export const ORGANISATION_KINDS = [
  'city',
  'region',
  'national-body',
  'ngo',
  'museum-heritage',
  'university-research',
  'network',
  'company',
  'other',
] as const

export const POPULATION_BANDS = ['under-50k', '50k-100k', '100k-250k', '250k-500k', '500k-1m', 'over-1m'] as const

export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: text({ enum: ORGANISATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text().notNull(),
    city: text(),
    /** Cities only. */
    populationBand: text({ enum: POPULATION_BANDS }),
    website: text(),
    logoPath: text(),
    description: text().notNull().default(''),
    verifiedAt: timestamp({ withTimezone: true }),
    /** Set when an editor merged this organisation into another; its slug then redirects there. */
    mergedIntoId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('organisations_country_idx').on(table.country), index('organisations_kind_idx').on(table.kind)],
)

export const organisationMemberships = pgTable(
  'organisation_memberships',
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: ['admin', 'member'] })
      .notNull()
      .default('member'),
    /** 'requested': the person asked to join and waits for an organisation admin or an editor. */
    status: text({ enum: ['active', 'requested'] })
      .notNull()
      .default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: text(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.userId] }),
    index('organisation_memberships_user_id_idx').on(table.userId),
  ],
)

/**
 * An invitation by e-mail: to an organisation (by one of its admins) or to the expert pool (by an
 * editor). Only the token's hash is stored; accepting creates the account when there is none.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    purpose: text({ enum: ['organisation', 'expert'] }).notNull(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    organisationRole: text({ enum: ['admin', 'member'] }),
    invitedBy: text().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('invitations_token_hash_idx').on(table.tokenHash),
    index('invitations_email_idx').on(table.email),
  ],
)

/** What the person shows of themselves; each field's audience is theirs to choose. */
export const profiles = pgTable('profiles', {
  userId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  country: text(),
  languages: text().array().notNull().default(sql`'{}'::text[]`),
  expertise: text().array().notNull().default(sql`'{}'::text[]`),
  bio: text().notNull().default(''),
  photoPath: text(),
  photoAlt: text(),
  /** Per field: 'public' | 'members' | 'private'. The e-mail address is never public. */
  visibility: jsonb().$type<Record<string, 'public' | 'members' | 'private'>>().notNull().default({}),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
