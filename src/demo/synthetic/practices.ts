import { sql } from 'drizzle-orm'
import { ORGANISATION_KINDS, organisations, POPULATION_BANDS } from '../../modules/accounts/tables.js'
import { THEMES } from '../../modules/accounts/themes.js'
import { practices, practiceTranslations } from '../../modules/practices/tables.js'
import { insertInBatches } from './bulk-insert.js'
import type { SyntheticGenerator } from './generator.js'
import { Random } from './random.js'

type PracticeRow = typeof practices.$inferInsert
type TranslationRow = typeof practiceTranslations.$inferInsert
type OrganisationRow = typeof organisations.$inferInsert

/**
 * Real words per language, so each language's stemmer has inflected forms to fold, plus made-up
 * words from syllables, so searches range from very common to rare terms.
 */
const vocabulary = {
  en: [
    'museum',
    'museums',
    'park',
    'parks',
    'heritage',
    'schools',
    'shops',
    'festival',
    'gardens',
    'library',
    'workshops',
    'neighbours',
    'buildings',
    'artists',
    'archives',
    'markets',
  ],
  fr: [
    'musée',
    'musées',
    'jardin',
    'jardins',
    'patrimoine',
    'écoles',
    'boutiques',
    'quartiers',
    'ateliers',
    'habitants',
    'bâtiments',
    'artistes',
    'archives',
    'marchés',
    'fêtes',
    'bibliothèque',
  ],
  de: [
    'Museum',
    'Museen',
    'Garten',
    'Gärten',
    'Kulturerbe',
    'Schulen',
    'Läden',
    'Werkstätten',
    'Nachbarn',
    'Gebäude',
    'Künstler',
    'Archive',
    'Märkte',
    'Grünflächen',
    'Bibliothek',
    'Stadtteile',
  ],
  es: [
    'museo',
    'museos',
    'jardín',
    'jardines',
    'patrimonio',
    'escuelas',
    'tiendas',
    'barrios',
    'talleres',
    'vecinos',
    'edificios',
    'artistas',
    'archivos',
    'mercados',
    'fiestas',
    'jóvenes',
  ],
  pt: [
    'museu',
    'museus',
    'jardim',
    'jardins',
    'património',
    'escolas',
    'lojas',
    'bairros',
    'oficinas',
    'vizinhos',
    'edifícios',
    'artistas',
    'arquivos',
    'mercados',
    'festas',
    'história',
  ],
  it: [
    'museo',
    'musei',
    'giardino',
    'giardini',
    'patrimonio',
    'scuole',
    'botteghe',
    'quartieri',
    'laboratori',
    'abitanti',
    'edifici',
    'artisti',
    'archivi',
    'mercati',
    'feste',
    'biblioteca',
  ],
  pl: [
    'muzeum',
    'muzea',
    'park',
    'parki',
    'dziedzictwo',
    'szkoły',
    'sklepy',
    'dzielnice',
    'warsztaty',
    'sąsiedzi',
    'budynki',
    'artyści',
    'archiwa',
    'targi',
    'festyny',
    'biblioteka',
  ],
} as const
type Language = keyof typeof vocabulary
const languages = Object.keys(vocabulary) as Language[]

const places: Record<Language, [string, string][]> = {
  en: [
    ['Leeds', 'GB'],
    ['Cork', 'IE'],
    ['Bristol', 'GB'],
    ['Galway', 'IE'],
  ],
  fr: [
    ['Lille', 'FR'],
    ['Nantes', 'FR'],
    ['Liège', 'BE'],
    ['Lyon', 'FR'],
  ],
  de: [
    ['Dresden', 'DE'],
    ['Graz', 'AT'],
    ['Leipzig', 'DE'],
    ['Linz', 'AT'],
  ],
  es: [
    ['Zaragoza', 'ES'],
    ['Bilbao', 'ES'],
    ['Valencia', 'ES'],
    ['Urriés', 'ES'],
  ],
  pt: [
    ['Lisbon', 'PT'],
    ['Porto', 'PT'],
    ['Braga', 'PT'],
    ['Évora', 'PT'],
  ],
  it: [
    ['Bologna', 'IT'],
    ['Matera', 'IT'],
    ['Turin', 'IT'],
    ['Genoa', 'IT'],
  ],
  pl: [
    ['Krakow', 'PL'],
    ['Gdańsk', 'PL'],
    ['Łódź', 'PL'],
    ['Wrocław', 'PL'],
  ],
}

const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sta',
  'vo',
  'tur',
  'bel',
  'dan',
  'ori',
  'pe',
  'xu',
  'gal',
  'sin',
  'ter',
  'qua',
]

/** A made-up word of two to four syllables: the generated part of the vocabulary. */
function madeUpWord(random: Random): string {
  return Array.from({ length: random.int(2, 4) }, () => random.pick(syllables)).join('')
}

