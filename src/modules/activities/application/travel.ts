import { and, eq, isNotNull } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import {
  type Activity,
  activityRegistrations,
  activityTravelDetails,
  type Registration,
  TRAVEL_MODES,
  type TravelDetails,
} from '../tables.js'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

function realDate(value: string): boolean {
  return isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
}

/** The follow-up form of an accepted participant: travel, accommodation, dietary and accessibility needs. */
export const TravelForm = (t: Translate) =>
  z
    .object({
      travelFrom: z
        .string()
        .trim()
        .min(1, t('activities.travel.from.missing'))
        .max(200, t('activities.travel.from.tooLong')),
      travelMode: z.enum(TRAVEL_MODES, { error: t('activities.travel.mode.missing') }),
      arrivalDate: z.string().trim().refine(realDate, t('activities.travel.arrival.invalid')),
      departureDate: z.string().trim().refine(realDate, t('activities.travel.departure.invalid')),
      accommodationNeeded: z.enum(['yes', 'no'], { error: t('activities.travel.accommodation.missing') }),
      dietary: z.string().trim().max(1000, t('activities.travel.dietary.tooLong')).optional().default(''),
      accessibility: z.string().trim().max(1000, t('activities.travel.accessibility.tooLong')).optional().default(''),
    })
    .refine(
      (data) => !realDate(data.arrivalDate) || !realDate(data.departureDate) || data.departureDate >= data.arrivalDate,
      {
        path: ['departureDate'],
        message: t('activities.travel.departure.beforeArrival'),
      },
    )
export type TravelForm = z.infer<ReturnType<typeof TravelForm>>

/** The person's place won through the selection (confirmed, funded or self-funded), if any. */
export async function findAcceptedRegistration(
  db: Db,
  activityId: string,
  userId: string,
): Promise<Registration | undefined> {
  const [registration] = await db
    .select()
    .from(activityRegistrations)
    .where(
      and(
        eq(activityRegistrations.activityId, activityId),
        eq(activityRegistrations.userId, userId),
        eq(activityRegistrations.status, 'confirmed'),
        isNotNull(activityRegistrations.funding),
      ),
    )
  return registration
}

export async function findTravelDetails(db: Db, registrationId: string): Promise<TravelDetails | undefined> {
  const [details] = await db
    .select()
    .from(activityTravelDetails)
    .where(eq(activityTravelDetails.registrationId, registrationId))
  return details
}

export type SaveTravelResult = { ok: true } | { ok: false; reason: 'not-accepted' | 'started' }

/**
 * Saves (or replaces) the accepted participant's travel details. Only the participant themself,
 * only once accepted, and only until the activity starts.
 */
export async function saveTravelDetails(
  db: Db,
  actor: Actor | null,
  input: { activity: Activity; data: TravelForm; now: Date },
): Promise<SaveTravelResult> {
  if (!actor) return { ok: false, reason: 'not-accepted' }
  const registration = await findAcceptedRegistration(db, input.activity.id, actor.id)
  if (!registration) return { ok: false, reason: 'not-accepted' }
  if (input.now >= input.activity.startsAt) return { ok: false, reason: 'started' }
  const values = {
    travelFrom: input.data.travelFrom,
    travelMode: input.data.travelMode,
    arrivalDate: input.data.arrivalDate,
    departureDate: input.data.departureDate,
    accommodationNeeded: input.data.accommodationNeeded === 'yes',
    dietary: input.data.dietary,
    accessibility: input.data.accessibility,
    updatedAt: input.now,
  }
  await db
    .insert(activityTravelDetails)
    .values({ registrationId: registration.id, ...values })
    .onConflictDoUpdate({ target: activityTravelDetails.registrationId, set: values })
  return { ok: true }
}

/** The stored details as the form's values, to edit them again. */
export function travelValues(details: TravelDetails | undefined): Record<string, string> {
  if (!details) return {}
  return {
    travelFrom: details.travelFrom,
    travelMode: details.travelMode,
    arrivalDate: details.arrivalDate,
    departureDate: details.departureDate,
    accommodationNeeded: details.accommodationNeeded ? 'yes' : 'no',
    dietary: details.dietary,
    accessibility: details.accessibility,
  }
}
