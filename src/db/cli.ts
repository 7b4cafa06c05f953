import { type Config, ConfigError, loadConfig } from '../config.js'
import { createDb, type Database, DatabaseStartError } from './client.js'

/** Opens the configured database for a command-line tool, or exits with one clear line. */
export async function openDatabaseForCommand(): Promise<{ config: Config; database: Database }> {
  try {
    const config = loadConfig()
    const database = await createDb(config.database)
    return { config, database }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
