import { users } from '../../modules/accounts/tables.js'
import { ACTIVITY_KINDS, activities } from '../../modules/activities/tables.js'
import { insertInBatches } from './bulk-insert.js'
import type { SyntheticGenerator } from './generator.js'

type ActivityRow = typeof activities.$inferInsert

const subjects = [
  'pocket parks',
  'adaptive reuse',
  'living heritage',
  'heritage-led regeneration',
  'creative districts',
  'participatory budgets',
  'green roofs',
  'industrial memory',
  'rural revival',
  'digital archives',
] as const
const cities: [string, string, string][] = [
  ['Krakow', 'PL', 'Europe/Warsaw'],
  ['Ghent', 'BE', 'Europe/Brussels'],
  ['Braga', 'PT', 'Europe/Lisbon'],
  ['Dresden', 'DE', 'Europe/Berlin'],
  ['Tampere', 'FI', 'Europe/Helsinki'],
  ['Zaragoza', 'ES', 'Europe/Madrid'],
  ['Lyon', 'FR', 'Europe/Paris'],
  ['Cluj-Napoca', 'RO', 'Europe/Bucharest'],
]

/** Activities span 2025 to 2027 around a fixed epoch: upcoming and past ones whatever the day. */
const FROM = new Date('2025-01-01T00:00:00Z')
const TO = new Date('2027-12-31T00:00:00Z')

/** The visit the registration burst targets (bench/registration-burst.ts). */
export const BURST_ACTIVITY_SLUG = 'synthetic-burst-visit'
export const BURST_CAPACITY = 20
export const BURST_PEOPLE = 1000
export const BURST_PERSON_PREFIX = 'synthetic-burst-person-'

/**
 * `count` activities of every kind, in eight cities' zones, a quarter of them online, most with
 * a capacity; plus one 20-seat visit two years ahead and 1,000 verified people for the burst.
 */
export const activitiesGenerator: SyntheticGenerator = {
  name: 'activities',
  defaultCount: 5000,
  async generate(db, { count, random }) {
    const rows: ActivityRow[] = Array.from({ length: count }, (_, i) => {
      const [city, country, timeZone] = random.pick(cities)
      const online = random.chance(0.25)
      const startsAt = random.dateBetween(FROM, TO)
      startsAt.setUTCMinutes(0, 0, 0)
      const subject = random.pick(subjects)
      const kind = random.pick(ACTIVITY_KINDS)
      return {
        id: random.uuid(),
        slug: `synthetic-activity-${i + 1}`,
        kind,
        title: `${subject[0]!.toUpperCase()}${subject.slice(1)} in ${city} (${i + 1})`,
        summary: `A ${kind.replace(/-/g, ' ')} on ${subject} hosted in ${city}.`,
        description: `What ${city} learnt about ${subject}.\n\nA programme of visits and workshops.`,
        themes: [],
        hostCity: online ? null : city,
        hostCountry: country,
        timeZone,
        startsAt,
        endsAt: new Date(startsAt.getTime() + random.int(1, 8) * 3600_000),
        online,
        joiningUrl: online ? `https://meet.example.org/${i + 1}` : null,
        languages: ['en'],
        capacity: random.chance(0.8) ? random.int(10, 200) : null,
        createdAt: FROM,
        updatedAt: FROM,
      }
    })
    rows.push({
      id: random.uuid(),
      slug: BURST_ACTIVITY_SLUG,
      kind: 'peer-learning-visit',
      title: 'Burst visit: 20 funded seats',
      summary: 'The visit a thousand people try to register for at once.',
      hostCity: 'Krakow',
      hostCountry: 'PL',
      timeZone: 'Europe/Warsaw',
      startsAt: new Date('2099-06-01T07:00:00Z'),
      endsAt: new Date('2099-06-03T15:00:00Z'),
      capacity: BURST_CAPACITY,
      createdAt: FROM,
      updatedAt: FROM,
    })
    const people = Array.from({ length: BURST_PEOPLE }, (_, i) => ({
      id: `${BURST_PERSON_PREFIX}${i + 1}`,
      name: `Burst Person ${i + 1}`,
      email: `${BURST_PERSON_PREFIX}${i + 1}@example.org`,
      emailVerified: true,
      createdAt: FROM,
      updatedAt: FROM,
    }))
    return { activities: await insertInBatches(db, activities, rows), users: await insertInBatches(db, users, people) }
  },
}