function text(random: Random, language: Language, words: number): string {
  const body = Array.from({ length: words }, () =>
    random.chance(0.7) ? random.pick(vocabulary[language]) : madeUpWord(random),
  ).join(' ')
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`
}

const publishedFrom = new Date('2024-01-01T00:00:00Z').getTime()
const DAY = 86_400_000

function practiceRow(random: Random, index: number): PracticeRow {
  const number = String(index + 1).padStart(6, '0')
  const language = random.pick(languages)
  const [city, country] = random.pick(places[language])
  const publicationStatus = random.chance(0.9) ? 'published' : random.chance(0.5) ? 'draft' : 'archived'
  const publishedAt = publicationStatus === 'draft' ? null : new Date(publishedFrom + random.int(0, 700) * DAY)
  return {
    id: random.uuid(),
    slug: `synthetic-practice-${number}`,
    // Marked as synthetic in the title, so that no benchmark row could pass for a real practice.
    title: `${text(random, language, random.int(2, 5)).slice(0, -1)} (synthetic ${number})`,
    city,
    country,
    summary: text(random, language, random.int(15, 35)),
    challenge: text(random, language, random.int(30, 80)),
    approach: text(random, language, random.int(30, 80)),
    results: text(random, language, random.int(20, 60)),
    language,
    startYear: random.chance(0.8) ? random.int(2005, 2025) : null,
    status: random.chance(0.2) ? null : random.chance(0.6) ? 'ongoing' : 'finished',
    themes: [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(THEMES)))],
    transformations: (['green', 'digital', 'social'] as const).filter(() => random.chance(0.4)),
    publicationStatus,
    publishedAt,
    createdAt: publishedAt ?? new Date(publishedFrom),
    updatedAt: publishedAt ?? new Date(publishedFrom),
  }
}

/** One organisation per this many practices, of every kind, for the organisation-kind facet. */
const PRACTICES_PER_ORGANISATION = 40
/** Made-up calls a tenth of the practices were selected in. */
const CALL_IDS = ['5e1ec7ed-0000-4000-8000-000000000001', '5e1ec7ed-0000-4000-8000-000000000002']

function organisationRows(random: Random, practiceCount: number): OrganisationRow[] {
  const count = Math.max(ORGANISATION_KINDS.length, Math.ceil(practiceCount / PRACTICES_PER_ORGANISATION))
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(5, '0')
    const language = random.pick(languages)
    const [city, country] = random.pick(places[language])
    return {
      id: random.uuid(),
      slug: `synthetic-organisation-${number}`,
      name: `Synthetic organisation ${number}`,
      kind: ORGANISATION_KINDS[index % ORGANISATION_KINDS.length]!,
      country,
      city,
    }
  })
}

/**
 * The facets the first generator version left empty, drawn from a stream of their own so that the
 * texts and ids of a seed stay what they were.
 */
function facetFields(random: Random, organisationIds: readonly string[]): Partial<PracticeRow> {
  const located = random.chance(0.6)
  return {
    organisationId: random.chance(0.85) ? random.pick(organisationIds) : null,
    populationBand: random.chance(0.75) ? random.pick(POPULATION_BANDS) : null,
    selectedInCallId: random.chance(0.1) ? random.pick(CALL_IDS) : null,
    latitude: located ? 36 + random.next() * 24 : null,
    longitude: located ? -9 + random.next() * 33 : null,
  }
}

function translationRows(random: Random, practice: PracticeRow): TranslationRow[] {
  const others = languages.filter((language) => language !== practice.language)
  const chosen = new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(others)))
  return [...chosen].map((language) => ({
    id: random.uuid(),
    practiceId: practice.id!,
    language,
    title: text(random, language, random.int(2, 5)).slice(0, -1),
    summary: text(random, language, random.int(15, 35)),
  }))
}

// Written ten thousand at a time with their translations, so memory stays flat at any count.
const CHUNK = 10_000

export const practicesGenerator: SyntheticGenerator = {
  name: 'practices',
  defaultCount: 100_000,
  async generate(db, { count, seed, random }) {
    const facets = new Random(seed ^ 0x5eed)
    const organisationsWritten = organisationRows(facets, count)
    await insertInBatches(db, organisations, organisationsWritten)
    const organisationIds = organisationsWritten.map((organisation) => organisation.id!)
    let practicesWritten = 0
    let translationsWritten = 0
    // The change-log triggers (migration 0011) run per row at commit under one lock: at 100,000
    // practices they cost more than the rows. Off for this transaction only (ALTER TABLE is
    // transactional), then the log gets every written practice in one statement per chunk, so an
    // index already loaded still sees them (and reloads, as after any bulk change).
    // The triggers' lock too, held to commit: versions stay in commit order (see the migration).
    await db.execute(sql`select pg_advisory_xact_lock(7405142001)`)
    await db.execute(sql`alter table practices disable trigger practices_log_change`)
    await db.execute(sql`alter table practice_translations disable trigger practice_translations_log_change`)
    for (let start = 0; start < count; start += CHUNK) {
      const chunk: PracticeRow[] = []
      const translations: TranslationRow[] = []
      for (let index = start; index < Math.min(count, start + CHUNK); index++) {
        const practice = { ...practiceRow(random, index), ...facetFields(facets, organisationIds) }
        chunk.push(practice)
        translations.push(...translationRows(random, practice))
      }
      practicesWritten += await insertInBatches(db, practices, chunk)
      translationsWritten += await insertInBatches(db, practiceTranslations, translations)
      await db.execute(sql`insert into practice_changes (practice_id)
        select id from practices where slug >= ${chunk[0]!.slug} and slug <= ${chunk[chunk.length - 1]!.slug}`)
    }
    await db.execute(sql`alter table practices enable trigger practices_log_change`)
    await db.execute(sql`alter table practice_translations enable trigger practice_translations_log_change`)
    return {
      organisations: organisationsWritten.length,
      practices: practicesWritten,
      practice_translations: translationsWritten,
    }
  },
}

/** Words the bench searches with: real ones in each language, some inflected, and made-up ones. */
export const syntheticSearchWords: readonly string[] = [
  ...Object.values(vocabulary).flat(),
  'musee',
  'gartens',
  'kalo',
  'renvo',
  'stadan',
]
