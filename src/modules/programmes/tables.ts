import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

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
    /** A file in the storage (see platform/storage); the partner's name is shown when there is none. */
    logoPath: text(),
    logoAlt: text(),
    /** 'lead' partners are listed first and named as coordinators. */
    role: text({ enum: ['lead', 'partner'] })
      .notNull()
      .default('partner'),
    position: integer().notNull().default(0),
  },
  (table) => [index('programme_partners_programme_id_idx').on(table.programmeId)],
)
