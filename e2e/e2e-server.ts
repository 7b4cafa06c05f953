import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/**
 * Playwright's webServer command: the real server (src/server.ts) on a data store of this run's own,
 * so every run starts from a freshly written demo programme and never touches anyone's data.
 * Without DATABASE_URL that is an empty DATA_DIR under .cache/; with it, a database
 * stoa_e2e_<random> created on that server and dropped when the server stops.
 *
 * It wraps the server rather than leaving this to globalSetup because Playwright starts the
 * webServer before globalSetup runs, so the database would not exist yet when the server opens it.
 */
const port = process.env.PORT ?? '3210'
const runId = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
const dataDir = path.resolve('.cache', `e2e-data-${runId}`)
const serverUrl = process.env.DATABASE_URL || undefined

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

const databaseName = serverUrl ? `stoa_e2e_${randomBytes(6).toString('hex')}` : undefined

let databaseCreated = false
async function prepare() {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  if (serverUrl && databaseName) {
    await onServer(serverUrl, (client) => client.query(`create database "${databaseName}"`))
    databaseCreated = true
  }
}

let cleanedUp = false
async function cleanUp() {
  if (cleanedUp) return
  cleanedUp = true
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (serverUrl && databaseName && databaseCreated) {
    await onServer(serverUrl, (client) => client.query(`drop database if exists "${databaseName}" with (force)`)).catch(
      (error: Error) => console.error(`e2e: could not drop the database ${databaseName}: ${error.message}`),
    )
  }
}

try {
  await prepare()
} catch (error) {
  console.error(`e2e: cannot prepare a fresh data store: ${(error as Error).message}`)
  await cleanUp()
  process.exit(1)
}

const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    // Production mode, as deployed: NODE_ENV=test would switch libraries into their test behaviour.
    NODE_ENV: 'production',
    SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    PORT: port,
    HOST: '127.0.0.1',
    BASE_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: serverUrl && databaseName ? databaseUrl(serverUrl, databaseName) : '',
    DEMO: 'auto',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
})

// Playwright signals the whole process group, so the server usually hears the signal itself;
// passing it on covers a launcher stopped on its own. The server exits at once on a second signal,
// which is fine: its data is thrown away.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal)
  })
}

server.on('exit', async (code, signal) => {
  await cleanUp()
  process.exit(signal ? 0 : (code ?? 1))
})
