import { activitiesGenerator } from './activities.js'
import { callsGenerator } from './calls.js'
import type { SyntheticGenerator } from './generator.js'
import { practicesGenerator } from './practices.js'
import { programmesGenerator } from './programmes.js'

export { countsFor, type GeneratorReport, type SyntheticGenerator, writeSyntheticData } from './generator.js'

/**
 * Every module's synthetic-data generator, in the order they run: a generator that links to
 * another module's rows comes after it. A module issue adds its generator here.
 */
export const syntheticGenerators: SyntheticGenerator[] = [
  programmesGenerator,
  practicesGenerator,
  activitiesGenerator,
  callsGenerator,
]
