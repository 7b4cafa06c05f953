import { inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { DemoPart } from '../../../platform/module.js'
import { organisations } from '../../accounts/tables.js'
import { findPublishedPracticeIdsBySlugs } from '../../practices/index.js'
import { createCall } from '../commands.js'
import { callAwardCategories, callAwards } from './tables.js'

const DAY = 24 * 3600_000

const DESCRIPTION = `The **Heritage in Transformation Awards** recognise cities, regions and organisations whose work with cultural heritage helps their communities through the green, digital and social transitions.

A jury of five experts from the programme’s pool reads every entry and chooses a winner and honourable mentions in each category. Winners present their work at the programme’s annual conference.`

/** Last year's edition, decided: the awards page has results to show. */
const CATEGORIES = [
  {
    name: 'Green transition',
    entries: [
      { rank: 'winner', org: 'city-of-krakow', title: 'Pocket parks', practice: 'pocket-parks' },
      {
        rank: 'honourable-mention',
        org: 'city-of-stockholm',
        title: 'Material Storehouse',
        practice: 'material-storehouse',
      },
    ],
  },
  {
    name: 'Social inclusion',
    entries: [
      { rank: 'winner', org: 'city-of-zaragoza', title: 'Door breakers', practice: 'door-breakers' },
      {
        rank: 'honourable-mention',
        org: 'urries-town-council',
        title: 'Cultural rebirth for rural repopulation',
        practice: 'cultural-rebirth-for-rural-repopulation',
      },
    ],
  },
  {
    name: 'Living heritage and local economies',
    entries: [
      { rank: 'winner', org: 'lisbon-city-council', title: 'Shops with a History', practice: 'shops-with-a-history' },
      { rank: 'honourable-mention', org: 'city-of-leeuwarden', title: 'Frisian craft workshops in empty shops' },
    ],
  },
] as const

export const awardsDemo: DemoPart = {
  name: 'awards',
  async seed(db: Db, { today }) {
    const year = today.getUTCFullYear() - 1
    const decidedAt = new Date(Date.UTC(year, 5, 12, 10))
    const created = await createCall(db, null, {
      slug: `heritage-in-transformation-awards-${year}`,
      kind: 'award',
      title: `Heritage in Transformation Awards ${year}`,
      description: DESCRIPTION,
      guidance: '',
      applicantType: 'organisations',
      timeZone: 'Europe/Brussels',
      opensAt: new Date(decidedAt.getTime() - 120 * DAY),
      closesAt: new Date(decidedAt.getTime() - 60 * DAY),
      evaluationStartedAt: new Date(decidedAt.getTime() - 55 * DAY),
      decidedAt,
      reviewsPerSubmission: 3,
      referencePrefix: 'AW',
    })
    if (!created.ok) return
    const callId = created.call.id
    const slugs = CATEGORIES.flatMap((category) => category.entries.map((entry) => entry.org))
    const orgs = await db.select().from(organisations).where(inArray(organisations.slug, slugs))
    const practiceSlugs = CATEGORIES.flatMap((category) =>
      category.entries.flatMap((entry) => ('practice' in entry ? [entry.practice] : [])),
    )
    const practices = new Map(
      (await findPublishedPracticeIdsBySlugs(db, practiceSlugs)).map((practice) => [practice.slug, practice.id]),
    )
    for (const [position, category] of CATEGORIES.entries()) {
      const [row] = await db
        .insert(callAwardCategories)
        .values({ callId, name: category.name, position })
        .returning({ id: callAwardCategories.id })
      for (const entry of category.entries) {
        const organisation = orgs.find((org) => org.slug === entry.org)
        if (!organisation) continue
        await db.insert(callAwards).values({
          callId,
          categoryId: row!.id,
          rank: entry.rank,
          entryTitle: entry.title,
          organisationId: organisation.id,
          awardeeName: organisation.name,
          city: organisation.city,
          country: organisation.country,
          practiceId: 'practice' in entry ? (practices.get(entry.practice) ?? null) : null,
          createdAt: decidedAt,
        })
      }
    }
  },
}
