import { programmePartners, programmes } from '../../modules/programmes/tables.js'
import { insertInBatches } from './bulk-insert.js'
import type { SyntheticGenerator } from './generator.js'
import { isoDate, type Random } from './random.js'

type ProgrammeRow = typeof programmes.$inferInsert
type PartnerRow = typeof programmePartners.$inferInsert

const themes = [
  'Adaptive reuse',
  'Living heritage',
  'Cultural tourism',
  'Heritage-led regeneration',
  'Creative districts',
  'Participatory culture',
  'Green heritage',
  'Digital heritage',
  'Industrial memory',
  'Rural revival',
] as const
const places = [
  'port cities',
  'small towns',
  'border regions',
  'historic centres',
  'post-industrial cities',
  'capital regions',
  'island communities',
  'university cities',
] as const
const cities = [
  'Aarhus',
  'Bologna',
  'Braga',
  'Brno',
  'Cluj-Napoca',
  'Dresden',
  'Gdańsk',
  'Ghent',
  'Graz',
  'Kaunas',
  'Košice',
  'Leeuwarden',
  'Linz',
  'Ljubljana',
  'Łódź',
  'Malmö',
  'Matera',
  'Nantes',
  'Novi Sad',
  'Oulu',
  'Pécs',
  'Plovdiv',
  'Rijeka',
  'Tartu',
  'Timișoara',
  'Turku',
  'Valletta',
  'Zaragoza',
] as const
const partnerKinds = [
  'City of',
  'Municipality of',
  'Region of',
  'Heritage Foundation of',
  'University of',
  'City Museum of',
  'Cultural Centre of',
] as const
const subjects = [
  'Partner cities',
  'Local heritage teams',
  'Residents and volunteers',
  'Museum educators',
  'Urban planners',
  'Small businesses',
  'Young people',
  'Cultural organisations',
] as const
const verbs = ['share', 'test', 'document', 'compare', 'adapt', 'co-design', 'evaluate', 'present'] as const
const objects = [
  'ways of reusing empty buildings',
  'methods for community archives',
  'approaches to sustainable tourism',
  'tools for measuring social impact',
  'models for funding restoration',
  'practices for inclusive festivals',
  'plans for climate-proof monuments',
  'guides for participatory budgets',
] as const
const qualifiers = [
  'during peer-learning visits',
  'in online workshops',
  'with the support of mentors',
  'across the whole network',
  'over two years of exchange',
  'before scaling them up',
  'with national and regional partners',
  'in open project clinics',
] as const

function sentence(random: Random): string {
  return `${random.pick(subjects)} ${random.pick(verbs)} ${random.pick(objects)} ${random.pick(qualifiers)}.`
}

function paragraph(random: Random): string {
  return Array.from({ length: random.int(3, 6) }, () => sentence(random)).join(' ')
}

// A fixed epoch rather than "now", so that timestamps repeat with the seed.
const createdFrom = new Date('2024-01-01T00:00:00Z')
const createdTo = new Date('2026-01-01T00:00:00Z')
const startFrom = new Date('2018-01-01T00:00:00Z')
const startTo = new Date('2027-01-01T00:00:00Z')

function programmeRow(random: Random, index: number): ProgrammeRow {
  const number = String(index + 1).padStart(5, '0')
  const theme = random.pick(themes)
  const place = random.pick(places)
  const startsOn = random.dateBetween(startFrom, startTo)
  const endsOn = new Date(startsOn.getTime() + random.int(365, 4 * 365) * 86_400_000)
  const euFunded = random.chance(0.6)
  const createdAt = random.dateBetween(createdFrom, createdTo)
  return {
    id: random.uuid(),
    slug: `synthetic-programme-${number}`,
    name: `Synthetic programme ${number}: ${theme} in ${place}`,
    summary: `${theme} in ${place}: ${sentence(random).toLowerCase()}`,
    description: Array.from({ length: random.int(3, 6) }, () => paragraph(random)).join('\n\n'),
    language: 'en',
    websiteUrl: random.chance(0.8) ? `https://synthetic-programme-${number}.example.org/` : null,
    startsOn: isoDate(startsOn),
    endsOn: random.chance(0.9) ? isoDate(endsOn) : null,
    euFunded,
    grantingAuthority: euFunded ? 'the European Commission' : null,
    // Marked as synthetic so that no figure in benchmark data could pass for a real grant.
    fundingNote: euFunded ? `Synthetic grant SYN-${number} (benchmark data)` : null,
    position: index,
    createdAt,
    updatedAt: random.dateBetween(createdAt, createdTo),
  }
}

function partnerRows(random: Random, programme: ProgrammeRow, index: number): PartnerRow[] {
  const number = String(index + 1).padStart(5, '0')
  // A programme names each partner once (programme_partners has a unique index on the pair).
  const names = new Set<string>()
  return Array.from({ length: random.int(3, 15) }, (_, position) => {
    let name: string
    do name = `${random.pick(partnerKinds)} ${random.pick(cities)}`
    while (names.has(name))
    names.add(name)
    const withUrl = random.chance(0.7)
    return {
      id: random.uuid(),
      programmeId: programme.id!,
      name,
      url: withUrl ? `https://partner-${number}-${position + 1}.example.org/` : null,
      role: position === 0 ? 'lead' : 'partner',
      position,
    }
  })
}

// Programmes are written a thousand at a time with their partners, so memory stays flat at any count.
const CHUNK = 1000

export const programmesGenerator: SyntheticGenerator = {
  name: 'programmes',
  defaultCount: 200,
  async generate(db, { count, random }) {
    let programmesWritten = 0
    let partnersWritten = 0
    for (let start = 0; start < count; start += CHUNK) {
      const chunk: ProgrammeRow[] = []
      const partners: PartnerRow[] = []
      for (let index = start; index < Math.min(count, start + CHUNK); index++) {
        const programme = programmeRow(random, index)
        chunk.push(programme)
        partners.push(...partnerRows(random, programme, index))
      }
      programmesWritten += await insertInBatches(db, programmes, chunk)
      partnersWritten += await insertInBatches(db, programmePartners, partners)
    }
    return { programmes: programmesWritten, programme_partners: partnersWritten }
  },
}
