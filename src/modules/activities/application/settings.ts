import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { inActivityQueue, lockActivity } from '../registration.js'
import { type Activity, activities } from '../tables.js'
import { canSelectParticipants } from './selection.js'

const places = (t: Translate, key: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, t(`activities.settings.${key}.invalid`))
    .transform(Number)

/** Which participants call is the application, and how many places of each kind editors give. */
export const ApplicationSettingsForm = (t: Translate, callIds: string[]) =>
  z.object({
    applicationCallId: z.string().refine((value) => callIds.includes(value), t('activities.settings.call.missing')),
    fundedPlaces: places(t, 'funded'),
    selfFundedPlaces: places(t, 'selfFunded'),
  })
export type ApplicationSettingsForm = z.infer<ReturnType<typeof ApplicationSettingsForm>>

/**
 * Puts the activity in application mode with its call and places (editors only). Under the
 * activity's lock, the places may not exceed its capacity.
 */
export async function configureApplication(
  db: Db,
  actor: Actor | null,
  activityId: string,
  data: ApplicationSettingsForm,
): Promise<{ ok: true } | { ok: false; reason: 'not-allowed' | 'over-capacity' }> {
  if (!canSelectParticipants(actor)) return { ok: false, reason: 'not-allowed' }
  return inActivityQueue(db, activityId, () =>
    db.transaction(async (tx) => {
      const activity = (await lockActivity(tx, activityId)) as Activity
      if (activity.capacity !== null && data.fundedPlaces + data.selfFundedPlaces > activity.capacity)
        return { ok: false as const, reason: 'over-capacity' as const }
      await tx
        .update(activities)
        .set({ registrationMode: 'application', ...data, updatedAt: sql`now()` })
        .where(eq(activities.id, activityId))
      await recordAudit(tx, {
        action: 'activity.application_configured',
        actorId: actor.id,
        actorLabel: actor.email,
        subjectType: 'activity',
        subjectId: activityId,
        details: { ...data },
      })
      return { ok: true as const }
    }),
  )
}
