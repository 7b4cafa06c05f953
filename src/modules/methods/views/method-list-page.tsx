import { Card, CardGrid } from '../../../platform/ui/card.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import type { MethodFilter } from '../filter.js'
import type { Method, ResourceCounts } from '../queries.js'
import { METHOD_EFFORTS, METHOD_FORMATS } from '../tables.js'
import { groupSizeText, resourceCountsText, totalResources } from './method-texts.js'

export interface MethodListPageProps {
  ctx: PageContext
  filter: MethodFilter
  methods: Method[]
  counts: Map<string, ResourceCounts>
  canEdit: boolean
  /** The group size as typed, when it was not a number (shown again with the message). */
  groupError?: string
}

export function MethodListPage({ ctx, filter, methods, counts, canEdit, groupError }: MethodListPageProps) {
  const { t } = ctx
  const path = localHref(ctx, '/methods')
  const filtered = filter.q !== '' || filter.formats.length + filter.efforts.length > 0 || filter.groupSize !== null
  return (
    <Layout
      ctx={ctx}
      title={t('methods.list.title')}
      description={t('methods.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('methods.list.title') }]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('methods.list.title')}</h1>
          <p class="app-body-l">{t('methods.list.lead')}</p>
          {canEdit ? (
            <p class="app-body">
              <a class="app-link" href={`${path}/new`}>
                {t('methods.list.create')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <form method="get" action={path} aria-labelledby="filter-heading">
        <div class="app-grid-row">
          <div class="app-grid-column-one-third">
            <h2 class="app-heading-m" id="filter-heading">
              {t('methods.filter.heading')}
            </h2>
            <TextInput t={t} name="q" type="search" label={t('methods.filter.q')} labelSize="s" value={filter.q} />
            <Checkboxes
              t={t}
              small
              name="format"
              legend={t('methods.field.format')}
              items={METHOD_FORMATS.map((format) => ({ value: format, text: t(`methods.format.${format}`) }))}
              values={filter.formats}
            />
            <Checkboxes
              t={t}
              small
              name="effort"
              legend={t('methods.field.effort')}
              items={METHOD_EFFORTS.map((effort) => ({ value: effort, text: t(`methods.effort.${effort}`) }))}
              values={filter.efforts}
            />
            <TextInput
              t={t}
              name="group"
              label={t('methods.filter.group')}
              labelSize="s"
              hint={t('methods.filter.group.hint')}
              inputmode="numeric"
              width="5"
              value={groupError ?? (filter.groupSize === null ? '' : String(filter.groupSize))}
              error={groupError !== undefined ? t('methods.filter.group.invalid') : undefined}
            />
            <FilterActions
              apply={t('methods.filter.apply')}
              clear={t('methods.filter.clear')}
              listPath={path}
              filtered={filtered}
            />
          </div>
          <div class="app-grid-column-two-thirds">
            <h2 class="app-heading-m" id="results-heading">
              {t('methods.list.count', { count: methods.length })}
            </h2>
            {methods.length === 0 ? (
              <p class="app-body">{t('methods.list.empty')}</p>
            ) : (
              <CardGrid>
                {methods.map((method) => {
                  const resources = counts.get(method.id)
                  return (
                    <Card
                      title={method.name}
                      href={`${path}/${method.slug}`}
                      description={method.summary}
                      meta={[
                        t(`methods.format.${method.format}`),
                        t('methods.card.effort', { effort: t(`methods.effort.${method.effort}`) }),
                        groupSizeText(ctx, method),
                        ...(resources && totalResources(resources) > 0
                          ? [t('methods.card.forMembers', { resources: resourceCountsText(ctx, resources) })]
                          : []),
                      ]}
                    />
                  )
                })}
              </CardGrid>
            )}
            <p class="app-body">
              <a class="app-link" href={`/api/methods?lang=${ctx.locale}`}>
                {t('methods.list.json')}
              </a>
            </p>
          </div>
        </div>
      </form>
    </Layout>
  )
}
