import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'
import type { PUBLICATION_STATUSES } from './tables.js'

export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]

/** What one may do with a practice on its way to the catalogue. */
export type PracticeAction =
  /** Start a draft for an organisation: its verified members. */
  | 'practice.propose'
  /** See a practice that is not published: its organisation's members and editors. */
  | 'practice.read'
  /** Change the fields: editors always; the organisation's members while it is theirs to write. */
  | 'practice.edit'
  | 'practice.submit'
  /** Publish, request changes, unpublish, archive, read the history: the programme's editors. */
  | 'practice.review'
  /** Add or remove a translation: editors and the organisation's members. */
  | 'practice.translate'

export interface PracticeResource {
  organisationId: string | null
  publicationStatus: PublicationStatus
}

/** The states in which the proposing organisation holds the pen; once submitted, editors do. */
export const WRITABLE_BY_ORGANISATION: readonly PublicationStatus[] = ['draft', 'changes-requested']

const isEditor = (actor: Actor | null) => can(actor, 'content.edit')
const actsFor = (actor: Actor | null, organisationId: string | null) =>
  organisationId !== null && can(actor, 'organisation.act-for', { organisationId })

/**
 * Pure, built on the accounts policy (verified people, roles, memberships): the practices
 * commands ask it before every change, and routes ask it again to show or hide an action.
 */
export function canOnPractice(
  actor: Actor | null,
  action: PracticeAction,
  practice: PracticeResource | { organisationId: string },
): boolean {
  const status = 'publicationStatus' in practice ? practice.publicationStatus : 'draft'
  switch (action) {
    case 'practice.propose':
      return actsFor(actor, practice.organisationId)
    case 'practice.read':
      return status === 'published' || isEditor(actor) || actsFor(actor, practice.organisationId)
    case 'practice.edit':
    case 'practice.submit':
      return isEditor(actor) || (WRITABLE_BY_ORGANISATION.includes(status) && actsFor(actor, practice.organisationId))
    case 'practice.translate':
      return isEditor(actor) || actsFor(actor, practice.organisationId)
    case 'practice.review':
      return isEditor(actor)
  }
}

/** Editors' pages (the review queue, history): the same people as practice.review on any practice. */
export function canReviewPractices(actor: Actor | null): boolean {
  return isEditor(actor)
}
