import { asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { NotFoundError } from '../../platform/http/errors.js'
import type { DatesPrecision } from './programme-period.js'
import { programmePartners, programmes } from './tables.js'

/** Enough of a programme to name it and link to it from another module's page. */
export interface ProgrammeRef {
  id: string
  slug: string
  name: string
  /** The language its name is written in, for a lang attribute when it differs from the page's. */
  language: string
}

export interface ProgrammeSummary extends ProgrammeRef {
  summary: string
  startsOn: string | null
  endsOn: string | null
  datesPrecision: DatesPrecision
  euFunded: boolean
  partnersCount: number
  updatedAt: Date
}

export interface ProgrammePartner {
  id: string
  name: string
  url: string | null
  logoPath: string | null
  logoAlt: string | null
  role: 'lead' | 'partner'
}

export interface Programme extends ProgrammeSummary {
  description: string
  websiteUrl: string | null
  grantingAuthority: string | null
  fundingNote: string | null
  /** Lead partners first, then in their editors' order. */
  partners: ProgrammePartner[]
}

const refColumns = {
  id: programmes.id,
  slug: programmes.slug,
  name: programmes.name,
  language: programmes.language,
}

const summaryColumns = {
  ...refColumns,
  summary: programmes.summary,
  startsOn: programmes.startsOn,
  endsOn: programmes.endsOn,
  datesPrecision: programmes.datesPrecision,
  euFunded: programmes.euFunded,
  updatedAt: programmes.updatedAt,
}

const programmeOrder = [asc(programmes.position), asc(programmes.name)]

/**
 * The first `limit` programmes for the home page: running and upcoming ones first, then past ones,
 * each group in the editors' order. Counts partners only for the rows returned.
 */
export async function listProgrammesForHome(db: Db, today: string, limit: number): Promise<ProgrammeSummary[]> {
  // The last day an end date covers at its precision (SQL twin of lastDayOf in programme-period.ts).
  const lastDay = sql`case ${programmes.datesPrecision}
      when 'month' then (date_trunc('month', ${programmes.endsOn}) + interval '1 month - 1 day')::date
      when 'year' then make_date(extract(year from ${programmes.endsOn})::int, 12, 31)
      else ${programmes.endsOn} end`
  const rows = await db
    .select({
      ...summaryColumns,
      // Qualified by hand: inside a subquery a bare column would resolve to the partners' own id.
      partnersCount: sql<number>`(select count(*)::int from ${programmePartners} where ${programmePartners}.programme_id = ${programmes}.id)`,
    })
    .from(programmes)
    .orderBy(sql`(${programmes.endsOn} is not null and ${lastDay} < ${today}::date)`, ...programmeOrder)
    .limit(limit)
  return rows.map((row) => ({ ...row, partnersCount: Number(row.partnersCount) }))
}

/** Every programme, in the order the editors gave them, with the number of partners. */
export async function listProgrammes(db: Db): Promise<ProgrammeSummary[]> {
  const partnersCount = db
    .select({ programmeId: programmePartners.programmeId, total: count().as('total') })
    .from(programmePartners)
    .groupBy(programmePartners.programmeId)
    .as('partners_count')
  const rows = await db
    .select({ ...summaryColumns, partnersCount: sql<number>`coalesce(${partnersCount.total}, 0)::int` })
    .from(programmes)
    .leftJoin(partnersCount, eq(partnersCount.programmeId, programmes.id))
    .orderBy(...programmeOrder)
  return rows.map((row) => ({ ...row, partnersCount: Number(row.partnersCount) }))
}

export async function findProgrammeBySlug(db: Db, slug: string): Promise<Programme | undefined> {
  const [row] = await db
    .select({
      ...summaryColumns,
      description: programmes.description,
      websiteUrl: programmes.websiteUrl,
      grantingAuthority: programmes.grantingAuthority,
      fundingNote: programmes.fundingNote,
    })
    .from(programmes)
    .where(eq(programmes.slug, slug))
  if (!row) return undefined
  const partners = await db
    .select({
      id: programmePartners.id,
      name: programmePartners.name,
      url: programmePartners.url,
      logoPath: programmePartners.logoPath,
      logoAlt: programmePartners.logoAlt,
      role: programmePartners.role,
    })
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, row.id))
    .orderBy(sql`${programmePartners.role} = 'lead' desc`, asc(programmePartners.position), asc(programmePartners.name))
  return { ...row, partners, partnersCount: partners.length }
}

export async function getProgrammeBySlug(db: Db, slug: string): Promise<Programme> {
  const programme = await findProgrammeBySlug(db, slug)
  if (!programme) throw new NotFoundError(`programme ${slug}`)
  return programme
}

/** The choices of a programme filter, and the names other modules show beside their content. */
export async function listProgrammeOptions(db: Db): Promise<ProgrammeRef[]> {
  return db
    .select(refColumns)
    .from(programmes)
    .orderBy(...programmeOrder)
}

export async function findProgrammeIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug))
  return row?.id
}

/** For the sitemap: each programme page and when it last changed. */
export async function listProgrammeSlugs(db: Db): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: programmes.slug, updatedAt: programmes.updatedAt })
    .from(programmes)
    .orderBy(...programmeOrder)
}
