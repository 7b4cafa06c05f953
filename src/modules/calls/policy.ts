import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'
import type { Call, CallApplication } from './tables.js'

/**
 * Who may do what with calls. Pure, no database: the commands and routes both ask it, hiding a
 * link is never the only check.
 */

/** Editors build calls, see every application, assign experts and decide. */
export function canManageCalls(actor: Actor | null): boolean {
  return can(actor, 'content.edit')
}

/** Verified members apply; on behalf of an organisation only when they may act for it. */
export function canApply(actor: Actor | null, organisationId: string | null): boolean {
  if (!can(actor, 'member.act')) return false
  if (organisationId === null) return true
  return can(actor, 'organisation.act-for', { organisationId })
}

export function isExpert(actor: Actor | null): boolean {
  return actor?.emailVerified === true && actor.roles.includes('expert')
}

/**
 * Reading an application (its answers and files): its applicant, editors, and experts assigned to
 * review it. `assignedExpertIds` are the experts with a review of it.
 */
export function canReadApplication(
  actor: Actor | null,
  application: Pick<CallApplication, 'personId'>,
  assignedExpertIds: readonly string[] = [],
): boolean {
  if (!actor) return false
  if (canManageCalls(actor)) return true
  if (actor.id === application.personId && actor.emailVerified) return true
  return isExpert(actor) && assignedExpertIds.includes(actor.id)
}

/** Whether the expert reading this application may see who applied. */
export function showsApplicantTo(
  actor: Actor | null,
  call: Pick<Call, 'blind'>,
  application: Pick<CallApplication, 'personId'>,
): boolean {
  if (!actor) return false
  if (canManageCalls(actor) || actor.id === application.personId) return true
  return !call.blind
}
