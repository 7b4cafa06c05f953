import type { FormError } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import type { PracticeFilter } from '../filter.js'
import { PracticeListErrors, PracticeListFilters, PracticeListResults } from '../finding/practice-list-regions.js'
import type { PracticeSearchResult } from '../queries.js'

export interface PracticeListPageProps {
  ctx: PageContext
  filter: PracticeFilter
  result: PracticeSearchResult
  /** The query string as sent, to show a mistyped year back as typed. */
  params?: URLSearchParams
  errors?: FormError[]
  /** Links for those who write practices: members propose and follow theirs; editors review and import. */
  writerLinks?: { member: boolean; editor: boolean }
}

function WriterLinks({ ctx, member, editor }: { ctx: PageContext; member: boolean; editor: boolean }) {
  const { t } = ctx
  if (!member && !editor) return null
  return (
    <ul class="app-list">
      {member && (
        <li>
          <a class="app-link" href={localHref(ctx, '/practices/new')}>
            {t('practices.workflow.new.title')}
          </a>
        </li>
      )}
      {member && (
        <li>
          <a class="app-link" href={localHref(ctx, '/practices/mine')}>
            {t('practices.workflow.mine.title')}
          </a>
        </li>
      )}
      {editor && (
        <li>
          <a class="app-link" href={localHref(ctx, '/practices/review')}>
            {t('practices.workflow.queue.title')}
          </a>
        </li>
      )}
      {editor && (
        <li>
          <a class="app-link" href={localHref(ctx, '/practices/import')}>
            {t('practices.import.title')}
          </a>
        </li>
      )}
    </ul>
  )
}

/**
 * The search form with its facets and results. The errors, filters and results are regions with
 * ids that the live search (client/practice-search.ts) swaps from the server's fragment.
 */
export function PracticeListPage({
  ctx,
  filter,
  result,
  params = new URLSearchParams(),
  errors = [],
  writerLinks = { member: false, editor: false },
}: PracticeListPageProps) {
  const { t } = ctx
  const path = localHref(ctx, '/practices')
  const regions = { ctx, filter, result, params, errors }
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, t('practices.list.title'), errors)}
      description={t('practices.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('practices.list.title') }]}
      head={
        <link rel="alternate" type="application/atom+xml" href={`${path}/feed.xml`} title={t('practices.feed.title')} />
      }
    >
      <PracticeListErrors ctx={ctx} errors={errors} />
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('practices.list.title')}</h1>
          <p class="app-body-l">{t('practices.list.lead')}</p>
        </div>
        <div class="app-grid-column-one-third">
          <WriterLinks ctx={ctx} {...writerLinks} />
        </div>
      </div>
      <form method="get" action={path} aria-labelledby="filter-heading" data-module="app-practice-search">
        <div class="app-grid-row">
          <div class="app-grid-column-two-thirds">
            <TextInput
              t={t}
              name="q"
              // The header's site search is already id="q": its label would otherwise name ours.
              id="practices-q"
              type="search"
              label={t('practices.search.label')}
              hint={t('practices.search.hint')}
              value={filter.q}
              spellcheck={true}
            />
            <Select
              t={t}
              name="sort"
              label={t('practices.sort.label')}
              options={(['relevance', 'newest', 'title'] as const).map((sort) => ({
                value: sort,
                text: t(`practices.sort.${sort}`),
              }))}
              value={filter.sort}
            />
            <Button>{t('practices.search.submit')}</Button>
            <p class="app-visually-hidden" role="status" data-practice-search-status></p>
          </div>
        </div>
        <div class="app-grid-row">
          <div class="app-grid-column-one-third">
            <PracticeListFilters {...regions} />
          </div>
          <div class="app-grid-column-two-thirds">
            <PracticeListResults {...regions} />
          </div>
        </div>
      </form>
    </Layout>
  )
}
