import type { Logger } from 'pino'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Locale, Translate } from '../i18n/catalogue.js'
import type { PageContext } from '../ui/page-context.js'
import type { Actor } from './actor.js'

/** What every request handler can reach through `c.var`. */
export type AppVariables = {
  db: Db
  config: Config
  logger: Logger
  requestId: string
  /** Set for pages under /:locale; the API and feeds pick theirs from the query or a default. */
  locale: Locale
  t: Translate
  /** The signed-in person, or null for a visitor (accounts module's session middleware). */
  actor: Actor | null
  /** The clock; tests inject a fixed one through createApp's deps. */
  now: () => Date
  /** The PageContext of this request for a module's views; read when rendering, after the locale is set. */
  pageContext: () => PageContext
}

export type AppEnv = { Variables: AppVariables }
