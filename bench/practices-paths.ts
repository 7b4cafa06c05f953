import { syntheticSearchWords } from '../src/demo/synthetic/practices.js'
import { Random } from '../src/demo/synthetic/random.js'
import { ORGANISATION_KINDS, POPULATION_BANDS } from '../src/modules/accounts/tables.js'
import { THEMES } from '../src/modules/accounts/themes.js'

const COUNTRIES = ['DE', 'FR', 'ES', 'PT', 'PL', 'IT', 'GB', 'AT', 'BE', 'IE']
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sta', 'vo', 'tur', 'bel', 'dan', 'ori', 'pe', 'xu', 'gal', 'sin']
/** Accents dropped or added, capitals, plurals the stemmers fold: what visitors really type. */
const VARIANTS = [
  'musee',
  'Musées',
  'MUSEUM',
  'gärten',
  'Garten',
  'jardin',
  'Jardín',
  'escolas',
  'bibliotheque',
  'Läden',
]

function some<T>(random: Random, values: readonly T[], chance: number, max: number): T[] {
  if (!random.chance(chance)) return []
  return [...new Set(Array.from({ length: random.int(1, max) }, () => random.pick(values)))]
}

function madeUpWord(random: Random): string {
  return Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('')
}

/** The words of a search: common, rare, inflected, accented, several, a phrase, or and exclusions. */
function words(random: Random): string {
  const word = () => (random.chance(0.15) ? random.pick(VARIANTS) : random.pick(syntheticSearchWords))
  switch (random.int(0, 9)) {
    case 0:
    case 1:
    case 2:
      return word()
    case 3:
      return `${word()} ${word()}`
    case 4:
      return `${word()} ${word()} ${word()}`
    case 5:
      return `"${word()} ${word()}"`
    case 6:
      return `${word()} or ${word()}`
    case 7:
      return `${word()} -${word()}`
    case 8:
      return madeUpWord(random)
    default:
      return `${word()} ${madeUpWord(random)}`
  }
}

function filters(random: Random, params: URLSearchParams, chance: number): void {
  for (const country of some(random, COUNTRIES, chance, 3)) params.append('country', country)
  for (const theme of some(random, THEMES, chance, 2)) params.append('theme', theme)
  for (const value of some(random, ['green', 'digital', 'social'], chance, 2)) params.append('transformation', value)
  for (const value of some(random, ['ongoing', 'finished'], chance / 2, 1)) params.append('status', value)
  for (const kind of some(random, ORGANISATION_KINDS, chance / 2, 2)) params.append('kind', kind)
  for (const band of some(random, POPULATION_BANDS, chance / 2, 2)) params.append('population', band)
  if (random.chance(chance / 2)) params.set('from', String(random.int(2005, 2020)))
  if (random.chance(chance / 3)) params.set('to', String(random.int(2010, 2025)))
  if (random.chance(chance / 3)) params.set('selected', random.pick(['yes', 'no']))
}

/** `count` distinct, deterministic URLs of a path and its query strings. */
function distinct(count: number, make: (random: Random) => URLSearchParams): string[] {
  const random = new Random(4)
  const paths = new Set<string>()
  while (paths.size < count) {
    const params = make(random)
    const locale = random.pick(['en', 'en', 'fr', 'de'])
    paths.add(`/${locale}/practices${params.size > 0 ? `?${params}` : ''}`)
  }
  return [...paths]
}

/** Searches with words, half of them filtered too, sorted three ways, some past page one. */
export function variedSearchPaths(count: number): string[] {
  return distinct(count, (random) => {
    const params = new URLSearchParams({ q: words(random) })
    filters(random, params, 0.25)
    if (random.chance(0.3)) params.set('sort', random.pick(['newest', 'title']))
    if (random.chance(0.2)) params.set('page', String(random.int(2, 4)))
    return params
  })
}

/** Facet choices without words: one to several dimensions, sorted, some past page one. */
export function facetedSearchPaths(count: number): string[] {
  return distinct(count, (random) => {
    const params = new URLSearchParams()
    while (params.size === 0) filters(random, params, 0.4)
    if (random.chance(0.2)) params.set('sort', 'title')
    if (random.chance(0.2)) params.set('page', String(random.int(2, 3)))
    return params
  })
}
