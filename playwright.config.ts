import { defineConfig } from '@playwright/test'

/**
 * Browser tests: Debian's Chromium (never a downloaded browser) against the real server started by
 * e2e/e2e-server.ts on a fresh data store. Every test runs twice, with JavaScript on and off,
 * because every page must work without it (STYLE.md). See e2e/README.md.
 */
const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://localhost:${port}`

export default defineConfig({
  testDir: '.',
  // Shared journeys live in e2e/, a module's own beside its code (src/modules/<name>/*.e2e.ts).
  testMatch: '**/*.e2e.ts',
  testIgnore: ['.cache/**', 'data/**', 'bench/**'],
  // Journeys cross several pages, browsers and axe scans on a 2-core machine: 30 s was too tight.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry: a journey that fails twice fails; one that passes only on its retry is named as
  // flaky at the end of `npm test` (a 2-core machine with the server, Chromium and axe on it
  // occasionally misses a 60 s budget).
  retries: 1,
  // The machines have two cores; the server and Chromium share them.
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: 'node --import tsx e2e/e2e-server.ts',
    url: `${baseURL}/healthz`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    // The server logs at warn level here, so what reaches the output is what went wrong.
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
