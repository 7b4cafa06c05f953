import { and, eq, inArray, lt } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { practiceRevisions, practices, practiceTranslations } from '../tables.js'
import { snapshotFrom } from '../workflow/revisions.js'
import { type CheckedRow, checkImportRows } from './check-rows.js'
import { decodeImportText, type FileProblem, MAX_IMPORT_BYTES, parseImportFile } from './parse-file.js'
import { type PracticeImportError, practiceImports } from './tables.js'

/** Rows written per statement: thousands of rows in a few round trips, each batch a progress step. */
export const IMPORT_BATCH_SIZE = 250

export type PreviewResult = { ok: true; importId: string } | { ok: false; problem: FileProblem }

/**
 * Keeps an uploaded file for its preview: the file is read and must be a file of rows, but its
 * rows may have problems (the preview lists them). Nothing is written to the catalogue.
 */
export async function uploadPracticeImport(
  db: Db,
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array; publish: boolean },
): Promise<PreviewResult> {
  if (upload.bytes.byteLength === 0) return { ok: false, problem: { key: 'empty' } }
  if (upload.bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, problem: { key: 'tooLarge' } }
  const text = decodeImportText(upload.bytes)
  if (text === undefined) return { ok: false, problem: { key: 'notUtf8' } }
  const parsed = parseImportFile(upload.fileName, text)
  if (!parsed.ok) return parsed
  await deleteStalePreviews(db, new Date())
  const [row] = await db
    .insert(practiceImports)
    .values({
      fileName: upload.fileName.slice(0, 200),
      format: parsed.format,
      source: text,
      publish: upload.publish,
      total: parsed.records.length,
      createdBy: actor.id,
    })
    .returning({ id: practiceImports.id })
  return { ok: true, importId: row!.id }
}

/** The rows of a kept file, checked against the catalogue as it is now. */
export async function checkPracticeImport(
  db: Db,
  practiceImport: { fileName: string; source: string | null; publish: boolean },
  t: Translate,
): Promise<CheckedRow[]> {
  const parsed = parseImportFile(practiceImport.fileName, practiceImport.source ?? '')
  if (!parsed.ok) return []
  return checkImportRows(db, parsed.records, { publish: practiceImport.publish, t })
}

/** Progress of the imports running in this process, between batches (the transaction hides it from others). */
const progress = new Map<string, number>()
const running = new Map<string, Promise<void>>()

export function importProgress(importId: string): number | undefined {
  return progress.get(importId)
}

/** The import's run, if one is under way in this process (tests wait for it). */
export function runningImport(importId: string): Promise<void> | undefined {
  return running.get(importId)
}

export type StartResult = { ok: true } | { ok: false; reason: 'not-previewed' | 'has-problems' }

/**
 * The editor's go-ahead: the rows are checked once more (the catalogue may have changed since the
 * preview) and, when none has a problem, the import is queued and run in the background.
 */
export async function startPracticeImport(
  db: Db,
  actor: Actor,
  importId: string,
  t: Translate,
  onError: (error: unknown) => void,
): Promise<StartResult> {
  const [practiceImport] = await db.select().from(practiceImports).where(eq(practiceImports.id, importId))
  if (practiceImport?.state !== 'previewed') return { ok: false, reason: 'not-previewed' }
  const rows = await checkPracticeImport(db, practiceImport, t)
  if (rows.length === 0 || rows.some((row) => row.problems.length > 0)) return { ok: false, reason: 'has-problems' }
  const [queued] = await db
    .update(practiceImports)
    .set({ state: 'queued' })
    .where(and(eq(practiceImports.id, importId), eq(practiceImports.state, 'previewed')))
    .returning({ id: practiceImports.id })
  // Two clicks on "Import": only the first one starts it.
  if (!queued) return { ok: false, reason: 'not-previewed' }
  const run = runPracticeImport(db, actor, importId, rows)
    .catch(onError)
    .finally(() => running.delete(importId))
  running.set(importId, run)
  return { ok: true }
}

