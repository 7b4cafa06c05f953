import fs from 'node:fs/promises'
import os from 'node:os'
import { syntheticGenerators } from '../src/demo/synthetic/index.js'
import { cpuShare, sampleCpu } from './cpu.js'
import { DEFAULT_ADMIN_URL, type PreparedDatabase, prepareEmbedded, preparePostgres } from './database.js'
import { findStylesheetPath, type LoadOptions, measure, signInCookie } from './load.js'
import { type BenchOptions, parseOptions, UsageError, usage } from './options.js'
import { pageTypes } from './page-types.js'
import { runRegistrationBurst } from './registration-burst.js'
import { type DatabaseResult, formatDatabaseResult, type PageResult } from './report.js'
import { type RunningServer, startServer } from './server-process.js'

const BASELINE_NAME = 'static asset'

let running: RunningServer | undefined

async function measurePage(
  server: RunningServer,
  page: { name: string; paths: string[]; expectedStatus: number; signIn?: { email: string; password: string } },
  options: BenchOptions,
): Promise<PageResult> {
  const cookie = page.signIn ? await signInCookie(server.baseUrl, page.signIn) : undefined
  const load: LoadOptions & { cookie?: string } = {
    duration: options.duration,
    connections: options.connections,
    cookie,
  }
  process.stdout.write(`  ${page.name} (${page.paths.length} URLs)…`)
  if (options.warmup > 0)
    await measure(server.baseUrl, page.paths, page.expectedStatus, { ...load, duration: options.warmup })
  const measurement = await measure(server.baseUrl, page.paths, page.expectedStatus, load)
  server.assertRunning()
  process.stdout.write(` ${Math.round(measurement.requestsPerSecond)} req/s\n`)
  return { name: page.name, paths: page.paths.length, expectedStatus: page.expectedStatus, measurement }
}

async function benchDatabase(kind: 'embedded' | 'postgres', options: BenchOptions): Promise<DatabaseResult> {
  const selected = pageTypes.filter((pageType) => options.pages.includes(pageType.name))
  const build = { counts: options.counts, seed: options.seed, generators: syntheticGenerators, pageTypes: selected }
  console.log(`\n${kind}: building the database…`)
  const prepared: PreparedDatabase =
    kind === 'embedded'
      ? await prepareEmbedded(build)
      : await preparePostgres(process.env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL, build)
  try {
    console.log(`${kind}: starting the server…`)
    const server = await startServer(prepared.serverEnv)
    running = server
    let result: DatabaseResult
    try {
      const idle = await server.memory()
      const cpuBefore = await sampleCpu(server.pid)
      const baselinePath = await findStylesheetPath(server.baseUrl)
      const baseline = await measurePage(
        server,
        { name: BASELINE_NAME, paths: [baselinePath], expectedStatus: 200 },
        options,
      )
      const pages: PageResult[] = []
      for (const pageType of selected) {
        const paths = prepared.paths.get(pageType.name) ?? []
        if (paths.length === 0) {
          console.log(`  ${pageType.name}: no URLs in the generated data, skipped`)
          continue
        }
        pages.push(await measurePage(server, { ...pageType, paths }, options))
      }
      const memory = await server.memory()
      const cpu = cpuShare(cpuBefore, await sampleCpu(server.pid))
      if (cpu.other > 10)
        console.log(`  ! other processes used ${Math.round(cpu.other)} % of a core meanwhile: the figures are skewed`)
      result = {
        database: kind,
        generated: prepared.generated,
        buildMs: prepared.buildMs,
        startupMs: server.startupMs,
        cpu,
        memory: { idleRssMb: idle.rssMb, rssMb: memory.rssMb, peakRssMb: memory.peakRssMb },
        baseline,
        pages,
      }
    } finally {
      await server.stop()
      running = undefined
    }
    // With the server stopped (the embedded database takes one process at a time).
    console.log(`${kind}: registration burst…`)
    const burst = await runRegistrationBurst(prepared.serverEnv)
    if (burst) result.burst = burst
    return result
  } finally {
    if (!options.keep) await prepared.remove()
  }
}

async function main() {
  let options: BenchOptions
  try {
    options = parseOptions(process.argv.slice(2), syntheticGenerators, pageTypes)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${usage(syntheticGenerators, pageTypes)}`)
    process.exit(2)
  }
  if (options.help) {
    console.log(usage(syntheticGenerators, pageTypes))
    return
  }

  const machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  }
  console.log(
    `Stoa benchmark: ${options.databases.join(' and ')}, ${options.duration} s per page type after ${options.warmup} s of warm-up, ` +
      `${options.connections} connections, seed ${options.seed}`,
  )
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`)

  const results: DatabaseResult[] = []
  for (const kind of options.databases) results.push(await benchDatabase(kind, options))

  console.log('')
  for (const result of results) console.log(`${formatDatabaseResult(result)}\n`)
  if (options.json) {
    const { help: _help, ...settings } = options
    await fs.writeFile(
      options.json,
      `${JSON.stringify({ date: new Date().toISOString(), machine, options: settings, results }, null, 2)}\n`,
    )
    console.log(`Results saved to ${options.json}`)
  }
}

// Ctrl-C stops the server this run started before leaving, so no port or data-folder lock is left behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running?.stop()
    process.exit(130)
  })
}

main().catch(async (error) => {
  await running?.stop().catch(() => {})
  // A failed bulk insert's message lists every parameter; the cause is the part worth reading.
  const cause = error instanceof Error && error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : ''
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  console.error(`${message.length > 2000 ? `${message.slice(0, 2000)}…` : message}${cause}`)
  process.exit(1)
})
