import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import { can } from '../../accounts/index.js'
import { findSubmittedParticipantApplication, recordParticipantsSelected } from '../../calls/index.js'
import { type MailLinks, mailParticipant } from '../notify.js'
import { inActivityQueue, lockActivity } from '../registration.js'
import { type Activity, activityRegistrations, activitySelections, type Funding, type Selection } from '../tables.js'
import { acceptedMail } from './mail.js'

/** Editors (and admins) select applicants; the host organisation sees the result, not the choice. */
export function canSelectParticipants(actor: Actor | null): actor is Actor {
  return can(actor, 'content.edit')
}

/** The places of each kind an activity offers; null (not set) offers none. */
export function placesOf(activity: Pick<Activity, 'fundedPlaces' | 'selfFundedPlaces'>, funding: Funding): number {
  return (funding === 'funded' ? activity.fundedPlaces : activity.selfFundedPlaces) ?? 0
}

export type SelectRefusal = 'not-allowed' | 'not-found' | 'quota' | 'capacity' | 'released'
export type SelectResult = { ok: true; selection: Selection } | { ok: false; reason: SelectRefusal }

/**
 * Selects a submitted application of the activity's participants call for a funded or a
 * self-funded place. Counted under the activity's row lock (the one every seat change takes), so
 * two editors racing for the last funded place cannot both get it, on either database and with
 * several app instances. Selected and confirmed places together never pass the capacity.
 * Selecting an already selected applicant for the other kind of place moves them.
 */
export async function selectApplicant(
  db: Db,
  actor: Actor | null,
  input: { activityId: string; applicationId: string; funding: Funding; now: Date },
): Promise<SelectResult> {
  if (!canSelectParticipants(actor)) return { ok: false, reason: 'not-allowed' }
  return inActivityQueue(db, input.activityId, () =>
    db.transaction(async (tx): Promise<SelectResult> => {
      const activity = await lockActivity(tx, input.activityId)
      if (activity?.registrationMode !== 'application' || !activity.applicationCallId)
        return { ok: false, reason: 'not-found' }
      const application = await findSubmittedParticipantApplication(tx, activity.applicationCallId, input.applicationId)
      if (!application) return { ok: false, reason: 'not-found' }
      const [existing] = await tx
        .select()
        .from(activitySelections)
        .where(
          and(eq(activitySelections.activityId, activity.id), eq(activitySelections.applicationId, application.id)),
        )
      if (existing?.releasedAt) return { ok: false, reason: 'released' }
      if (existing?.funding === input.funding) return { ok: true, selection: existing }
      const [counts] = await tx
        .select({
          ofKind: sql<number>`count(*) filter (where ${activitySelections.funding} = ${input.funding})::int`,
          pending: sql<number>`count(*) filter (where ${activitySelections.releasedAt} is null)::int`,
        })
        .from(activitySelections)
        .where(eq(activitySelections.activityId, activity.id))
      if (counts!.ofKind >= placesOf(activity, input.funding)) return { ok: false, reason: 'quota' }
      if (!existing && activity.capacity !== null) {
        const [row] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(activityRegistrations)
          .where(and(eq(activityRegistrations.activityId, activity.id), eq(activityRegistrations.status, 'confirmed')))
        if (row!.n + counts!.pending >= activity.capacity) return { ok: false, reason: 'capacity' }
      }
      const [selection] = existing
        ? await tx
            .update(activitySelections)
            .set({ funding: input.funding, selectedById: actor.id })
            .where(eq(activitySelections.id, existing.id))
            .returning()
        : await tx
            .insert(activitySelections)
            .values({
              activityId: activity.id,
              applicationId: application.id,
              userId: application.personId,
              organisationId: application.organisationId,
              funding: input.funding,
              selectedById: actor.id,
              createdAt: input.now,
            })
            .returning()
      await recordAudit(tx, {
        action: 'activity_selection.selected',
        actorId: actor.id,
        actorLabel: actor.email,
        subjectType: 'activity',
        subjectId: activity.id,
        organisationId: application.organisationId,
        details: { applicationId: application.id, funding: input.funding },
      })
      return { ok: true, selection: selection! }
    }),
  )
}

