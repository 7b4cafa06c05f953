import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { organisations } from '../../accounts/tables.js'
import type { PublicationStatus } from '../policy.js'
import { PUBLICATION_STATUSES, practiceRevisions, practices, practiceTranslations } from '../tables.js'
import { currentRevisionNumber, type PracticeRow } from './revisions.js'

export interface PracticeForWriting {
  practice: PracticeRow
  /** The newest revision: the form sends it back, so a concurrent save is noticed. */
  revision: number
  organisationName: string | null
  translations: (typeof practiceTranslations.$inferSelect)[]
}

/** Any practice by its current slug, with what the writing and review pages show. */
export async function findPracticeForWriting(db: Db, slug: string): Promise<PracticeForWriting | undefined> {
  const [row] = await db
    .select({ practice: practices, organisationName: organisations.name })
    .from(practices)
    .leftJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(eq(practices.slug, slug))
  if (!row) return undefined
  const translations = await db
    .select()
    .from(practiceTranslations)
    .where(eq(practiceTranslations.practiceId, row.practice.id))
    .orderBy(asc(practiceTranslations.language))
  return {
    practice: row.practice,
    organisationName: row.organisationName,
    revision: await currentRevisionNumber(db, row.practice.id),
    translations,
  }
}

export interface PracticeListItem {
  slug: string
  title: string
  city: string
  publicationStatus: PublicationStatus
  organisationName: string | null
  updatedAt: Date
}

const listColumns = {
  slug: practices.slug,
  title: practices.title,
  city: practices.city,
  publicationStatus: practices.publicationStatus,
  organisationName: organisations.name,
  updatedAt: practices.updatedAt,
}

/** The practices of these organisations, in every state, the most recently changed first. */
export async function listOrganisationsPractices(db: Db, organisationIds: string[]): Promise<PracticeListItem[]> {
  if (organisationIds.length === 0) return []
  return db
    .select(listColumns)
    .from(practices)
    .leftJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(inArray(practices.organisationId, organisationIds))
    .orderBy(desc(practices.updatedAt), practices.id)
}

export const REVIEW_PAGE_SIZE = 50

// Waiting for an editor first, then waiting for the organisation, then the rest.
const stateOrder = sql`case ${practices.publicationStatus} when 'submitted' then 0 when 'changes-requested' then 1
  when 'draft' then 2 when 'published' then 3 else 4 end`

export function parseReviewStates(values: string[]): PublicationStatus[] {
  return PUBLICATION_STATUSES.filter((status) => values.includes(status))
}

/** The editors' queue: practices in the chosen states (all when none), submitted ones first, oldest waiting first. */
export async function listPracticesForReview(
  db: Db,
  filter: { states: PublicationStatus[]; page: number },
): Promise<{ total: number; items: PracticeListItem[] }> {
  const where = filter.states.length > 0 ? inArray(practices.publicationStatus, filter.states) : undefined
  const [counted] = await db.select({ total: count() }).from(practices).where(where)
  const items = await db
    .select(listColumns)
    .from(practices)
    .leftJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(where)
    .orderBy(
      stateOrder,
      sql`case when ${practices.publicationStatus} = 'submitted' then ${practices.updatedAt} end asc`,
      desc(practices.updatedAt),
      practices.id,
    )
    .limit(REVIEW_PAGE_SIZE)
    .offset((filter.page - 1) * REVIEW_PAGE_SIZE)
  return { total: Number(counted?.total ?? 0), items }
}

/** Two revisions of a practice, for the diff; undefined when either number does not exist. */
export async function findRevisionPair(db: Db, practiceId: string, from: number, to: number) {
  const rows = await db
    .select()
    .from(practiceRevisions)
    .where(and(eq(practiceRevisions.practiceId, practiceId), inArray(practiceRevisions.number, [from, to])))
  const older = rows.find((row) => row.number === from)
  const newer = rows.find((row) => row.number === to)
  return older && newer ? { older, newer } : undefined
}
