import type { Db } from '../../../db/client.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'

/** What a command needs from the request besides its input: the clock, and where links in mails point. */
export interface CommandEnv {
  now: Date
  /** The site's public address, for links in e-mails. */
  baseUrl: string
}

/** Runs the work in one transaction, handing it on as a Db so queries and mail can take either. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db))
}

export function pageLink(env: CommandEnv, locale: Locale, path: string): string {
  return `${env.baseUrl}/${locale}${path}`
}

/** PostgreSQL's unique_violation, as both drivers report it (drizzle wraps the driver's error). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code
  return code === '23505'
}