/** Takes an applicant out of the selection, until the selection is released to them. */
export async function unselectApplicant(
  db: Db,
  actor: Actor | null,
  input: { activityId: string; applicationId: string },
): Promise<{ ok: true } | { ok: false; reason: 'not-allowed' | 'not-found' | 'released' }> {
  if (!canSelectParticipants(actor)) return { ok: false, reason: 'not-allowed' }
  return inActivityQueue(db, input.activityId, () =>
    db.transaction(async (tx) => {
      await lockActivity(tx, input.activityId)
      const [existing] = await tx
        .select()
        .from(activitySelections)
        .where(
          and(
            eq(activitySelections.activityId, input.activityId),
            eq(activitySelections.applicationId, input.applicationId),
          ),
        )
      if (!existing) return { ok: false as const, reason: 'not-found' as const }
      if (existing.releasedAt) return { ok: false as const, reason: 'released' as const }
      await tx.delete(activitySelections).where(eq(activitySelections.id, existing.id))
      await recordAudit(tx, {
        action: 'activity_selection.unselected',
        actorId: actor.id,
        actorLabel: actor.email,
        subjectType: 'activity',
        subjectId: input.activityId,
        details: { applicationId: input.applicationId },
      })
      return { ok: true as const }
    }),
  )
}

export type ReleaseResult =
  | { ok: true; released: number; full: number }
  | { ok: false; reason: 'not-allowed' | 'not-found' }

/**
 * Tells the selected applicants: each becomes a confirmed registration flagged funded or
 * self-funded, and is e-mailed with the link to the travel form. Under the activity's lock and
 * never past capacity (a selection that no longer fits stays unreleased and is counted in `full`).
 * The call records each as selected. Releasing again tells only those selected since.
 */
export async function releaseSelection(
  db: Db,
  links: MailLinks,
  actor: Actor | null,
  input: { activityId: string; now: Date },
): Promise<ReleaseResult> {
  if (!canSelectParticipants(actor)) return { ok: false, reason: 'not-allowed' }
  return inActivityQueue(db, input.activityId, () =>
    db.transaction(async (tx): Promise<ReleaseResult> => {
      const activity = await lockActivity(tx, input.activityId)
      if (activity?.registrationMode !== 'application' || !activity.applicationCallId)
        return { ok: false, reason: 'not-found' }
      const pending = await tx
        .select()
        .from(activitySelections)
        .where(and(eq(activitySelections.activityId, activity.id), isNull(activitySelections.releasedAt)))
        .orderBy(asc(activitySelections.createdAt), asc(activitySelections.id))
      const [seats] = await tx
        .select({
          confirmed: sql<number>`count(*) filter (where ${activityRegistrations.status} = 'confirmed')::int`,
          lastArrival: sql<number>`coalesce(max(${activityRegistrations.arrival}), 0)::int`,
        })
        .from(activityRegistrations)
        .where(eq(activityRegistrations.activityId, activity.id))
      let { confirmed, lastArrival } = seats!
      const released: string[] = []
      let full = 0
      for (const selection of pending) {
        const [live] = await tx
          .select()
          .from(activityRegistrations)
          .where(
            and(
              eq(activityRegistrations.activityId, activity.id),
              eq(activityRegistrations.userId, selection.userId),
              sql`${activityRegistrations.status} <> 'cancelled'`,
            ),
          )
        const takesSeat = live?.status !== 'confirmed'
        if (takesSeat && activity.capacity !== null && confirmed >= activity.capacity) {
          full += 1
          continue
        }
        let registration = live
        if (live) {
          ;[registration] = await tx
            .update(activityRegistrations)
            .set({ status: 'confirmed', funding: selection.funding, organisationId: selection.organisationId })
            .where(eq(activityRegistrations.id, live.id))
            .returning()
        } else {
          lastArrival += 1
          ;[registration] = await tx
            .insert(activityRegistrations)
            .values({
              activityId: activity.id,
              userId: selection.userId,
              organisationId: selection.organisationId,
              registeredById: actor.id,
              status: 'confirmed',
              funding: selection.funding,
              arrival: lastArrival,
              createdAt: input.now,
            })
            .returning()
        }
        if (takesSeat) confirmed += 1
        await tx
          .update(activitySelections)
          .set({ releasedAt: input.now, registrationId: registration!.id })
          .where(eq(activitySelections.id, selection.id))
        await mailParticipant(tx, links, {
          activity,
          registration: registration!,
          template: acceptedMail,
          extra: { funding: selection.funding },
        })
        released.push(selection.applicationId)
      }
      await recordParticipantsSelected(tx, activity.applicationCallId, released, input.now)
      await recordAudit(tx, {
        action: 'activity_selection.released',
        actorId: actor.id,
        actorLabel: actor.email,
        subjectType: 'activity',
        subjectId: activity.id,
        details: { released: released.length, full },
      })
      return { ok: true, released: released.length, full }
    }),
  )
}
