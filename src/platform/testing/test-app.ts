import { type AppDeps, createApp } from '../../app.js'
import { loadConfig } from '../../config.js'
import { createTestDatabase } from './test-database.js'

export const TEST_ORIGIN = 'http://localhost'

/**
 * The real app on a fresh real database, answering `app.request()`; `close()` ends both.
 * Only the edges are replaceable (clock, modules list), never our own components.
 */
export async function createTestApp(
  options: { now?: () => Date; env?: Record<string, string> } & Partial<AppDeps> = {},
) {
  const database = options.database ?? (await createTestDatabase())
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL: TEST_ORIGIN, DATA_DIR: '.cache/test-data', ...options.env })
  const app = await createApp({ config, database, now: options.now, modules: options.modules })
  return {
    app,
    database,
    db: database.db,
    config,
    get: (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }),
    /** Posts a form as a browser on our own pages would (with its Origin header). */
    postForm: (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN, ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    close: () => database.close(),
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>
