import type { Db } from '../../db/client.js'
import { Random, seedFor } from './random.js'

/**
 * Writes one module's synthetic rows for benchmarks: deterministic for a seed, in bulk.
 * A module adds its generator to the list in ./index.ts; the bench runner needs no change.
 */
export interface SyntheticGenerator {
  /** Also the name of the bench flag that sets the count, e.g. `--programmes=500`. */
  name: string
  /** How many of the generator's main rows a default-size run writes. */
  defaultCount: number
  /**
   * Writes `count` main rows (and their dependent rows) and returns how many rows each table got.
   * Generators run in list order, each in a transaction; a later one may read an earlier one's rows.
   */
  generate(db: Db, options: { count: number; seed: number; random: Random }): Promise<Record<string, number>>
}

export interface GeneratorReport {
  name: string
  count: number
  rows: Record<string, number>
  ms: number
}

/** Counts for every generator: its default scaled by `factor`, unless `overrides` names it. */
export function countsFor(
  generators: readonly SyntheticGenerator[],
  factor: number,
  overrides: Record<string, number> = {},
): Record<string, number> {
  return Object.fromEntries(
    generators.map((generator) => [
      generator.name,
      overrides[generator.name] ?? Math.max(1, Math.round(generator.defaultCount * factor)),
    ]),
  )
}

/** Runs every generator that has a count, in list order, each in one transaction. */
export async function writeSyntheticData(
  db: Db,
  generators: readonly SyntheticGenerator[],
  options: { counts: Record<string, number>; seed: number },
): Promise<GeneratorReport[]> {
  const reports: GeneratorReport[] = []
  for (const generator of generators) {
    const count = options.counts[generator.name]
    if (count === undefined || count <= 0) continue
    const seed = seedFor(options.seed, generator.name)
    const started = performance.now()
    const rows = await db.transaction((tx) =>
      generator.generate(tx as unknown as Db, { count, seed, random: new Random(seed) }),
    )
    reports.push({ name: generator.name, count, rows, ms: Math.round(performance.now() - started) })
  }
  return reports
}
