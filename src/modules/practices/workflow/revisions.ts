import { asc, desc, eq, max, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import { NotFoundError } from '../../../platform/http/errors.js'
import { PRACTICE_FIELD_NAMES } from '../practice-fields.js'
import {
  type PracticeSnapshot,
  practiceRevisions,
  practices,
  practiceTranslations,
  type RevisionAction,
} from '../tables.js'

export type PracticeRow = typeof practices.$inferSelect
export type PracticeRevision = typeof practiceRevisions.$inferSelect

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The fields a snapshot keeps, in the order the history and the diff show them. */
export const SNAPSHOT_FIELDS = PRACTICE_FIELD_NAMES satisfies readonly (keyof PracticeRow)[]

/** The number of the practice's newest revision; 0 for a practice written before revisions (the demo). */
export async function currentRevisionNumber(db: Db, practiceId: string): Promise<number> {
  const [row] = await db
    .select({ number: max(practiceRevisions.number) })
    .from(practiceRevisions)
    .where(eq(practiceRevisions.practiceId, practiceId))
  return row?.number ?? 0
}

/**
 * The practice, locked until the transaction ends, so that of two changes at once the second
 * sees the first's revision; NotFoundError when there is none.
 */
export async function lockPractice(tx: Db, practiceId: string): Promise<{ practice: PracticeRow; revision: number }> {
  if (!UUID.test(practiceId)) throw new NotFoundError('practice')
  const [practice] = await tx.select().from(practices).where(eq(practices.id, practiceId)).for('update')
  if (!practice) throw new NotFoundError('practice')
  return { practice, revision: await currentRevisionNumber(tx, practiceId) }
}

async function snapshotOf(tx: Db, practiceId: string): Promise<PracticeSnapshot> {
  const [practice] = await tx.select().from(practices).where(eq(practices.id, practiceId))
  if (!practice) throw new NotFoundError('practice')
  const translations = await tx
    .select()
    .from(practiceTranslations)
    .where(eq(practiceTranslations.practiceId, practiceId))
    .orderBy(asc(practiceTranslations.language))
  return snapshotFrom(practice, translations)
}

type TranslationTexts = Pick<
  typeof practiceTranslations.$inferSelect,
  'language' | 'title' | 'summary' | 'challenge' | 'approach' | 'results' | 'transferability' | 'lessons'
>

/** The snapshot of a practice row and its translations (in language order), as a revision keeps it. */
export function snapshotFrom(practice: PracticeRow, translations: readonly TranslationTexts[]): PracticeSnapshot {
  return {
    slug: practice.slug,
    publicationStatus: practice.publicationStatus,
    fields: Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, practice[field]])),
    translations: Object.fromEntries(
      [...translations]
        .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))
        .map(({ language, title, summary, challenge, approach, results, transferability, lessons }) => [
          language,
          { title, summary, challenge, approach, results, transferability, lessons },
        ]),
    ),
  }
}

const auditAction = (action: RevisionAction) => `practice.${action.replaceAll('-', '_')}`

/**
 * Writes the next revision (the practice as it now stands, who, when, why) and the audit event,
 * in the caller's transaction, after the change itself. Returns the new revision number.
 */
export async function recordRevision(
  tx: Db,
  actor: Actor,
  change: { practiceId: string; previous: number; action: RevisionAction; comment?: string; details?: object },
): Promise<number> {
  const snapshot = await snapshotOf(tx, change.practiceId)
  const number = change.previous + 1
  await tx.insert(practiceRevisions).values({
    practiceId: change.practiceId,
    number,
    action: change.action,
    snapshot,
    authorId: actor.id,
    authorName: actor.name || actor.email,
    comment: change.comment ?? null,
  })
  await tx.update(practices).set({ updatedAt: sql`now()` }).where(eq(practices.id, change.practiceId))
  const [practice] = await tx
    .select({ organisationId: practices.organisationId })
    .from(practices)
    .where(eq(practices.id, change.practiceId))
  await recordAudit(tx, {
    action: auditAction(change.action),
    actorId: actor.id,
    actorLabel: actor.email,
    subjectType: 'practice',
    subjectId: change.practiceId,
    organisationId: practice?.organisationId ?? null,
    details: { revision: number, slug: snapshot.slug, ...(change.details ?? {}) },
  })
  return number
}

/** A practice's revisions, newest first. */
export async function listRevisions(db: Db, practiceId: string): Promise<PracticeRevision[]> {
  return db
    .select()
    .from(practiceRevisions)
    .where(eq(practiceRevisions.practiceId, practiceId))
    .orderBy(desc(practiceRevisions.number))
}

/** The newest request for changes, shown to the organisation while the practice waits for them. */
export async function findLatestChangeRequest(db: Db, practiceId: string): Promise<PracticeRevision | undefined> {
  const [row] = await db
    .select()
    .from(practiceRevisions)
    .where(sql`${practiceRevisions.practiceId} = ${practiceId} and ${practiceRevisions.action} = 'changes-requested'`)
    .orderBy(desc(practiceRevisions.number))
    .limit(1)
  return row
}

/** Who started the practice: the author of its first revision, the one told about reviews. */
export async function findProposerId(db: Db, practiceId: string): Promise<string | null> {
  const [row] = await db
    .select({ authorId: practiceRevisions.authorId })
    .from(practiceRevisions)
    .where(sql`${practiceRevisions.practiceId} = ${practiceId} and ${practiceRevisions.action} = 'created'`)
    .limit(1)
  return row?.authorId ?? null
}
