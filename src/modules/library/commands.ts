import { and, eq, like, or } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { type MailTemplate, queueTemplatedMail } from '../../platform/mail/index.js'
import type { FileStorage, FileType } from '../../platform/storage/index.js'
import { findMailRecipient } from '../accounts/index.js'
import { extractPdfText, mp3DurationSeconds, pdfPreview } from './files.js'
import { itemChangesRequestedMail, itemPublishedMail, itemRejectedMail } from './mail.js'
import { canContribute, canEditItem, canModerate } from './policy.js'
import { type LibraryItem, type LibraryKind, type LibraryStatus, type Licence, libraryItems } from './tables.js'

/** A file that passed checkUpload: its bytes, its type by content and the uploader's name for it. */
export interface AcceptedFile {
  bytes: Uint8Array
  type: FileType
  name: string
}

export interface ItemInput {
  kind: LibraryKind
  title: string
  description: string
  authors: string
  organisation: string
  language: string
  themes: string[]
  year: number | null
  licence: Licence
  url: string | null
  transcript: string
  podcastId: string | null
  episodeNumber: number | null
  coverAlt: string
  practiceIds?: string[]
  activityIds?: string[]
}

export interface ItemFiles {
  file?: AcceptedFile
  cover?: AcceptedFile
}

export interface LibraryEnv {
  now: Date
  baseUrl: string
  storage: FileStorage
}

export type Refusal = { ok: false; reason: 'forbidden' | 'not-now' | 'comment-missing' }

/** Paths under /library that are pages, never items. */
const RESERVED = new Set(['contribute', 'mine', 'review', 'feed.xml', 'podcasts'])

export function slugFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '')
  return slug || 'item'
}

async function uniqueSlug(db: Db, title: string): Promise<string> {
  const base = slugFromTitle(title)
  const taken = new Set(
    (
      await db
        .select({ slug: libraryItems.slug })
        .from(libraryItems)
        .where(or(eq(libraryItems.slug, base), like(libraryItems.slug, `${base}-%`)))
    ).map((row) => row.slug),
  )
  if (!taken.has(base) && !RESERVED.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/** Stores the files and works out what can be read from them (PDF text and preview, MP3 length). */
async function storeFiles(storage: FileStorage, files: ItemFiles) {
  const stored: Partial<LibraryItem> = {}
  const keys: string[] = []
  if (files.file) {
    const { bytes, type, name } = files.file
    const key = await storage.put('library-files', bytes, type)
    keys.push(key)
    Object.assign(stored, { fileKey: key, fileType: type, fileName: name, fileSize: bytes.byteLength })
    if (type === 'application/pdf') {
      stored.fileText = await extractPdfText(bytes)
      const preview = await pdfPreview(bytes)
      stored.previewKey = preview ? await storage.put('library-previews', preview, 'image/png') : null
      if (stored.previewKey) keys.push(stored.previewKey)
    } else {
      stored.fileText = ''
      stored.previewKey = null
    }
    if (type === 'audio/mpeg') stored.durationSeconds = mp3DurationSeconds(bytes) ?? null
  }
  if (files.cover) {
    const key = await storage.put('library-covers', files.cover.bytes, files.cover.type)
    keys.push(key)
    Object.assign(stored, { coverKey: key, coverType: files.cover.type })
  }
  return { stored, keys }
}

function fields(input: ItemInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    authors: input.authors,
    organisation: input.organisation,
    language: input.language,
    themes: input.themes,
    year: input.year,
    licence: input.licence,
    url: input.url,
    transcript: input.transcript,
    podcastId: input.kind === 'podcast-episode' ? input.podcastId : null,
    episodeNumber: input.kind === 'podcast-episode' ? input.episodeNumber : null,
    coverAlt: input.coverAlt,
    ...(input.practiceIds ? { practiceIds: input.practiceIds } : {}),
    ...(input.activityIds ? { activityIds: input.activityIds } : {}),
  }
}

const label = (actor: Actor) => actor.email

/**
 * A member's contribution waits for the editors; an editor's is published at once. The files are
 * stored first and removed again if the row cannot be written, so none is left unreferenced.
 */
export async function contributeItem(
  db: Db,
  actor: Actor | null,
  input: ItemInput,
  files: ItemFiles,
  env: LibraryEnv,
): Promise<{ ok: true; item: LibraryItem } | Refusal> {
  if (!actor || !canContribute(actor)) return { ok: false, reason: 'forbidden' }
  const direct = canModerate(actor)
  const { stored, keys } = await storeFiles(env.storage, files)
  try {
    const item = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(libraryItems)
        .values({
          ...fields(input),
          ...stored,
          slug: await uniqueSlug(tx, input.title),
          status: direct ? 'published' : 'submitted',
          publishedAt: direct ? env.now : null,
          contributorId: actor.id,
          createdAt: env.now,
          updatedAt: env.now,
        })
        .returning()
      await recordAudit(tx, {
        action: direct ? 'library.item_published' : 'library.item_submitted',
        actorId: actor.id,
        actorLabel: label(actor),
        subjectType: 'library_item',
        subjectId: row!.id,
        details: { kind: input.kind, title: input.title },
      })
      return row!
    })
    return { ok: true, item }
  } catch (error) {
    await Promise.all(keys.map((key) => env.storage.delete(key)))
    throw error
  }
}

