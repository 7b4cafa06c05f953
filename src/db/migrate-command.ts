// `npm run db:migrate`: applies pending migrations to the configured database and exits.
// On the embedded database it refuses while a server holds the data folder (PGlite is single-process).
import { openDatabaseForCommand } from './cli.js'
import { migrateDatabase } from './migrate.js'

const { database } = await openDatabaseForCommand()
try {
  await migrateDatabase(database)
  console.log(`The ${database.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.`)
} finally {
  await database.close()
}
