import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'

/** Pure, no database; routes and commands both ask it. */
export type NewsAction = 'news.read' | 'news.edit'

/** Published news is for everyone; drafts, writing and publishing are for editors. */
export function canOnNews(actor: Actor | null, action: NewsAction, item?: { status: 'draft' | 'published' }): boolean {
  switch (action) {
    case 'news.read':
      return item?.status === 'published' || can(actor, 'content.edit')
    case 'news.edit':
      return can(actor, 'content.edit')
  }
}
