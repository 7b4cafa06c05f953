import type { PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { PROGRAMME_FILTER_PARAM } from '../filter.js'
import type { ProgrammeRef } from '../queries.js'

/**
 * The "Programme" drop-down of a list's filter form (a GET form, so the filter lives in the URL).
 * It is left out when there is only one programme: a choice of one is noise.
 * @example
 * <form method="get" action={localHref(ctx, '/calls')}>
 *   <ProgrammeFilter ctx={ctx} options={await listProgrammeOptions(db)} selected={parseProgrammeFilter(c.req.query())} />
 *   <button class="app-button app-button--secondary">{t('calls.filter.apply')}</button>
 * </form>
 */
export function ProgrammeFilter({
  ctx,
  options,
  selected,
}: {
  ctx: PageContext
  options: Pick<ProgrammeRef, 'slug' | 'name'>[]
  /** The slug from the query string, if any. */
  selected?: string
}) {
  if (options.length < 2 && !selected) return null
  return (
    <Select
      t={ctx.t}
      name={PROGRAMME_FILTER_PARAM}
      label={ctx.t('programmes.filter.label')}
      labelSize="s"
      value={selected ?? ''}
      options={[
        { value: '', text: ctx.t('programmes.filter.all') },
        ...options.map((programme) => ({ value: programme.slug, text: programme.name })),
      ]}
    />
  )
}
