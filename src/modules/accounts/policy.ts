import type { Actor } from '../../platform/http/actor.js'

/**
 * Everything a person may be allowed to do, across modules. Modules add their actions here, so
 * one list shows who may do what in the whole of Stoa.
 */
export type Action =
  /** See member-only content: contacts, templates, member resources. Verified people only. */
  | 'member-content.read'
  /** Act as a member: apply, register, propose, answer surveys. */
  | 'member.act'
  | 'profile.edit'
  /** Download one's own data, or delete one's own account: anyone signed in, verified or not. */
  | 'account.export-data'
  | 'account.delete'
  /** See one field of someone's profile, given the audience its owner chose for it. */
  | 'profile.read-field'
  /** See an organisation's page and its place in the directory; unverified ones only to verified people. */
  | 'organisation.read'
  | 'organisation.create'
  | 'organisation.edit'
  | 'organisation.verify'
  | 'organisation.merge'
  | 'organisation.invite'
  | 'organisation.decide-join-request'
  /** See the organisation's manage page: members, join requests, invitations. */
  | 'organisation.manage'
  | 'organisation.leave'
  | 'organisation.request-to-join'
  /** Act on behalf of an organisation (apply to a call, answer a survey, register a delegation). */
  | 'organisation.act-for'
  | 'organisation.see-members'
  | 'expert.invite'
  | 'roles.grant'
  | 'users.list'
  | 'outbox.read'
  | 'audit.read'
  | 'content.edit'

export type Resource = {
  organisationId?: string
  userId?: string
  /** For organisation.read: whether an editor has verified the organisation. */
  verified?: boolean
  /** For profile.read-field: who the field's owner lets see it. */
  audience?: 'public' | 'members' | 'private'
}

const isVerified = (actor: Actor | null): actor is Actor => actor?.emailVerified === true
const hasRole = (actor: Actor | null, role: 'admin' | 'editor' | 'expert') =>
  isVerified(actor) && actor.roles.includes(role)
const isEditor = (actor: Actor | null) => hasRole(actor, 'editor') || hasRole(actor, 'admin')
const membershipOf = (actor: Actor, organisationId: string | undefined) =>
  organisationId ? actor.memberships.find((membership) => membership.organisationId === organisationId) : undefined

/**
 * Pure: the same answer for the same actor and resource, no database. Routes and module
 * functions both ask it; hiding a link is never the only check.
 */
export function can(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  switch (action) {
    case 'member-content.read':
    case 'member.act':
    case 'organisation.create':
    case 'organisation.request-to-join':
      return isVerified(actor)
    case 'account.export-data':
    case 'account.delete':
      return actor !== null && resource.userId === actor.id
    case 'profile.edit':
      return actor !== null && (resource.userId === undefined || resource.userId === actor.id)
    case 'profile.read-field':
      // "Only me" means only the owner: not editors, not admins.
      if (actor !== null && actor.id === resource.userId) return true
      if (resource.audience === 'public') return true
      return resource.audience === 'members' && isVerified(actor)
    case 'organisation.read':
      return resource.verified === true || isVerified(actor)
    case 'organisation.leave':
      return actor !== null && membershipOf(actor, resource.organisationId) !== undefined
    case 'organisation.act-for':
      return isVerified(actor) && membershipOf(actor, resource.organisationId) !== undefined
    case 'organisation.see-members':
      return isVerified(actor) && (isEditor(actor) || membershipOf(actor, resource.organisationId) !== undefined)
    case 'organisation.edit':
    case 'organisation.invite':
    case 'organisation.decide-join-request':
    case 'organisation.manage':
      return isVerified(actor) && (isEditor(actor) || membershipOf(actor, resource.organisationId)?.role === 'admin')
    case 'organisation.verify':
    case 'organisation.merge':
    case 'expert.invite':
    case 'content.edit':
      return isEditor(actor)
    case 'roles.grant':
    case 'users.list':
    case 'outbox.read':
    case 'audit.read':
      return hasRole(actor, 'admin')
  }
}
