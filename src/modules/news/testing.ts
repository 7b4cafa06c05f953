import type { Db } from '../../db/client.js'
import type { FileStorage } from '../../platform/storage/index.js'
import { type AcceptedImage, type NewsInput, saveNews } from './commands.js'

let sequence = 0

/** A published story (or a draft with `publishedAt: null`) with a unique slug. */
export async function createTestNews(
  db: Db,
  storage: FileStorage,
  overrides: Partial<NewsInput> & { publishedAt?: Date | null; image?: AcceptedImage } = {},
) {
  sequence += 1
  const input = {
    slug: `test-news-${sequence}-${Date.now().toString(36)}`,
    kind: 'story' as const,
    title: `Test news ${sequence}`,
    lead: 'News made for a test.',
    body: 'The text.',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  }
  return { ...input, id: await saveNews(db, storage, input) }
}
