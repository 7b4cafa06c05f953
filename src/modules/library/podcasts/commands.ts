import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { FileStorage } from '../../../platform/storage/index.js'
import type { AcceptedFile } from '../commands.js'
import { canManagePodcasts } from '../policy.js'
import { libraryItems, type Podcast, podcasts } from '../tables.js'

export interface PodcastInput {
  slug: string
  title: string
  description: string
  author: string
  language: string
  category: string
  explicit?: boolean
  ownerEmail?: string
  cover?: AcceptedFile
  coverAlt?: string
}

export type PodcastRefusal = { ok: false; reason: 'forbidden' | 'slug-taken' | 'not-found' }

const actorLabel = (actor: Actor) => actor.email

async function slugTaken(db: Db, slug: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: podcasts.id })
    .from(podcasts)
    .where(exceptId ? and(eq(podcasts.slug, slug), ne(podcasts.id, exceptId)) : eq(podcasts.slug, slug))
  return row !== undefined
}

/** Writes a show without asking who: for the demo and test fixtures. People go through createPodcast. */
export async function savePodcast(db: Db, storage: FileStorage, input: PodcastInput): Promise<Podcast> {
  const coverKey = input.cover ? await storage.put('library-covers', input.cover.bytes, input.cover.type) : null
  const [row] = await db
    .insert(podcasts)
    .values({
      slug: input.slug,
      title: input.title,
      description: input.description,
      author: input.author,
      language: input.language,
      category: input.category,
      explicit: input.explicit ?? false,
      ownerEmail: input.ownerEmail ?? '',
      coverKey,
      coverType: input.cover?.type ?? null,
      coverAlt: input.coverAlt ?? '',
    })
    .returning()
  return row!
}

/** An editor's new show. */
export async function createPodcast(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  input: PodcastInput,
): Promise<{ ok: true; podcast: Podcast } | PodcastRefusal> {
  if (!actor || !canManagePodcasts(actor)) return { ok: false, reason: 'forbidden' }
  if (await slugTaken(db, input.slug)) return { ok: false, reason: 'slug-taken' }
  const podcast = await savePodcast(db, storage, input)
  await recordAudit(db, {
    action: 'library.podcast_created',
    actorId: actor.id,
    actorLabel: actorLabel(actor),
    subjectType: 'podcast',
    subjectId: podcast.id,
    details: { title: podcast.title },
  })
  return { ok: true, podcast }
}

/** Saves an editor's changes to a show; a new cover replaces the old one, whose file is then deleted. */
export async function updatePodcast(
  db: Db,
  storage: FileStorage,
  actor: Actor | null,
  id: string,
  input: PodcastInput,
  now: Date = new Date(),
): Promise<{ ok: true; podcast: Podcast } | PodcastRefusal> {
  if (!actor || !canManagePodcasts(actor)) return { ok: false, reason: 'forbidden' }
  const [before] = await db.select().from(podcasts).where(eq(podcasts.id, id))
  if (!before) return { ok: false, reason: 'not-found' }
  if (await slugTaken(db, input.slug, id)) return { ok: false, reason: 'slug-taken' }
  const coverKey = input.cover ? await storage.put('library-covers', input.cover.bytes, input.cover.type) : undefined
  const [row] = await db
    .update(podcasts)
    .set({
      slug: input.slug,
      title: input.title,
      description: input.description,
      author: input.author,
      language: input.language,
      category: input.category,
      explicit: input.explicit ?? false,
      ownerEmail: input.ownerEmail ?? '',
      coverAlt: input.coverAlt ?? '',
      ...(input.cover ? { coverKey, coverType: input.cover.type } : {}),
      updatedAt: now,
    })
    .where(eq(podcasts.id, id))
    .returning()
  if (input.cover && before.coverKey) await storage.delete(before.coverKey)
  await recordAudit(db, {
    action: 'library.podcast_changed',
    actorId: actor.id,
    actorLabel: actorLabel(actor),
    subjectType: 'podcast',
    subjectId: id,
    details: { title: input.title, newCover: Boolean(input.cover) },
  })
  return { ok: true, podcast: row! }
}

export interface EpisodeChoice {
  itemId: string
  episodeNumber: number
}

export type EpisodesRefusal =
  | PodcastRefusal
  | { ok: false; reason: 'not-an-episode'; itemId: string }
  | { ok: false; reason: 'number-twice'; itemId: string }

/**
 * Makes `episodes` the show's episodes, numbered as given: each must be a published podcast-episode
 * item with its audio (approved by the editors), and two episodes of a show never share a number.
 * Episodes left out leave the show (they stay in the library). One transaction.
 */
export async function setPodcastEpisodes(
  db: Db,
  actor: Actor | null,
  podcastId: string,
  episodes: EpisodeChoice[],
): Promise<{ ok: true } | EpisodesRefusal> {
  if (!actor || !canManagePodcasts(actor)) return { ok: false, reason: 'forbidden' }
  const seen = new Set<number>()
  for (const episode of episodes) {
    if (seen.has(episode.episodeNumber)) return { ok: false, reason: 'number-twice', itemId: episode.itemId }
    seen.add(episode.episodeNumber)
  }
  return db.transaction(async (tx) => {
    const [show] = await tx.select({ id: podcasts.id }).from(podcasts).where(eq(podcasts.id, podcastId)).for('update')
    if (!show) return { ok: false as const, reason: 'not-found' as const }
    const ids = episodes.map((episode) => episode.itemId)
    const found =
      ids.length === 0
        ? []
        : await tx
            .select({
              id: libraryItems.id,
              kind: libraryItems.kind,
              status: libraryItems.status,
              fileKey: libraryItems.fileKey,
            })
            .from(libraryItems)
            .where(inArray(libraryItems.id, ids))
    const usable = new Set(
      found
        .filter((item) => item.kind === 'podcast-episode' && item.status === 'published' && item.fileKey)
        .map((item) => item.id),
    )
    const refused = ids.find((id) => !usable.has(id))
    if (refused) return { ok: false as const, reason: 'not-an-episode' as const, itemId: refused }
    const leaving = await tx
      .select({ id: libraryItems.id })
      .from(libraryItems)
      .where(eq(libraryItems.podcastId, podcastId))
    const leavingIds = leaving.map((row) => row.id).filter((id) => !ids.includes(id))
    if (leavingIds.length > 0)
      await tx
        .update(libraryItems)
        .set({ podcastId: null, episodeNumber: null })
        .where(inArray(libraryItems.id, leavingIds))
    for (const episode of episodes)
      await tx
        .update(libraryItems)
        .set({ podcastId, episodeNumber: episode.episodeNumber })
        .where(eq(libraryItems.id, episode.itemId))
    await recordAudit(tx, {
      action: 'library.podcast_episodes_set',
      actorId: actor.id,
      actorLabel: actorLabel(actor),
      subjectType: 'podcast',
      subjectId: podcastId,
      details: { episodes: episodes.length, removed: leavingIds.length },
    })
    return { ok: true as const }
  })
}
