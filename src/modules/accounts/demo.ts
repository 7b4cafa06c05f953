import { generateRandomString, hashPassword } from 'better-auth/crypto'
import type { Db } from '../../db/client.js'
import type { SiteRole } from '../../platform/http/actor.js'
import type { DemoPart } from '../../platform/module.js'
import type { EuLanguage } from './languages.js'
import type { OrganisationKind, PopulationBand } from './queries/organisations.js'
import { authAccounts, organisationMemberships, organisations, profiles, users } from './tables.js'
import type { Theme } from './themes.js'

/**
 * The password of every demo account. The demo is for trying Stoa on one's own machine: print it
 * in development only, and never run the demo on a server others can reach (DEMO=off).
 */
export const DEMO_PASSWORD = 'stoa demo peer learning'

type DemoOrganisation = {
  slug: string
  name: string
  kind: OrganisationKind
  country: string
  city: string
  populationBand?: PopulationBand
  description?: string
}

// The organisations named in seeds/. Population bands only where the figure is common knowledge
// and far from a band's edge; descriptions only from what the seeds say.
export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'lisbon-city-council',
    name: 'Lisbon City Council',
    kind: 'city',
    country: 'PT',
    city: 'Lisbon',
    populationBand: '500k-1m',
    description:
      'Lisbon City Council created the programme Lojas com História (Shops with a History) in 2015, to preserve and boost a distinctive local commerce and trade heritage.',
  },
  {
    slug: 'city-of-krakow',
    name: 'City of Krakow',
    kind: 'city',
    country: 'PL',
    city: 'Krakow',
    populationBand: '500k-1m',
  },
  {
    slug: 'city-of-zaragoza',
    name: 'City of Zaragoza',
    kind: 'city',
    country: 'ES',
    city: 'Zaragoza',
    populationBand: '500k-1m',
  },
  {
    slug: 'urries-town-council',
    name: 'Urriés Town Council',
    kind: 'city',
    country: 'ES',
    city: 'Urriés',
    populationBand: 'under-50k',
    description:
      'Urriés started developing a masterplan in 2015 forefronting culture, creativity and heritage as the engine of sustainable local development.',
  },
  {
    slug: 'leeds-city-council',
    name: 'Leeds City Council',
    kind: 'city',
    country: 'GB',
    city: 'Leeds',
    populationBand: '500k-1m',
  },
  { slug: 'city-of-stockholm', name: 'City of Stockholm', kind: 'city', country: 'SE', city: 'Stockholm' },
  {
    slug: 'city-of-dresden',
    name: 'City of Dresden',
    kind: 'city',
    country: 'DE',
    city: 'Dresden',
    populationBand: '500k-1m',
  },
  {
    slug: 'city-of-berlin',
    name: 'City of Berlin',
    kind: 'city',
    country: 'DE',
    city: 'Berlin',
    populationBand: 'over-1m',
  },
  {
    slug: 'city-of-leeuwarden',
    name: 'City of Leeuwarden',
    kind: 'city',
    country: 'NL',
    city: 'Leeuwarden',
    populationBand: '100k-250k',
  },
  { slug: 'city-of-lille', name: 'City of Lille', kind: 'city', country: 'FR', city: 'Lille' },
  {
    slug: 'city-of-helsinki',
    name: 'City of Helsinki',
    kind: 'city',
    country: 'FI',
    city: 'Helsinki',
    populationBand: '500k-1m',
  },
  {
    slug: 'eurocities',
    name: 'Eurocities',
    kind: 'network',
    country: 'BE',
    city: 'Brussels',
    description:
      'The network of more than 200 European cities that leads Cultural heritage in action, in partnership with KEA, ERRIN, Europa Nostra and the Architects Council of Europe.',
  },
  { slug: 'kea', name: 'KEA', kind: 'company', country: 'BE', city: 'Brussels' },
  { slug: 'errin', name: 'ERRIN', kind: 'network', country: 'BE', city: 'Brussels' },
  { slug: 'europa-nostra', name: 'Europa Nostra', kind: 'ngo', country: 'NL', city: 'The Hague' },
  {
    slug: 'architects-council-of-europe',
    name: 'Architects Council of Europe',
    kind: 'network',
    country: 'BE',
    city: 'Brussels',
  },
  {
    slug: 'aeidl',
    name: 'European Association for Information on Local Development (AEIDL)',
    kind: 'ngo',
    country: 'BE',
    city: 'Brussels',
    description:
      'A not-for-profit organisation that has been coordinating international projects for over 30 years; it leads the consortium of Capacity building for European Capitals of Culture.',
  },
]

type DemoPerson = {
  email: string
  name: string
  roles: SiteRole[]
  memberships?: { slug: string; role: 'admin' | 'member'; status?: 'active' | 'requested' }[]
  country?: string
  languages?: EuLanguage[]
  expertise?: Theme[]
  bio: string
}

