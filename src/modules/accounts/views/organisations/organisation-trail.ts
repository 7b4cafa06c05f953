import type { Breadcrumb } from '../../../../platform/ui/layout.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import type { Organisation } from '../../queries/organisations.js'

/**
 * The breadcrumbs of a page beneath an organisation: home, the directory, the organisation, then
 * `here`. Without an organisation (one not yet created) the trail goes from the directory to `here`.
 */
export function organisationTrail(
  t: PageContext['t'],
  organisation: Organisation | undefined,
  here: string,
): Breadcrumb[] {
  return [
    { label: t('nav.home'), path: '/' },
    { label: t('organisations.list.title'), path: '/organisations' },
    ...(organisation ? [{ label: organisation.name, path: `/organisations/${organisation.slug}` }] : []),
    { label: here },
  ]
}
