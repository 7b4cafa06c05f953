import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'
import type { LibraryStatus } from './tables.js'

/**
 * Who may do what in the library. Pure, no database: the commands ask it too, so hiding a link
 * is never the only check.
 */
export type LibraryAction = 'contribute' | 'moderate' | 'read' | 'edit'

interface ItemRef {
  status: LibraryStatus
  contributorId: string | null
}

export function canContribute(actor: Actor | null): boolean {
  return can(actor, 'member.act')
}

/** Editors moderate the queue; their own items publish directly. */
export function canModerate(actor: Actor | null): boolean {
  return can(actor, 'content.edit')
}

/** Editors create and edit podcast shows and choose their episodes. */
export function canManagePodcasts(actor: Actor | null): boolean {
  return can(actor, 'content.edit')
}

function isContributor(actor: Actor | null, item: ItemRef): boolean {
  return actor !== null && item.contributorId !== null && actor.id === item.contributorId
}

/** Published items are public; anything else only for its contributor and the editors. */
export function canReadItem(actor: Actor | null, item: ItemRef): boolean {
  return item.status === 'published' || canModerate(actor) || isContributor(actor, item)
}

/** Editors always; the contributor while the item waits or was sent back to them. */
export function canEditItem(actor: Actor | null, item: ItemRef): boolean {
  if (canModerate(actor)) return true
  return (
    isContributor(actor, item) &&
    can(actor, 'member.act') &&
    (item.status === 'submitted' || item.status === 'changes-requested')
  )
}
