import { parseArgs } from 'node:util'
import { countsFor, type SyntheticGenerator } from '../src/demo/synthetic/index.js'
import type { PageType } from './page-types.js'

export const SIZES = { small: 0.1, default: 1, large: 10 } as const

export interface BenchOptions {
  counts: Record<string, number>
  /** The size factor the counts came from, for the report (counts given by flag override it). */
  size: string
  seed: number
  /** Seconds of measurement per page type. */
  duration: number
  /** Seconds of unmeasured load before each measurement. */
  warmup: number
  connections: number
  databases: ('embedded' | 'postgres')[]
  pages: string[]
  json?: string
  keep: boolean
  help: boolean
}

export class UsageError extends Error {}

export function usage(generators: readonly SyntheticGenerator[], pageTypes: readonly PageType[]): string {
  const flags: [string, string][] = [
    ['--size=<small|default|large|factor>', "scales every generator's default count by 0.1, 1, 10 or the factor"],
    ...generators.map((g): [string, string] => [`--${g.name}=<count>`, `sets the count (default ${g.defaultCount})`]),
    ['--duration=<seconds>', 'measurement per page type (default 10)'],
    ['--warmup=<seconds>', 'unmeasured load before each measurement (default 2)'],
    ['--connections=<n>', 'concurrent connections (default 10)'],
    ['--db=<embedded|postgres|both>', 'default both; postgres creates and drops the database "stoa_bench"'],
    ['', 'through BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test'],
    [
      '--pages=<name,name>',
      `only these page types: ${pageTypes.map((p) => p.name).join(', ')} (the baseline is always run)`,
    ],
    ['--seed=<n>', 'seed of the synthetic data (default 1)'],
    ['--json=<file>', 'also save the results as JSON'],
    ['--keep', 'keep bench/.data/ and the stoa_bench database afterwards'],
  ]
  const width = Math.max(...flags.map(([flag]) => flag.length))
  return `Usage: npm run bench -- [options]\n\n${flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n')}\n`
}

function positiveNumber(flag: string, value: string | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number)))
    throw new UsageError(`--${flag} must be a positive ${integer ? 'whole ' : ''}number, not "${value}"`)
  return number
}

export function parseOptions(
  argv: string[],
  generators: readonly SyntheticGenerator[],
  pageTypes: readonly PageType[],
): BenchOptions {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        size: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        db: { type: 'string' },
        pages: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(generators.map((g) => [g.name, { type: 'string' as const }])),
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  const text = (name: string) => values[name] as string | undefined

  const size = text('size') ?? 'default'
  const factor = size in SIZES ? SIZES[size as keyof typeof SIZES] : positiveNumber('size', size, 1)
  const overrides = Object.fromEntries(
    generators.flatMap((g) => {
      const value = text(g.name)
      if (value === undefined) return []
      const count = Number(value)
      if (!Number.isInteger(count) || count < 0)
        throw new UsageError(`--${g.name} must be a whole number of rows, not "${value}"`)
      return [[g.name, count]]
    }),
  )

  const db = text('db') ?? 'both'
  if (!['embedded', 'postgres', 'both'].includes(db))
    throw new UsageError(`--db must be embedded, postgres or both, not "${db}"`)

  const known = new Set(pageTypes.map((p) => p.name))
  const pages = text('pages')
    ?.split(',')
    .map((name) => name.trim()) ?? [...known]
  const unknown = pages.filter((name) => !known.has(name))
  if (unknown.length > 0)
    throw new UsageError(`--pages: unknown page type ${unknown.join(', ')} (known: ${[...known].join(', ')})`)

  const seed = text('seed') === undefined ? 1 : Number(text('seed'))
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number, not "${text('seed')}"`)

  return {
    counts: countsFor(generators, factor, overrides),
    size,
    seed,
    duration: positiveNumber('duration', text('duration'), 10),
    warmup: text('warmup') === '0' ? 0 : positiveNumber('warmup', text('warmup'), 2),
    connections: positiveNumber('connections', text('connections'), 10, true),
    databases: db === 'both' ? ['embedded', 'postgres'] : [db as 'embedded' | 'postgres'],
    pages,
    json: text('json'),
    keep: values.keep === true,
    help: values.help === true,
  }
}
