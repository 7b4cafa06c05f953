import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import type { Locale } from '../../platform/i18n/catalogue.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { addToExpertPool } from '../accounts/index.js'
import { expertPoolMail } from './after-decision-mail.js'
import type { Call, CallApplication } from './tables.js'

export interface Recipient {
  name: string
  email: string
  locale: Locale
}

/** What a selection led to, recorded on the application. */
export interface SelectionOutcome {
  activityId?: string
}

/**
 * What follows a selection when outcomes are released, by kind of call (good practices are handled
 * by decisions.ts): an experts call adds the person to the expert pool and welcomes them in their
 * language. Runs in the release's transaction for that application, so it happens once.
 */
export async function carryOutSelection(
  tx: Db,
  config: Config,
  actor: Actor,
  input: { call: Call; application: CallApplication; recipient: Recipient | null },
): Promise<SelectionOutcome> {
  const { call, application, recipient } = input
  if (application.decision !== 'selected') return {}
  if (call.kind === 'experts') {
    const joined = await addToExpertPool(tx, actor, { personId: application.personId, callId: call.id })
    if (joined && recipient)
      await queueTemplatedMail(tx, {
        to: recipient.email,
        locale: recipient.locale,
        template: expertPoolMail,
        data: {
          name: recipient.name,
          title: call.title,
          reviewsUrl: `${config.http.baseUrl}/${recipient.locale}/calls/reviews`,
        },
      })
  }
  return {}
}
