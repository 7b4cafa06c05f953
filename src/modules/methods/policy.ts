import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'

/**
 * Who may do what with methods. Pure, no database; routes and commands both ask it, so hiding a
 * link is never the only check.
 */
export type MethodAction =
  /** Read a method's public text and see how many member resources it has. */
  | 'method.read'
  /** See member resources' titles and texts, and download their files: verified members. */
  | 'method.resources.read'
  /** Create and edit methods and their resources: editors. */
  | 'method.edit'

export function canOnMethods(actor: Actor | null, action: MethodAction): boolean {
  switch (action) {
    case 'method.read':
      return true
    case 'method.resources.read':
      return can(actor, 'member-content.read')
    case 'method.edit':
      return can(actor, 'content.edit')
  }
}
