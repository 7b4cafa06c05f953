import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'

/**
 * Organisers of an activity: editors, and the admins of its host organisation. Pure, no database;
 * the commands ask it too, hiding a link is never the only check.
 */
export function canOrganise(actor: Actor | null, activity: { hostOrganisationId: string | null }): boolean {
  if (can(actor, 'content.edit')) return true
  return activity.hostOrganisationId !== null && isAdminOf(actor, activity.hostOrganisationId)
}

/** Editors, and the admins of an organisation (who host activities of their own). */
export function canCreateActivities(actor: Actor | null): boolean {
  if (can(actor, 'content.edit')) return true
  return (actor?.memberships ?? []).some((membership) => isAdminOf(actor, membership.organisationId))
}

/** Whether the actor may pick this organisation as host: editors any, organisation admins their own. */
export function canHostFor(actor: Actor | null, organisationId: string): boolean {
  return can(actor, 'content.edit') || isAdminOf(actor, organisationId)
}

function isAdminOf(actor: Actor | null, organisationId: string): boolean {
  return can(actor, 'organisation.edit', { organisationId })
}

/** An organisation admin (or an editor) registers people of that organisation as its delegation. */
export function canRegisterDelegation(actor: Actor | null, organisationId: string): boolean {
  return can(actor, 'organisation.manage', { organisationId })
}
