import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import type { Locale } from '../../platform/i18n/catalogue.js'
import { queueTemplatedMail } from '../../platform/mail/index.js'
import { addToExpertPool, findOrganisationById } from '../accounts/index.js'
import { createDraftActivityForHostCity } from '../activities/index.js'
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
 * language; a host-city call makes a draft peer-learning visit hosted by the applicant's
 * organisation in its city, for the organisers to complete and publish. Runs in the release's transaction for that application, so it happens once.
 */
export async function carryOutSelection(
  tx: Db,
  config: Config,
  actor: Actor,
  input: { call: Call; application: CallApplication; recipient: Recipient | null; now: Date },
): Promise<SelectionOutcome> {
  const { call, application, recipient, now } = input
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
  if (call.kind === 'host-cities' && application.organisationId) {
    const organisation = await findOrganisationById(tx, application.organisationId)
    if (organisation) {
      const activity = await createDraftActivityForHostCity(
        tx,
        {
          organisationId: organisation.id,
          organisationName: organisation.name,
          city: organisation.city || organisation.name,
          country: organisation.country,
          callApplicationId: application.id,
          callTitle: call.title,
          callUrl: `/calls/${call.slug}`,
        },
        now,
      )
      return { activityId: activity.id }
    }
  }
  return {}
}
