import type { Db } from '../../db/client.js'
import { type PracticeInput, savePractice } from './commands.js'

let sequence = 0

/**
 * A published practice with sensible defaults and a unique slug; pass what the test is about.
 * @example const draft = await createPractice(db, { publicationStatus: 'draft' })
 */
export async function createPractice(
  db: Db,
  overrides: Partial<PracticeInput> = {},
): Promise<PracticeInput & { id: string }> {
  sequence += 1
  const input: PracticeInput = {
    slug: `test-practice-${sequence}`,
    title: `Test practice ${sequence}`,
    city: 'Ghent',
    country: 'BE',
    summary: 'A practice made for a test.',
    publicationStatus: 'published',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  }
  return { ...input, id: await savePractice(db, input) }
}
