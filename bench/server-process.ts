import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Generous: the practices module builds its search index of every practice before listening.
const START_TIMEOUT_MS = 300_000
const STOP_TIMEOUT_MS = 15_000

export interface RunningServer {
  baseUrl: string
  pid: number
  /** From spawning the process to the first 200 from /healthz. */
  startupMs: number
  /** Resident and peak resident memory of the server process, in MiB. */
  memory(): Promise<{ rssMb: number; peakRssMb: number }>
  /** Throws with the server's last output if it has exited. */
  assertRunning(): void
  stop(): Promise<void>
}

/** A port the system just handed out on loopback, released again for the server to take. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8')
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  if (!match) throw new Error(`No ${field} in /proc/${pid}/status`)
  return Number(match[1])
}

/**
 * Starts src/server.ts as `npm start` would, in production mode, on a loopback port. Node itself is
 * spawned (tsx loaded with --import), not npx or npm, so the pid is the server's and its memory is
 * what /proc reports for it.
 */
export async function startServer(
  databaseEnv: Record<string, string>,
  /** Extra flags for node, e.g. `--cpu-prof` to profile the server (written when it stops). */
  nodeArgs: readonly string[] = [],
): Promise<RunningServer> {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  // Only what the server needs: a DATABASE_URL in the caller's shell must not reach an embedded run.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    BASE_URL: baseUrl,
    SESSION_SECRET: 'benchmark-session-secret-not-for-production-use',
    DEMO: 'off',
    LOG_LEVEL: 'warn',
    // Pages are measured here, not the API's limiter; keep it out of the way of any API page type.
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    ...databaseEnv,
  }
  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  let exitCode: number | null | undefined
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null)
      resolve()
    }),
  )
  const assertRunning = () => {
    if (exitCode !== undefined) throw new Error(`The server exited (code ${exitCode}). Its last output:\n${output}`)
  }

  let startupMs: number | undefined
  while (startupMs === undefined) {
    assertRunning()
    if (performance.now() - started > START_TIMEOUT_MS) {
      child.kill('SIGKILL')
      throw new Error(`The server did not answer /healthz within ${START_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) })
      if (response.status === 200) startupMs = Math.round(performance.now() - started)
      else await response.arrayBuffer()
    } catch {
      // Not listening yet.
    }
    if (startupMs === undefined) await new Promise((resolve) => setTimeout(resolve, 20))
  }

  const pid = child.pid!
  return {
    baseUrl,
    pid,
    startupMs,
    async memory() {
      assertRunning()
      const [rss, peak] = await Promise.all([readStatusKb(pid, 'VmRSS'), readStatusKb(pid, 'VmHWM')])
      return { rssMb: rss / 1024, peakRssMb: peak / 1024 }
    },
    assertRunning,
    async stop() {
      if (exitCode !== undefined) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    },
  }
}
