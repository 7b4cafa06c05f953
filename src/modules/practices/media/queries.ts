import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { FileType } from '../../../platform/storage/index.js'
import { practices } from '../tables.js'
import { practiceDocuments, practiceImages } from './tables.js'

/** What the media pages need of a practice, in whatever state it is. */
export interface MediaPractice {
  id: string
  slug: string
  title: string
  language: string
  organisationId: string | null
  publicationStatus: (typeof practices.$inferSelect)['publicationStatus']
}

export interface PracticeImage {
  id: string
  storageKey: string
  type: FileType
  alt: string
  credit: string
  altLanguage: string
  position: number
}

export interface PracticeDocument {
  id: string
  storageKey: string
  type: FileType
  title: string
  fileName: string
  sizeBytes: number
  language: string
}

export interface PracticeMedia {
  images: PracticeImage[]
  documents: PracticeDocument[]
}

/** The practice with this slug in any publication state; callers ask canOnPractice('practice.read'). */
export async function findMediaPractice(db: Db, slug: string): Promise<MediaPractice | undefined> {
  const [row] = await db
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      language: practices.language,
      organisationId: practices.organisationId,
      publicationStatus: practices.publicationStatus,
    })
    .from(practices)
    .where(eq(practices.slug, slug))
  return row
}

const imageColumns = {
  id: practiceImages.id,
  storageKey: practiceImages.storageKey,
  type: practiceImages.type,
  alt: practiceImages.alt,
  credit: practiceImages.credit,
  altLanguage: practiceImages.altLanguage,
  position: practiceImages.position,
}

const documentColumns = {
  id: practiceDocuments.id,
  storageKey: practiceDocuments.storageKey,
  type: practiceDocuments.type,
  title: practiceDocuments.title,
  fileName: practiceDocuments.fileName,
  sizeBytes: practiceDocuments.sizeBytes,
  language: practiceDocuments.language,
}

/** The images in page order, then the documents in the order they were added. */
export async function listPracticeMedia(db: Db, practiceId: string): Promise<PracticeMedia> {
  const [images, documents] = await Promise.all([
    db
      .select(imageColumns)
      .from(practiceImages)
      .where(eq(practiceImages.practiceId, practiceId))
      .orderBy(asc(practiceImages.position), asc(practiceImages.createdAt)),
    db
      .select(documentColumns)
      .from(practiceDocuments)
      .where(eq(practiceDocuments.practiceId, practiceId))
      .orderBy(asc(practiceDocuments.createdAt), asc(practiceDocuments.id)),
  ])
  return { images: images as PracticeImage[], documents: documents as PracticeDocument[] }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The image of this practice with this id (an id of another practice's image is not found). */
export async function findPracticeImage(
  db: Db,
  practiceId: string,
  imageId: string,
): Promise<PracticeImage | undefined> {
  if (!uuidPattern.test(imageId)) return undefined
  const [row] = await db
    .select(imageColumns)
    .from(practiceImages)
    .where(and(eq(practiceImages.practiceId, practiceId), eq(practiceImages.id, imageId)))
  return row as PracticeImage | undefined
}

export async function findPracticeDocument(
  db: Db,
  practiceId: string,
  documentId: string,
): Promise<PracticeDocument | undefined> {
  if (!uuidPattern.test(documentId)) return undefined
  const [row] = await db
    .select(documentColumns)
    .from(practiceDocuments)
    .where(and(eq(practiceDocuments.practiceId, practiceId), eq(practiceDocuments.id, documentId)))
  return row as PracticeDocument | undefined
}
