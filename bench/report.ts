import type { GeneratorReport } from '../src/demo/synthetic/index.js'
import type { CpuShare } from './cpu.js'
import type { Measurement } from './load.js'
import type { BurstResult } from './registration-burst.js'

export interface PageResult {
  name: string
  paths: number
  expectedStatus: number
  measurement: Measurement
}

export interface DatabaseResult {
  database: 'embedded' | 'postgres'
  generated: GeneratorReport[]
  buildMs: number
  startupMs: number
  /** CPU used during the measurements, in percent of one core. */
  cpu: CpuShare
  memory: { idleRssMb: number; rssMb: number; peakRssMb: number }
  baseline: PageResult
  pages: PageResult[]
  /** The activities' registration burst (bench/registration-burst.ts), when its data was generated. */
  burst?: BurstResult
}

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) =>
    row.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

export function ratio(page: Measurement, baseline: Measurement): number {
  return baseline.requestsPerSecond > 0 ? (page.requestsPerSecond / baseline.requestsPerSecond) * 100 : 0
}

/** The figures of one database as a plain-text table, the same that goes into bench/README.md. */
export function formatDatabaseResult(result: DatabaseResult): string {
  const title = result.database === 'embedded' ? 'Embedded database (PGlite)' : 'PostgreSQL server'
  const data = result.generated
    .map((g) =>
      Object.entries(g.rows)
        .map(([table, rows]) => `${integer.format(rows)} ${table}`)
        .join(', '),
    )
    .join('; ')
  const header = ['page type', 'URLs', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'vs baseline', 'non-2xx', 'KB/response']
  const row = (page: PageResult) => [
    page.name,
    integer.format(page.paths),
    integer.format(page.measurement.requestsPerSecond),
    oneDecimal.format(page.measurement.p50Ms),
    oneDecimal.format(page.measurement.p95Ms),
    oneDecimal.format(page.measurement.p99Ms),
    `${oneDecimal.format(ratio(page.measurement, result.baseline.measurement))} %`,
    integer.format(page.measurement.non2xx),
    oneDecimal.format(page.measurement.meanBytes / 1024),
  ]
  const warnings = [result.baseline, ...result.pages].flatMap((page) => {
    const m = page.measurement
    const statuses = Object.entries(m.unexpected).map(([status, count]) => `${integer.format(count)} × ${status}`)
    const problems = [
      ...(statuses.length > 0 ? [`expected ${page.expectedStatus}, got ${statuses.join(', ')}`] : []),
      ...(m.errors > 0
        ? [`${integer.format(m.errors)} connection errors (${integer.format(m.timeouts)} timeouts)`]
        : []),
    ]
    return problems.length > 0 ? [`! ${page.name}: ${problems.join('; ')}`] : []
  })
  return [
    `${title}: ${data || 'no synthetic rows'} (built in ${oneDecimal.format(result.buildMs / 1000)} s)`,
    '',
    table(
      [header, row(result.baseline), ...result.pages.map(row)],
      [false, true, true, true, true, true, true, true, true],
    ),
    '',
    `start-up ${integer.format(result.startupMs)} ms · resident memory ${integer.format(result.memory.idleRssMb)} MB idle, ` +
      `${integer.format(result.memory.rssMb)} MB after the load, ${integer.format(result.memory.peakRssMb)} MB peak`,
    `CPU while measuring (% of one core): server ${integer.format(result.cpu.server)}, ` +
      `autocannon ${integer.format(result.cpu.bench)}, ` +
      (result.database === 'postgres' ? `PostgreSQL ${integer.format(result.cpu.postgres)}, ` : '') +
      `other processes ${integer.format(result.cpu.other)}`,
    ...(result.burst
      ? [
          `registration burst: ${integer.format(result.burst.people)} people at once on ${result.burst.capacity} seats in ` +
            `${integer.format(result.burst.ms)} ms, ${integer.format(result.burst.registrationsPerSecond)} registrations/s ` +
            `(${oneDecimal.format((result.burst.registrationsPerSecond / result.baseline.measurement.requestsPerSecond) * 100)} % of baseline); ` +
            `${result.burst.confirmed} confirmed, ${integer.format(result.burst.waitlisted)} waitlisted in arrival order`,
        ]
      : []),
    ...warnings,
  ].join('\n')
}
