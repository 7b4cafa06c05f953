import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { renamePractice } from '../commands.js'
import { canOnPractice } from '../policy.js'
import { type PracticeFields, practiceColumns } from '../practice-fields.js'
import { practices } from '../tables.js'
import { lockPractice, type PracticeRow, recordRevision, SNAPSHOT_FIELDS } from './revisions.js'
import { slugFitsTitle, uniqueSlug } from './slug.js'
import { authorize, inTransaction, notNow, type WorkflowEnv, type WorkflowRefusal } from './workflow-env.js'

export type WriteResult = { ok: true; id: string; slug: string; revision: number } | WorkflowRefusal

/** A member starts a practice for one of their organisations: a draft only they and editors see. */
export async function createDraftPractice(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  fields: PracticeFields,
  _env: WorkflowEnv,
): Promise<{ ok: true; id: string; slug: string; revision: number }> {
  if (!actor || !canOnPractice(actor, 'practice.propose', { organisationId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const slug = await uniqueSlug(tx, fields.title)
    const [row] = await tx
      .insert(practices)
      .values({ ...practiceColumns(fields), slug, organisationId, publicationStatus: 'draft' })
      .returning({ id: practices.id })
    const revision = await recordRevision(tx, actor, { practiceId: row!.id, previous: 0, action: 'created' })
    return { ok: true as const, id: row!.id, slug, revision }
  })
}

/**
 * Keeps the slug in step with the title. Once a practice has been public its old slug keeps
 * answering, as a redirect: while it is published at once, otherwise when it is published again.
 */
export async function followTitle(tx: Db, practice: PracticeRow, publishing: boolean): Promise<string> {
  if (slugFitsTitle(practice.slug, practice.title)) return practice.slug
  const everPublic = practice.publishedAt !== null
  if (everPublic && !publishing && practice.publicationStatus !== 'published') return practice.slug
  const slug = await uniqueSlug(tx, practice.title, practice.id)
  if (everPublic) await renamePractice(tx, practice.slug, slug)
  else await tx.update(practices).set({ slug }).where(eq(practices.id, practice.id))
  return slug
}

const sameFields = (practice: PracticeRow, columns: ReturnType<typeof practiceColumns>) =>
  SNAPSHOT_FIELDS.every((field) => JSON.stringify(practice[field]) === JSON.stringify(columns[field]))

/**
 * Saves a writer's changes. Editors may edit at any time; the organisation's members while the
 * practice is a draft or sent back to them. `expectedRevision` is the revision the form showed:
 * when someone saved since, nothing is written and the writer is told (their text stays on the form).
 */
export async function updatePractice(
  db: Db,
  actor: Actor | null,
  practiceId: string,
  fields: PracticeFields,
  expectedRevision: number,
  _env: WorkflowEnv,
): Promise<WriteResult> {
  return inTransaction(db, async (tx) => {
    const { practice, revision } = await lockPractice(tx, practiceId)
    if (!authorize(actor, 'practice.edit', practice)) return notNow(practice)
    if (revision !== expectedRevision) return { ok: false as const, reason: 'stale' as const, revision }
    const columns = practiceColumns(fields)
    if (sameFields(practice, columns)) return { ok: true as const, id: practice.id, slug: practice.slug, revision }
    const [updated] = await tx.update(practices).set(columns).where(eq(practices.id, practiceId)).returning()
    const slug = await followTitle(tx, updated!, false)
    const changed = SNAPSHOT_FIELDS.filter(
      (field) => JSON.stringify(practice[field]) !== JSON.stringify(columns[field]),
    )
    const next = await recordRevision(tx, actor, {
      practiceId,
      previous: revision,
      action: 'edited',
      details: { fields: changed },
    })
    return { ok: true as const, id: practiceId, slug, revision: next }
  })
}
