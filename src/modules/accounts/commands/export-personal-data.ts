import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { calendarDayIn } from '../../../platform/i18n/format.js'
import { can } from '../policy.js'
import { collectPersonalData } from '../queries/personal-data.js'

export interface PersonalDataFile {
  fileName: string
  json: string
}

/**
 * A person downloads everything the site holds about them (GDPR Articles 15 and 20). The download
 * is recorded in the audit log: a file of someone's data leaving the site is a security event.
 */
export async function exportPersonalData(
  db: Db,
  config: Config,
  actor: Actor | null,
  env: { now: Date; ip: string },
): Promise<PersonalDataFile> {
  if (!actor || !can(actor, 'account.export-data', { userId: actor.id })) throw new ForbiddenError()
  const data = await collectPersonalData(db, config, actor.id, env.now)
  await recordAudit(db, {
    action: 'account.data_exported',
    actorId: actor.id,
    actorLabel: actor.email,
    subjectType: 'user',
    subjectId: actor.id,
    ip: env.ip,
    details: { modules: Object.keys(data.modules) },
  })
  return {
    fileName: `stoa-personal-data-${calendarDayIn(env.now, config.i18n.defaultTimeZone)}.json`,
    json: `${JSON.stringify(data, null, 2)}\n`,
  }
}
