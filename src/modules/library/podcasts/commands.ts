import type { Db } from '../../../db/client.js'
import type { FileStorage } from '../../../platform/storage/index.js'
import type { AcceptedFile } from '../commands.js'
import { podcasts } from '../tables.js'

export interface PodcastInput {
  slug: string
  title: string
  description: string
  author: string
  language: string
  category: string
  explicit?: boolean
  cover?: AcceptedFile
  coverAlt?: string
}

export async function createPodcast(db: Db, storage: FileStorage, input: PodcastInput) {
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
      coverKey,
      coverType: input.cover?.type ?? null,
      coverAlt: input.coverAlt ?? '',
    })
    .returning()
  return row!
}
