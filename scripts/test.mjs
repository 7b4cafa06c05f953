#!/usr/bin/env node
// `npm test`: the type check, the linter, every Vitest test and (when Chromium is present) every
// browser test, on the embedded database — or on the server named by DATABASE_URL. It ends with
// one plain line of counts, "N passed, N failed", and exits non-zero if any step failed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const cacheDir = path.resolve('.cache')
fs.mkdirSync(cacheDir, { recursive: true })
const vitestReport = path.join(cacheDir, 'vitest-report.json')
const playwrightReport = path.join(cacheDir, 'playwright-report.json')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const database = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'

const counts = { passed: 0, failed: 0, skipped: 0 }
const failures = []

// Each step's duration is printed so CI's time budget can be read off its log.
function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`◀ ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

function flakyTitles(report) {
  const titles = []
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests ?? []) {
        if (run.status === 'flaky') titles.push(`${run.projectName}: ${[...path, spec.title].join(' › ')}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title])
  }
  for (const suite of report.suites ?? []) walk(suite, [suite.title])
  return titles
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

console.log(`Stoa tests on the ${database}`)
// STOA_TEST_SCOPE=database (CI's second run, on the PostgreSQL server) leaves out what cannot
// depend on the database and the first run already checked: types, lint, the page-type sweep and
// the journeys' no-JavaScript twins.
const databaseScopeOnly = process.env.STOA_TEST_SCOPE === 'database'
if (databaseScopeOnly) {
  console.log('Scope: database (type check, lint and the page-type sweep ran on the first run)')
} else {
  step('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])
  step('lint (biome check)', 'npx', ['biome', 'check', '.'])
}

fs.rmSync(vitestReport, { force: true })
step('unit and integration tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
const vitest = readJson(vitestReport)
if (vitest) {
  counts.passed += vitest.numPassedTests
  counts.failed += vitest.numFailedTests
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests
} else if (!failures.includes('unit and integration tests (vitest)')) {
  failures.push('vitest report missing')
}

if (fs.existsSync(chromium)) {
  fs.rmSync(playwrightReport, { force: true })
  // On the server run, journeys run with JavaScript only: without it the same forms post to the
  // same commands, and the embedded run has just walked them that way.
  const projects = databaseScopeOnly ? ['--project=javascript'] : []
  step('browser tests (playwright, Chromium)', 'npx', ['playwright', 'test', ...projects, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  })
  const playwright = readJson(playwrightReport)
  if (playwright?.stats) {
    counts.passed += playwright.stats.expected + playwright.stats.flaky
    // A journey that passed only on its retry is counted as passed but named, so it gets looked at.
    for (const title of flakyTitles(playwright)) console.log(`flaky (passed on retry): ${title}`)
    counts.failed += playwright.stats.unexpected
    counts.skipped += playwright.stats.skipped
  } else if (!failures.includes('browser tests (playwright, Chromium)')) {
    failures.push('playwright report missing')
  }
} else {
  console.log(`\n▶ browser tests skipped: no Chromium at ${chromium} (apt-get install chromium; .ci/run installs it)`)
}

fs.writeFileSync(path.join(cacheDir, 'test-counts.json'), JSON.stringify({ ...counts, failures }))
console.log('')
if (failures.length > 0) console.log(`Failed steps: ${failures.join(', ')}`)
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failures.length > 0 ? 1 : 0)