/** The slug named by a unique-violation error from PostgreSQL ("Key (slug)=(x) already exists."). */
function takenSlug(error: unknown): string | undefined {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const { code, detail } = cause as { code?: string; detail?: string }
    if (code === '23505') return detail?.match(/\(slug\)=\((.*)\)/)?.[1] ?? ''
  }
  return undefined
}

/**
 * Writes every row in one transaction, in batches: all or nothing. A slug taken meanwhile (by
 * another import at the same moment, say) fails the unique constraint, and nothing is written.
 */
export async function runPracticeImport(db: Db, actor: Actor, importId: string, rows: CheckedRow[]): Promise<void> {
  const inputs = rows.map((row) => row.input!)
  await db
    .update(practiceImports)
    .set({ state: 'running', startedAt: new Date(), total: inputs.length, done: 0 })
    .where(eq(practiceImports.id, importId))
  progress.set(importId, 0)
  let createdIds: string[] = []
  let error: PracticeImportError | null = null
  try {
    createdIds = await db.transaction(async (tx) => {
      const ids: string[] = []
      const publishedAt = new Date()
      for (let start = 0; start < inputs.length; start += IMPORT_BATCH_SIZE) {
        const batch = inputs.slice(start, start + IMPORT_BATCH_SIZE)
        const created = await tx
          .insert(practices)
          .values(
            batch.map(({ translations: _, ...input }) => ({
              ...input,
              publishedAt: input.publicationStatus === 'published' ? publishedAt : null,
            })),
          )
          .returning()
        const translations = batch.flatMap((input, index) =>
          (input.translations ?? []).map((translation) => ({ practiceId: created[index]!.id, ...translation })),
        )
        const translated =
          translations.length > 0 ? await tx.insert(practiceTranslations).values(translations).returning() : []
        // Revision 1 of each, as if written in the form: the history starts with the import.
        await tx.insert(practiceRevisions).values(
          created.map((practice) => ({
            practiceId: practice.id,
            number: 1,
            action: 'created' as const,
            snapshot: snapshotFrom(
              practice,
              translated.filter((translation) => translation.practiceId === practice.id),
            ),
            authorId: actor.id,
            authorName: actor.name || actor.email,
          })),
        )
        ids.push(...created.map((row) => row.id))
        progress.set(importId, ids.length)
        // Lets other requests (the progress page) be answered between batches.
        await new Promise((resolve) => setImmediate(resolve))
      }
      await recordAudit(tx, {
        action: 'practice.imported',
        actorId: actor.id,
        actorLabel: actor.email,
        subjectType: 'practice_import',
        subjectId: importId,
        details: { count: ids.length },
      })
      return ids
    })
  } catch (failure) {
    const slug = takenSlug(failure)
    error = slug !== undefined ? { key: 'slugTaken', values: { slug } } : { key: 'unexpected' }
    if (slug === undefined) throw failure
  } finally {
    progress.delete(importId)
    await db
      .update(practiceImports)
      .set({
        state: error ? 'failed' : 'succeeded',
        done: error ? 0 : createdIds.length,
        createdPracticeIds: createdIds,
        error,
        source: null,
        finishedAt: new Date(),
      })
      .where(eq(practiceImports.id, importId))
  }
}

/**
 * At start: an import left queued or running by a stopped process never finished, and its
 * transaction was rolled back with the process; it is marked failed so its page says so.
 */
export async function failInterruptedImports(db: Db): Promise<void> {
  await db
    .update(practiceImports)
    .set({ state: 'failed', error: { key: 'interrupted' }, source: null, finishedAt: new Date() })
    .where(inArray(practiceImports.state, ['queued', 'running']))
  await deleteStalePreviews(db, new Date())
}

/** A preview nobody started within this time is deleted with its file (at start and at each upload). */
export const PREVIEW_KEPT_MS = 24 * 3600_000

/** Deletes the previews (and the files they keep) older than PREVIEW_KEPT_MS; returns how many. */
export async function deleteStalePreviews(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(practiceImports)
    .where(
      and(
        eq(practiceImports.state, 'previewed'),
        lt(practiceImports.createdAt, new Date(now.getTime() - PREVIEW_KEPT_MS)),
      ),
    )
    .returning({ id: practiceImports.id })
  return deleted.length
}
