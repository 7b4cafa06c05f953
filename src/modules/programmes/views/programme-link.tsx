import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { ProgrammeRef } from '../queries.js'
import { contentLang } from './content-lang.js'

/**
 * A link to a programme's page, for the content other modules attach to a programme (a call, an
 * activity, a library item). `tag` shows it as a small label, e.g. on a card.
 * @example <ProgrammeLink ctx={ctx} programme={programmesById.get(call.programmeId)} variant="tag" />
 */
export function ProgrammeLink({
  ctx,
  programme,
  variant = 'link',
}: {
  ctx: PageContext
  programme: Pick<ProgrammeRef, 'slug' | 'name' | 'language'>
  variant?: 'link' | 'tag'
}) {
  return (
    <a
      class={variant === 'tag' ? 'app-tag app-tag--programme app-programme-link' : 'app-link app-programme-link'}
      href={localHref(ctx, `/programmes/${programme.slug}`)}
    >
      <span class="app-visually-hidden">{ctx.t('programmes.link.prefix')} </span>
      <span lang={contentLang(ctx, programme.language)}>{programme.name}</span>
    </a>
  )
}
