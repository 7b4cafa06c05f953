import { asc } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { accountsDemo } from '../accounts/demo.js'
import { practicesDemo } from '../practices/demo.js'
import { programmesDemo } from '../programmes/demo.js'
import { activitiesDemo } from './demo.js'
import { activities } from './tables.js'

const database = await createTestDatabase()
afterAll(() => database.close())
const today = new Date('2026-03-02T10:00:00Z')

it('writes the seeds’ activities around today, linked to their practices, with no invented replay address', async () => {
  await accountsDemo.seed(database.db, { today })
  await programmesDemo.seed(database.db, { today })
  await practicesDemo.seed(database.db, { today })
  await activitiesDemo.seed(database.db, { today })
  const rows = await database.db.select().from(activities).orderBy(asc(activities.startsAt))
  const bySlug = new Map(rows.map((row) => [row.slug, row]))
  const krakow = bySlug.get('peer-learning-visit-to-krakow')!
  expect(krakow.startsAt > today).toBe(true)
  expect(krakow.registrationClosesAt! > today).toBe(true)
  expect(krakow.description).toContain('Call for participants: the deadline is 23 March 2026.')
  expect(krakow.practiceIds).toHaveLength(1)
  expect(krakow.hostOrganisationId).not.toBeNull()
  // Its call for participants is the application form; 20 places are funded by the project.
  expect(krakow).toMatchObject({ registrationMode: 'application', fundedPlaces: 20, capacity: 24 })
  expect(krakow.applicationCallId).not.toBeNull()
  const episodes = rows.filter((row) => row.slug.startsWith('sharing-stories-episode-'))
  expect(episodes.map((row) => row.startsAt < today)).toEqual([true, true, true, false])
  expect(rows.every((row) => row.recordingUrl === null && row.joiningUrl === null)).toBe(true)
  expect(episodes.slice(0, 3).every((row) => row.recordingOnRequest)).toBe(true)
  expect(bySlug.get('project-clinic-sustainable-reuse-of-old-premises')?.practiceIds).toHaveLength(1)
})
