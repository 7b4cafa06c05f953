import { CardGrid } from '../../../platform/ui/card.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import type { CallFilter } from '../queries.js'
import { CALL_STATES } from '../state.js'
import { CALL_KINDS, type Call } from '../tables.js'
import { CallCard } from './call-bits.js'

export function CallListPage({
  ctx,
  filter,
  items,
  canManage,
  canReview = false,
}: {
  ctx: PageContext
  filter: CallFilter
  items: Call[]
  canManage: boolean
  canReview?: boolean
}) {
  const { t } = ctx
  const path = localHref(ctx, '/calls')
  const filtered = filter.state !== undefined || filter.kind !== undefined
  return (
    <Layout
      ctx={ctx}
      title={t('calls.list.title')}
      description={t('calls.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('calls.list.title') }]}
      head={
        <link rel="alternate" type="application/atom+xml" href={`${path}/feed.xml`} title={t('calls.feed.title')} />
      }
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('calls.list.title')}</h1>
          <p class="app-body-l">{t('calls.list.lead')}</p>
          <ul class="app-list">
            <li>
              <a class="app-link" href={`${path}/feed.xml`}>
                {t('calls.list.feed')}
              </a>
            </li>
            <li>
              <a class="app-link" href={`${path}/mine`}>
                {t('calls.mine.title')}
              </a>
            </li>
            {canReview ? (
              <li>
                <a class="app-link" href={`${path}/reviews`}>
                  {t('calls.reviews.title')}
                </a>
              </li>
            ) : null}
            {canManage ? (
              <li>
                <a class="app-link" href={`${path}/new`}>
                  {t('calls.list.create')}
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      </div>
      <div class="app-grid-row">
        <div class="app-grid-column-one-third">
          <form method="get" action={path} aria-labelledby="filter-heading">
            <h2 class="app-heading-m" id="filter-heading">
              {t('calls.filter.heading')}
            </h2>
            <Radios
              t={t}
              small
              name="state"
              legend={t('calls.filter.state')}
              items={[
                { value: '', text: t('calls.filter.any') },
                ...CALL_STATES.map((state) => ({ value: state, text: t(`calls.state.${state}`) })),
              ]}
              value={filter.state ?? ''}
            />
            <Radios
              t={t}
              small
              name="kind"
              legend={t('calls.filter.kind')}
              items={[
                { value: '', text: t('calls.filter.any') },
                ...CALL_KINDS.map((kind) => ({ value: kind, text: t(`calls.kind.${kind}`) })),
              ]}
              value={filter.kind ?? ''}
            />
            <FilterActions
              apply={t('calls.filter.apply')}
              clear={t('calls.filter.clear')}
              listPath={path}
              filtered={filtered}
            />
          </form>
        </div>
        <div class="app-grid-column-two-thirds">
          <h2 class="app-heading-m">{t('calls.list.count', { count: items.length })}</h2>
          {items.length === 0 ? (
            <p class="app-body">{t('calls.list.empty')}</p>
          ) : (
            <CardGrid>
              {items.map((call) => (
                <CallCard ctx={ctx} call={call} />
              ))}
            </CardGrid>
          )}
        </div>
      </div>
    </Layout>
  )
}
