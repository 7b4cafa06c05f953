// `npm run db:backup`: a copy of the embedded database as a .tar.gz image (PGlite's dumpDataDir),
// which `PGlite.create({ loadDataDir })` — or DATA_DIR restore by hand — reads back. Run it with the
// server stopped: PGlite runs with fsync off and is single-process. On a PostgreSQL server use pg_dump.
import fs from 'node:fs/promises'
import path from 'node:path'
import { openDatabaseForCommand } from './cli.js'

const { config, database } = await openDatabaseForCommand()
try {
  if (database.kind !== 'pglite') {
    console.log('DATABASE_URL points at a PostgreSQL server: back it up with pg_dump, e.g.')
    console.log('  pg_dump --format=custom --file=stoa.dump "$DATABASE_URL"')
    process.exitCode = 0
  } else {
    const image = await database.pglite!.dumpDataDir('gzip')
    const folder = path.join(config.dataDir, 'backups')
    await fs.mkdir(folder, { recursive: true })
    const file = path.join(folder, `stoa-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`)
    await fs.writeFile(file, Buffer.from(await image.arrayBuffer()))
    console.log(`Backup written to ${file}`)
  }
} finally {
  await database.close()
}
