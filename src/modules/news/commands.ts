import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import type { FileStorage, FileType } from '../../platform/storage/index.js'
import { canOnNews } from './policy.js'
import { newsItems } from './tables.js'

export type NewsInput = Omit<
  typeof newsItems.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'imageKey' | 'imageType' | 'status' | 'publishedAt'
>

export interface AcceptedImage {
  bytes: Uint8Array
  type: FileType
}

export class SlugTakenError extends Error {}

function mustEdit(actor: Actor | null) {
  if (!canOnNews(actor, 'news.edit')) throw new ForbiddenError('Only editors write news')
}

async function slugTaken(db: Db, slug: string, exceptId?: string) {
  const [row] = await db.select({ id: newsItems.id }).from(newsItems).where(eq(newsItems.slug, slug))
  return row !== undefined && row.id !== exceptId
}

/** A new story or announcement, as a draft unless `publishedAt` is given (demo and tests). */
export async function saveNews(
  db: Db,
  storage: FileStorage,
  input: NewsInput & { image?: AcceptedImage; publishedAt?: Date | null },
): Promise<string> {
  if (await slugTaken(db, input.slug)) throw new SlugTakenError(input.slug)
  const { image, publishedAt, ...values } = input
  const imageKey = image ? await storage.put('news-images', image.bytes, image.type) : null
  try {
    const [row] = await db
      .insert(newsItems)
      .values({
        ...values,
        imageKey,
        imageType: image?.type ?? null,
        status: publishedAt ? 'published' : 'draft',
        publishedAt: publishedAt ?? null,
      })
      .returning({ id: newsItems.id })
    if (!row) throw new Error('news not saved')
    return row.id
  } catch (error) {
    if (imageKey) await storage.delete(imageKey)
    throw error
  }
}

export async function createNews(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  input: NewsInput & { image?: AcceptedImage },
): Promise<string> {
  mustEdit(actor)
  return saveNews(db, storage, { ...input, publishedAt: null })
}

/** Saves the texts; a new image replaces the old one (whose file is then deleted). */
export async function updateNews(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  id: string,
  input: NewsInput & { image?: AcceptedImage },
): Promise<void> {
  mustEdit(actor)
  if (await slugTaken(db, input.slug, id)) throw new SlugTakenError(input.slug)
  const { image, ...values } = input
  const [before] = await db.select({ imageKey: newsItems.imageKey }).from(newsItems).where(eq(newsItems.id, id))
  const imageKey = image ? await storage.put('news-images', image.bytes, image.type) : undefined
  await db
    .update(newsItems)
    .set({ ...values, ...(image ? { imageKey, imageType: image.type } : {}), updatedAt: new Date() })
    .where(eq(newsItems.id, id))
  if (image && before?.imageKey) await storage.delete(before.imageKey)
}

/** Publishing keeps a date already chosen; unpublishing returns the item to drafts. */
export async function setNewsStatus(
  db: Db,
  actor: Actor | null,
  id: string,
  status: 'draft' | 'published',
  now: Date,
): Promise<void> {
  mustEdit(actor)
  await db
    .update(newsItems)
    .set(
      status === 'published'
        ? { status, publishedAt: now, updatedAt: now }
        : { status, publishedAt: null, updatedAt: now },
    )
    .where(eq(newsItems.id, id))
}
