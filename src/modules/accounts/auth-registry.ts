import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { type Auth, createAuth } from './auth.js'
import { sendAccountMail } from './mail.js'

const instances = new WeakMap<Db, Auth>()

/** One Better Auth instance per database handle, built on first use (tests open many databases). */
export function authFor(db: Db, config: Config): Auth {
  let auth = instances.get(db)
  if (!auth) {
    auth = createAuth({ db, config, sendMail: (mail) => sendAccountMail(db, config, mail) })
    instances.set(db, auth)
  }
  return auth
}
