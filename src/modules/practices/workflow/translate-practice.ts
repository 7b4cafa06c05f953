import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { PRACTICE_LANGUAGES, type PracticeTranslationFields } from '../practice-fields.js'
import { practiceTranslations } from '../tables.js'
import { lockPractice, recordRevision } from './revisions.js'
import { authorize, inTransaction, notNow, type WorkflowEnv, type WorkflowRefusal } from './workflow-env.js'

export type TranslationResult =
  | { ok: true; slug: string; revision: number }
  | WorkflowRefusal
  /** The practice is written in this language, or Stoa does not know it. */
  | { ok: false; reason: 'bad-language' }

const isTranslationLanguage = (language: string, original: string) =>
  language !== original && (PRACTICE_LANGUAGES as readonly string[]).includes(language)

/**
 * Adds or replaces the practice's texts in another language. Editors and the practice's
 * organisation may; visitors reading in that language then see it, with a link to the original.
 */
export async function saveTranslation(
  db: Db,
  actor: Actor | null,
  practiceId: string,
  language: string,
  texts: PracticeTranslationFields,
  _env: WorkflowEnv,
  expectedRevision?: number,
): Promise<TranslationResult> {
  return inTransaction(db, async (tx) => {
    const { practice, revision } = await lockPractice(tx, practiceId)
    if (!authorize(actor, 'practice.translate', practice)) return notNow(practice)
    if (!isTranslationLanguage(language, practice.language))
      return { ok: false as const, reason: 'bad-language' as const }
    if (expectedRevision !== undefined && expectedRevision !== revision)
      return { ok: false as const, reason: 'stale' as const, revision }
    await tx
      .insert(practiceTranslations)
      .values({ practiceId, language, ...texts })
      .onConflictDoUpdate({
        target: [practiceTranslations.practiceId, practiceTranslations.language],
        set: { ...texts, updatedAt: sql`now()` },
      })
    const next = await recordRevision(tx, actor, {
      practiceId,
      previous: revision,
      action: 'translation-saved',
      details: { language },
    })
    return { ok: true as const, slug: practice.slug, revision: next }
  })
}

/** Removes the practice's translation into a language; visitors then read the original. */
export async function removeTranslation(
  db: Db,
  actor: Actor | null,
  practiceId: string,
  language: string,
  _env: WorkflowEnv,
): Promise<TranslationResult> {
  return inTransaction(db, async (tx) => {
    const { practice, revision } = await lockPractice(tx, practiceId)
    if (!authorize(actor, 'practice.translate', practice)) return notNow(practice)
    const removed = await tx
      .delete(practiceTranslations)
      .where(and(eq(practiceTranslations.practiceId, practiceId), eq(practiceTranslations.language, language)))
      .returning({ language: practiceTranslations.language })
    if (removed.length === 0) return { ok: false as const, reason: 'bad-language' as const }
    const next = await recordRevision(tx, actor, {
      practiceId,
      previous: revision,
      action: 'translation-removed',
      details: { language },
    })
    return { ok: true as const, slug: practice.slug, revision: next }
  })
}
