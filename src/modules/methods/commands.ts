import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import type { FileStorage, FileType } from '../../platform/storage/index.js'
import { canOnMethods } from './policy.js'
import { findResource } from './queries.js'
import { methodResources, methods, type ResourceKind } from './tables.js'

export type MethodInput = Omit<typeof methods.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>

/** A file that passed checkUpload: its bytes, its type by content and the uploader's file name. */
export interface AcceptedFile {
  bytes: Uint8Array
  type: FileType
  name: string
}

function mustEdit(actor: Actor | null) {
  if (!canOnMethods(actor, 'method.edit')) throw new ForbiddenError('Only editors change methods')
}

/** The slug is taken: the form says so next to the field. */
export class SlugTakenError extends Error {}

async function slugTaken(db: Db, slug: string, exceptId?: string) {
  const [row] = await db.select({ id: methods.id }).from(methods).where(eq(methods.slug, slug))
  return row !== undefined && row.id !== exceptId
}

export async function createMethod(db: Db, actor: Actor | null, input: MethodInput): Promise<string> {
  mustEdit(actor)
  return saveMethod(db, input)
}

/** Writes a method without asking who (demo and tests). */
export async function saveMethod(db: Db, input: MethodInput): Promise<string> {
  if (await slugTaken(db, input.slug)) throw new SlugTakenError(input.slug)
  const [row] = await db.insert(methods).values(input).returning({ id: methods.id })
  if (!row) throw new Error('method not saved')
  return row.id
}

export async function updateMethod(db: Db, actor: Actor | null, id: string, input: MethodInput): Promise<void> {
  mustEdit(actor)
  if (await slugTaken(db, input.slug, id)) throw new SlugTakenError(input.slug)
  await db
    .update(methods)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(methods.id, id))
}

export interface ResourceInput {
  methodId: string
  kind: ResourceKind
  title: string
  description: string
  file?: AcceptedFile
}

export async function addResource(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  input: ResourceInput,
): Promise<string> {
  mustEdit(actor)
  return saveResource(db, storage, input)
}

/** Stores the file (if any) and the resource row; a file no row points at is deleted again. */
export async function saveResource(db: Db, storage: FileStorage, input: ResourceInput): Promise<string> {
  const storageKey = input.file ? await storage.put('method-resources', input.file.bytes, input.file.type) : null
  try {
    const [row] = await db
      .insert(methodResources)
      .values({
        methodId: input.methodId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        storageKey,
        fileType: input.file?.type ?? null,
        fileName: input.file ? input.file.name || input.title : null,
        sizeBytes: input.file?.bytes.byteLength ?? null,
      })
      .returning({ id: methodResources.id })
    if (!row) throw new Error('resource not saved')
    return row.id
  } catch (error) {
    if (storageKey) await storage.delete(storageKey)
    throw error
  }
}

/** Idempotent: a resource already gone is not an error. */
export async function removeResource(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  methodId: string,
  resourceId: string,
): Promise<void> {
  mustEdit(actor)
  const resource = await findResource(db, methodId, resourceId)
  if (!resource) return
  await db.delete(methodResources).where(eq(methodResources.id, resource.id))
  if (resource.storageKey) await storage.delete(resource.storageKey)
}
