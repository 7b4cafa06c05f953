import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { canOrganise } from '../policy.js'
import { listParticipants } from '../queries.js'
import { findLiveRegistration } from '../registration.js'
import type { Activity } from '../tables.js'

export interface CertificateHolder {
  name: string
  organisation: string | null
}

/**
 * Whose certificate the actor may have: their own once marked as attended, or, for an organiser, any
 * attendee's named by `registrationId`. Undefined otherwise (the routes answer "not found", so the
 * answer says nothing about who registered).
 */
export async function findCertificateHolder(
  db: Db,
  actor: Actor,
  activity: Activity,
  registrationId: string | undefined,
): Promise<CertificateHolder | undefined> {
  if (registrationId && canOrganise(actor, activity)) {
    const participants = await listParticipants(db, activity.id)
    const participant = participants.find(
      (entry) => entry.registrationId === registrationId && entry.status === 'confirmed' && entry.attended === true,
    )
    return participant ? { name: participant.name, organisation: participant.organisation } : undefined
  }
  const registration = await findLiveRegistration(db, activity.id, actor.id)
  if (registration?.status !== 'confirmed' || registration.attended !== true) return undefined
  const participants = await listParticipants(db, activity.id)
  const own = participants.find((entry) => entry.registrationId === registration.id)
  return { name: own?.name ?? actor.name, organisation: own?.organisation ?? null }
}