/**
 * Changes an item. A contributor's edit of an item sent back to them returns it to the queue; the
 * files replaced are deleted once the row points at the new ones.
 */
export async function updateItem(
  db: Db,
  actor: Actor | null,
  itemId: string,
  input: ItemInput,
  files: ItemFiles,
  env: LibraryEnv,
): Promise<{ ok: true; item: LibraryItem } | Refusal> {
  const { stored, keys } = await storeFiles(env.storage, files)
  let replaced: (string | null)[] = []
  try {
    const result = await db.transaction(async (tx) => {
      const [item] = await tx.select().from(libraryItems).where(eq(libraryItems.id, itemId)).for('update')
      if (!item || !actor || !canEditItem(actor, item)) return { ok: false as const, reason: 'forbidden' as const }
      const resubmit = !canModerate(actor) && item.status === 'changes-requested'
      const [row] = await tx
        .update(libraryItems)
        .set({
          ...fields(input),
          ...stored,
          ...(resubmit ? { status: 'submitted' as const } : {}),
          updatedAt: env.now,
        })
        .where(eq(libraryItems.id, itemId))
        .returning()
      replaced = [
        ...(stored.fileKey ? [item.fileKey, item.previewKey] : []),
        ...(stored.coverKey ? [item.coverKey] : []),
      ]
      await recordAudit(tx, {
        action: resubmit ? 'library.item_resubmitted' : 'library.item_changed',
        actorId: actor.id,
        actorLabel: label(actor),
        subjectType: 'library_item',
        subjectId: itemId,
        details: { title: input.title, newFile: Boolean(stored.fileKey), newCover: Boolean(stored.coverKey) },
      })
      return { ok: true as const, item: row! }
    })
    if (!result.ok) await Promise.all(keys.map((key) => env.storage.delete(key)))
    else await Promise.all(replaced.filter((key): key is string => Boolean(key)).map((key) => env.storage.delete(key)))
    return result
  } catch (error) {
    await Promise.all(keys.map((key) => env.storage.delete(key)))
    throw error
  }
}

export type ReviewDecision = 'approve' | 'request-changes' | 'reject'

const DECISIONS: Record<
  ReviewDecision,
  {
    from: readonly LibraryStatus[]
    to: LibraryStatus
    audit: string
    mail: MailTemplate<{ name: string; title: string; comment: string; link: string }>
  }
> = {
  approve: {
    from: ['submitted', 'changes-requested'],
    to: 'published',
    audit: 'library.item_approved',
    mail: itemPublishedMail,
  },
  'request-changes': {
    from: ['submitted'],
    to: 'changes-requested',
    audit: 'library.item_changes_requested',
    mail: itemChangesRequestedMail,
  },
  reject: {
    from: ['submitted', 'changes-requested'],
    to: 'rejected',
    audit: 'library.item_rejected',
    mail: itemRejectedMail,
  },
}

export const MAX_COMMENT_LENGTH = 5000

/**
 * An editor's decision on a contribution, under the item's row lock (two editors deciding at
 * once: the second finds it already decided). Asking for changes and rejecting need a comment;
 * the contributor is told by e-mail in their language, in the same transaction.
 */
export async function reviewItem(
  db: Db,
  actor: Actor | null,
  itemId: string,
  decision: ReviewDecision,
  comment: string,
  env: LibraryEnv,
): Promise<{ ok: true; item: LibraryItem } | Refusal> {
  if (!actor || !canModerate(actor)) return { ok: false, reason: 'forbidden' }
  const text = comment.trim()
  if (decision !== 'approve' && (text === '' || text.length > MAX_COMMENT_LENGTH))
    return { ok: false, reason: 'comment-missing' }
  const rule = DECISIONS[decision]
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(libraryItems).where(eq(libraryItems.id, itemId)).for('update')
    if (!item || !rule.from.includes(item.status)) return { ok: false as const, reason: 'not-now' as const }
    const [row] = await tx
      .update(libraryItems)
      .set({
        status: rule.to,
        reviewComment: decision === 'approve' ? '' : text,
        ...(decision === 'approve' ? { publishedAt: item.publishedAt ?? env.now } : {}),
        updatedAt: env.now,
      })
      .where(and(eq(libraryItems.id, itemId)))
      .returning()
    await recordAudit(tx, {
      action: rule.audit,
      actorId: actor.id,
      actorLabel: label(actor),
      subjectType: 'library_item',
      subjectId: itemId,
      details: { from: item.status, ...(text ? { comment: text } : {}) },
    })
    const person = item.contributorId ? await findMailRecipient(tx, item.contributorId) : undefined
    if (person && item.contributorId !== actor.id) {
      const locale = isLocale(person.locale) ? person.locale : 'en'
      const path = decision === 'request-changes' ? `/library/${item.slug}/edit` : `/library/${item.slug}`
      await queueTemplatedMail(tx, {
        to: person.email,
        locale,
        template: rule.mail,
        data: { name: person.name, title: item.title, comment: text, link: `${env.baseUrl}/${locale}${path}` },
      })
    }
    return { ok: true as const, item: row! }
  })
}

/** An editor creates or updates a podcast show (demo and tests; shows are few and set up once). */
export { createPodcast, savePodcast, setPodcastEpisodes, updatePodcast } from './podcasts/commands.js'
