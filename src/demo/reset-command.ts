// `npm run demo:reset -- --yes`: erases every table of the configured database and writes the demo
// programme anew, dated from today. Meant for demo and development installs; it refuses without --yes.
import { sql } from 'drizzle-orm'
import { openDatabaseForCommand } from '../db/cli.js'
import { migrateDatabase } from '../db/migrate.js'
import { modules } from '../modules/index.js'
import { seedDemo } from './run-demo.js'

if (!process.argv.includes('--yes')) {
  console.error('This erases ALL data in the configured database and writes the demo programme again.')
  console.error('Stop the server first, then run: npm run demo:reset -- --yes')
  process.exit(1)
}

const { database } = await openDatabaseForCommand()
try {
  await database.db.execute(sql`drop schema if exists drizzle cascade`)
  await database.db.execute(sql`drop schema public cascade`)
  await database.db.execute(sql`create schema public`)
  await migrateDatabase(database)
  const parts = await seedDemo(database.db, modules, new Date())
  console.log(`Demo programme written anew (${parts.join(', ') || 'no parts'}).`)
} finally {
  await database.close()
}
