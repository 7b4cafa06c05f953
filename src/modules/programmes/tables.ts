import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'

export const programmes = pgTable('programmes', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** One or two sentences shown on cards and in the header of the programme page. */
  summary: text().notNull(),
  /** Longer description, plain paragraphs separated by blank lines. */
  description: text().notNull().default(''),
  /** The language the programme's texts are written in (BCP 47 primary tag). */
  language: text().notNull().default('en'),
  websiteUrl: text(),
  startsOn: date(),
  endsOn: date(),
  /**
   * How much of starts_on/ends_on is known: sources often give only a month ("from October 2019")
   * or a year, and showing a day the source never gave would invent a fact. 'month' keeps the 1st.
   */
  datesPrecision: text({ enum: ['day', 'month', 'year'] })
    .notNull()
    .default('day'),
  /** EU-funded programmes must show the EU emblem, "Funded by the European Union" and the disclaimer. */
  euFunded: boolean().notNull().default(false),
  /** Who granted the funds, named in the standard disclaimer, e.g. "the European Commission". */
  grantingAuthority: text(),
  /** Free text shown under the emblem, e.g. the grant agreement or the funding line. */
  fundingNote: text(),
  position: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const programmePartners = pgTable(
  'programme_partners',
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    url: text(),
    /**
     * A root-relative path on this site (a stored file, e.g. /files/…): the CSP loads images from this
     * origin only, so a logo hot-linked from elsewhere would never show. Without one the name is shown.
     */
    logoPath: text(),
    logoAlt: text(),
    /** 'lead' partners are listed first and named as coordinators. */
    role: text({ enum: ['lead', 'partner'] })
      .notNull()
      .default('partner'),
    position: integer().notNull().default(0),
  },
  (table) => [
    index('programme_partners_programme_id_idx').on(table.programmeId),
    // A partner is matched by name when a programme is saved again, so its id stays stable.
    uniqueIndex('programme_partners_programme_id_name_idx').on(table.programmeId, table.name),
  ],
)
