import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Start-up as an operator meets it: the real entry point in a child process.
const started: ChildProcess[] = []
afterAll(() => {
  for (const child of started) child.kill('SIGKILL')
})

function startServer(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', DEMO: 'off', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (stdout.includes('Stoa is running at')) {
        clearInterval(timer)
        resolve()
      }
    }, 50)
    exited.then(() => {
      clearInterval(timer)
      reject(new Error(`exited before listening: ${stderr}`))
    })
  })
  // Tests that expect a failed start await `exited` only; the rejection is theirs to ignore.
  listening.catch(() => {})
  return { child, exited, listening, output: () => ({ stdout, stderr }) }
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

function tempDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stoa-start-'))
}

describe('start-up with a bad configuration stops with one clear line', () => {
  it('names a malformed DATABASE_URL', async () => {
    const server = startServer({ DATABASE_URL: 'mysql://nowhere', DATA_DIR: tempDataDir() })
    expect(await server.exited).toBe(1)
    const { stderr } = server.output()
    expect(stderr.trim()).toBe(
      'Stoa cannot start: Invalid configuration: DATABASE_URL must be a URL like postgres://user:password@host:5432/database',
    )
  })

  it('names an unreachable PostgreSQL server', async () => {
    const port = await freePort()
    const server = startServer({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test`, DATA_DIR: tempDataDir() })
    expect(await server.exited).toBe(1)
    expect(server.output().stderr.trim()).toBe(
      `Stoa cannot start: Cannot reach PostgreSQL at 127.0.0.1:${port}/test: connection refused (is the server running, and is DATABASE_URL right?)`,
    )
  })

  it('names several bad variables at once', async () => {
    const server = startServer({ PORT: 'eighty', DEFAULT_TIME_ZONE: 'Mars/Olympus', DATA_DIR: tempDataDir() })
    expect(await server.exited).toBe(1)
    const line = server.output().stderr.trim()
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toContain('PORT')
    expect(line).toContain('DEFAULT_TIME_ZONE must be an IANA time zone')
  })

  it('names a data folder that cannot be written', async () => {
    // A folder inside a regular file: unwritable even for root (who ignores permission bits).
    const file = path.join(tempDataDir(), 'not-a-folder')
    fs.writeFileSync(file, '')
    const server = startServer({ DATA_DIR: path.join(file, 'data') })
    expect(await server.exited).toBe(1)
    expect(server.output().stderr.trim()).toMatch(/^Stoa cannot start: The data folder .* cannot be written/)
  })

  it('requires SESSION_SECRET in production', async () => {
    const server = startServer({ NODE_ENV: 'production', DATA_DIR: tempDataDir() })
    expect(await server.exited).toBe(1)
    expect(server.output().stderr.trim()).toContain('SESSION_SECRET must be set in production')
  })
})

describe('the embedded database across processes and restarts', () => {
  it('refuses a second process on the same data folder, names a port in use, and restarts cleanly after SIGTERM', async () => {
    const dataDir = tempDataDir()
    const port = await freePort()
    const first = startServer({ DATA_DIR: dataDir, PORT: String(port) })
    await first.listening
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' })

    const second = startServer({ DATA_DIR: dataDir, PORT: String(await freePort()) })
    expect(await second.exited).toBe(1)
    expect(second.output().stderr.trim()).toMatch(
      /^Stoa cannot start: The embedded database is already in use by process \d+/,
    )

    const clash = startServer({ DATA_DIR: tempDataDir(), PORT: String(port) })
    expect(await clash.exited).toBe(1)
    expect(clash.output().stderr.trim()).toBe(
      `Stoa cannot start: port ${port} is already in use: stop the other program or set PORT`,
    )

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(fs.existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false)

    const again = startServer({ DATA_DIR: dataDir, PORT: String(port) })
    await again.listening
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
    again.child.kill('SIGTERM')
    expect(await again.exited).toBe(0)
  }, 180_000)
})
