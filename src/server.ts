import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { createDb, type Database, DatabaseStartError } from './db/client.js'
import { migrateDatabase } from './db/migrate.js'
import { seedDemo } from './demo/run-demo.js'
import { DEMO_PASSWORD } from './modules/accounts/index.js'
import { modules } from './modules/index.js'
import { createLogger } from './platform/logging.js'
import { startMailWorker } from './platform/mail/index.js'

/** Start-up problems an operator can fix are printed as one line; anything else is a bug. */
function fail(message: string): never {
  console.error(`Stoa cannot start: ${message}`)
  process.exit(1)
}

async function main() {
  const startedAt = performance.now()
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
  const logger = createLogger(config)

  let database: Database
  try {
    database = await createDb(config.database)
  } catch (error) {
    if (error instanceof DatabaseStartError) fail(error.message)
    throw error
  }
  await migrateDatabase(database)
  if (config.demo === 'auto') {
    const seeded = await seedDemo(database.db, modules, new Date())
    if (seeded.length > 0) logger.info({ parts: seeded }, 'demo programme written')
  }
  for (const module of modules) await module.start?.(database.db, { config, logger })

  const app = await createApp({ config, database, logger })
  // Delivers the outbox (or keeps it for /admin/outbox without SMTP_URL); safe on several instances.
  const mailWorker = startMailWorker({ db: database.db, config, logger })
  const server = serve({ fetch: app.fetch, port: config.http.port, hostname: config.http.host })
  server.on('error', async (error: NodeJS.ErrnoException) => {
    await database.close().catch(() => {})
    if (error.code === 'EADDRINUSE')
      fail(`port ${config.http.port} is already in use: stop the other program or set PORT`)
    if (error.code === 'EACCES') fail(`port ${config.http.port} needs more privileges: choose a PORT above 1024`)
    fail(error.message)
  })
  server.on('listening', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.http.port
    const where = config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'
    logger.info({ port, database: database.kind, startupMs: Math.round(performance.now() - startedAt) }, 'listening')
    console.log(`Stoa is running at ${config.http.baseUrl.replace(/:\d+$/, `:${port}`)} (${where})`)
    if (config.demo === 'auto' && !config.isProduction) {
      console.log(
        `Demo sign-ins: admin@stoa.localhost, editor@stoa.localhost, expert@stoa.localhost, member@stoa.localhost — password "${DEMO_PASSWORD}"`,
      )
    }
  })

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the database
  // cleanly (PGlite writes its state); a second signal or 10 s forces the exit.
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) process.exit(1)
    stopping = true
    logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    server.close(async () => {
      await mailWorker.stop()
      await database.close()
      process.exit(0)
    })
    if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error) => {
  console.error('Stoa failed to start:', error)
  process.exit(1)
})
