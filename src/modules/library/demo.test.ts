import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { localFileStorage } from '../../platform/storage/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { accountsDemo } from '../accounts/demo.js'
import { practicesDemo } from '../practices/demo.js'
import { programmesDemo } from '../programmes/demo.js'
import { libraryDemo, writeDemoFiles } from './demo.js'
import { hasPdftoppm } from './files.js'
import { parseLibraryFilter } from './filter.js'
import { listEpisodes, searchLibrary } from './queries.js'
import { libraryItems, podcasts } from './tables.js'

const database = await createTestDatabase()
afterAll(() => database.close())
const today = new Date('2026-03-02T10:00:00Z')

it('writes the library and a podcast of three episodes, then makes their files once', async () => {
  await accountsDemo.seed(database.db, { today })
  await programmesDemo.seed(database.db, { today })
  await practicesDemo.seed(database.db, { today })
  await libraryDemo.seed(database.db, { today })
  const storage = localFileStorage(path.join(os.tmpdir(), `stoa-library-demo-${process.pid}`))
  expect(await writeDemoFiles(database.db, storage)).toBe(5)
  expect(await writeDemoFiles(database.db, storage)).toBe(0)

  const [show] = await database.db.select().from(podcasts).where(eq(podcasts.slug, 'heritage-in-practice'))
  const episodes = await listEpisodes(database.db, show!.id)
  expect(episodes.map((episode) => episode.episodeNumber)).toEqual([3, 2, 1])
  for (const episode of episodes) {
    expect(episode.transcript).not.toBe('')
    expect(await storage.size(episode.fileKey!)).toBe(episode.fileSize)
  }
  // The PDF's text was extracted from the generated file, so a search finds words inside it.
  const found = await searchLibrary(database.db, parseLibraryFilter(new URLSearchParams({ q: 'feasibility' })))
  expect(found.items.map((item) => item.slug)).toEqual(['adaptive-reuse-toolkit'])
  const [toolkit] = await database.db.select().from(libraryItems).where(eq(libraryItems.slug, 'adaptive-reuse-toolkit'))
  expect(toolkit!.practiceIds).toHaveLength(1)
  // With pdftoppm (always in CI) its first page is shown too.
  if (hasPdftoppm() || process.env.CI) expect(await storage.size(toolkit!.previewKey ?? '')).toBeGreaterThan(100)
  const course = await searchLibrary(database.db, parseLibraryFilter(new URLSearchParams({ kind: 'course' })))
  expect(course.items[0]?.url).toBe('https://academy.europa.eu/')
})
