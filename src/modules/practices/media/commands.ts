import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { FileStorage, FileType } from '../../../platform/storage/index.js'
import { findPracticeDocument, findPracticeImage } from './queries.js'
import { practiceDocuments, practiceImages } from './tables.js'

/** A file that passed checkUpload: its bytes, its type by content and the uploader's file name. */
export interface AcceptedFile {
  bytes: Uint8Array
  type: FileType
  name: string
}

export interface ImageDescription {
  alt: string
  credit: string
  altLanguage: string
}

/** Stores the image and adds it after the practice's other images. */
export async function addPracticeImage(
  db: Db,
  storage: FileStorage,
  input: { practiceId: string; file: AcceptedFile } & ImageDescription,
): Promise<string> {
  const storageKey = await storage.put('practice-images', input.file.bytes, input.file.type)
  try {
    const [row] = await db
      .insert(practiceImages)
      .values({
        practiceId: input.practiceId,
        storageKey,
        type: input.file.type,
        alt: input.alt,
        credit: input.credit,
        altLanguage: input.altLanguage,
        position: sql`(select coalesce(max(${practiceImages.position}), 0) + 1 from ${practiceImages} where ${practiceImages.practiceId} = ${input.practiceId})`,
      })
      .returning({ id: practiceImages.id })
    if (!row) throw new Error('image not saved')
    return row.id
  } catch (error) {
    // No row points at the file: it would never be served nor deleted.
    await storage.delete(storageKey)
    throw error
  }
}

export async function describePracticeImage(
  db: Db,
  practiceId: string,
  imageId: string,
  description: ImageDescription,
): Promise<void> {
  await db
    .update(practiceImages)
    .set(description)
    .where(and(eq(practiceImages.practiceId, practiceId), eq(practiceImages.id, imageId)))
}

/** Swaps the image with its neighbour; at either end nothing changes. */
export async function movePracticeImage(
  db: Db,
  practiceId: string,
  imageId: string,
  direction: 'up' | 'down',
): Promise<void> {
  await db.transaction(async (tx) => {
    const images = await tx
      .select({ id: practiceImages.id, position: practiceImages.position })
      .from(practiceImages)
      .where(eq(practiceImages.practiceId, practiceId))
      .orderBy(asc(practiceImages.position), asc(practiceImages.createdAt))
      .for('update')
    const index = images.findIndex((image) => image.id === imageId)
    const other = index < 0 ? -1 : direction === 'up' ? index - 1 : index + 1
    if (index < 0 || other < 0 || other >= images.length) return
    const order = images.map((image) => image.id)
    ;[order[index], order[other]] = [order[other]!, order[index]!]
    // Renumbered from 1, so positions stay distinct even after removals left gaps.
    for (const [position, id] of order.entries())
      await tx
        .update(practiceImages)
        .set({ position: position + 1 })
        .where(eq(practiceImages.id, id))
  })
}

export async function removePracticeImage(
  db: Db,
  storage: FileStorage,
  practiceId: string,
  imageId: string,
): Promise<void> {
  const image = await findPracticeImage(db, practiceId, imageId)
  if (!image) return
  await db.delete(practiceImages).where(eq(practiceImages.id, image.id))
  await storage.delete(image.storageKey)
}

export async function addPracticeDocument(
  db: Db,
  storage: FileStorage,
  input: { practiceId: string; file: AcceptedFile; title: string; language: string },
): Promise<string> {
  const storageKey = await storage.put('practice-documents', input.file.bytes, input.file.type)
  try {
    const [row] = await db
      .insert(practiceDocuments)
      .values({
        practiceId: input.practiceId,
        storageKey,
        type: input.file.type,
        title: input.title,
        fileName: input.file.name || input.title,
        sizeBytes: input.file.bytes.byteLength,
        language: input.language,
      })
      .returning({ id: practiceDocuments.id })
    if (!row) throw new Error('document not saved')
    return row.id
  } catch (error) {
    await storage.delete(storageKey)
    throw error
  }
}

export async function removePracticeDocument(
  db: Db,
  storage: FileStorage,
  practiceId: string,
  documentId: string,
): Promise<void> {
  const document = await findPracticeDocument(db, practiceId, documentId)
  if (!document) return
  await db.delete(practiceDocuments).where(eq(practiceDocuments.id, document.id))
  await storage.delete(document.storageKey)
}