// Fictional people: the surname "Demo" and the bio say so, so nobody takes them for real staff.
export const demoPeople: DemoPerson[] = [
  {
    email: 'admin@stoa.localhost',
    name: 'Alex Demo',
    roles: ['admin'],
    languages: ['en', 'fr'],
    bio: 'A fictional admin of this demo installation.',
  },
  {
    email: 'editor@stoa.localhost',
    name: 'Eva Demo',
    roles: ['editor'],
    memberships: [{ slug: 'eurocities', role: 'member' }],
    country: 'BE',
    languages: ['en', 'fr', 'nl'],
    bio: 'A fictional member of the programme team, for the demo.',
  },
  {
    email: 'member@stoa.localhost',
    name: 'Marta Demo',
    roles: [],
    memberships: [{ slug: 'lisbon-city-council', role: 'admin' }],
    country: 'PT',
    languages: ['pt', 'en', 'es'],
    expertise: ['local-commerce-and-crafts', 'heritage-led-regeneration'],
    bio: 'A fictional city officer in Lisbon, for the demo. She looks after the organisation’s members on Stoa.',
  },
  {
    email: 'member.krakow@stoa.localhost',
    name: 'Piotr Demo',
    roles: [],
    memberships: [{ slug: 'city-of-krakow', role: 'admin' }],
    country: 'PL',
    languages: ['pl', 'en', 'de'],
    expertise: ['green-spaces-and-climate', 'participation-and-inclusion'],
    bio: 'A fictional city officer in Krakow, for the demo.',
  },
  {
    email: 'member.zaragoza@stoa.localhost',
    name: 'Lucía Demo',
    roles: [],
    memberships: [{ slug: 'city-of-zaragoza', role: 'admin' }],
    country: 'ES',
    languages: ['es', 'en'],
    expertise: ['education-and-youth'],
    bio: 'A fictional museum educator in Zaragoza, for the demo.',
  },
  {
    email: 'applicant@stoa.localhost',
    name: 'Tiago Demo',
    roles: [],
    memberships: [{ slug: 'lisbon-city-council', role: 'member', status: 'requested' }],
    country: 'PT',
    languages: ['pt', 'en'],
    bio: 'A fictional colleague waiting for Lisbon City Council to accept his request to join, for the demo.',
  },
  {
    email: 'expert@stoa.localhost',
    name: 'Ines Demo',
    roles: ['expert'],
    country: 'AT',
    languages: ['de', 'en', 'it'],
    expertise: ['adaptive-reuse', 'circular-economy', 'cultural-tourism'],
    bio: 'A fictional heritage consultant in the expert pool, for the demo.',
  },
  {
    email: 'expert.krakow@stoa.localhost',
    name: 'Kasia Demo',
    roles: ['expert'],
    memberships: [{ slug: 'city-of-krakow', role: 'member' }],
    country: 'PL',
    languages: ['pl', 'en'],
    expertise: ['green-spaces-and-climate'],
    bio: 'A fictional expert who also works for the City of Krakow, for the demo: never assigned to its applications.',
  },
  {
    email: 'expert.lyon@stoa.localhost',
    name: 'Henri Demo',
    roles: ['expert'],
    country: 'FR',
    languages: ['fr', 'en'],
    expertise: ['heritage-led-regeneration'],
    bio: 'A fictional heritage researcher in the expert pool, for the demo.',
  },
]

/** Organisations from the seeds, verified, and demo people who can sign in with DEMO_PASSWORD. */
export const accountsDemo: DemoPart = {
  name: 'accounts',
  async seed(db: Db, { today }) {
    const inserted = await db
      .insert(organisations)
      .values(
        demoOrganisations.map((organisation) => ({
          ...organisation,
          populationBand: organisation.populationBand ?? null,
          description: organisation.description ?? '',
          verifiedAt: today,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: organisations.id, slug: organisations.slug })
    const idOf = new Map(inserted.map((row) => [row.slug, row.id]))
    // One hash for all: scrypt is slow on purpose, and these accounts share one known password anyway.
    const password = await hashPassword(DEMO_PASSWORD)
    for (const person of demoPeople) {
      const id = generateRandomString(32, 'a-z', 'A-Z', '0-9')
      const [user] = await db
        .insert(users)
        .values({ id, name: person.name, email: person.email, emailVerified: true, roles: person.roles })
        .onConflictDoNothing()
        .returning({ id: users.id })
      if (!user) continue
      await db.insert(authAccounts).values({
        id: generateRandomString(32, 'a-z', 'A-Z', '0-9'),
        accountId: user.id,
        providerId: 'credential',
        userId: user.id,
        password,
      })
      await db.insert(profiles).values({
        userId: user.id,
        country: person.country ?? null,
        languages: person.languages ?? [],
        expertise: person.expertise ?? [],
        bio: person.bio,
      })
      for (const membership of person.memberships ?? []) {
        const organisationId = idOf.get(membership.slug)
        if (!organisationId) continue
        await db.insert(organisationMemberships).values({
          organisationId,
          userId: user.id,
          role: membership.role,
          status: membership.status ?? 'active',
        })
      }
    }
  },
}
