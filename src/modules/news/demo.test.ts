import { afterAll, expect, it } from 'vitest'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { newsDemo } from './demo.js'
import { findNewsBySlug, listPublishedNews } from './queries.js'

const database = await createTestDatabase()
afterAll(() => database.close())

it('publishes the seeds’ story on cultural tourism, with its picture and alt text, and two announcements', async () => {
  const today = new Date('2026-03-02T10:00:00Z')
  await newsDemo.seed(database.db, { today })
  const story = await findNewsBySlug(database.db, 'cultural-tourism-in-post-covid-cities')
  expect(story?.title).toBe('Cultural tourism in post-Covid cities: Towards more sustainable patterns?')
  expect(story?.body).toContain('over-tourism, anti-social behaviours, tensions with locals')
  expect(story?.imageKey).not.toBeNull()
  expect(story?.imageAlt.length).toBeGreaterThan(10)
  const { total } = await listPublishedNews(database.db, today, 1)
  expect(total).toBe(3)
})
