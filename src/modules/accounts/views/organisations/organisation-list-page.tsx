import { Button } from '../../../../platform/ui/button.js'
import { Card, CardGrid } from '../../../../platform/ui/card.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Pagination } from '../../../../platform/ui/pagination.js'
import { Select } from '../../../../platform/ui/select.js'
import { countryName, countryOptions } from '../../countries.js'
import type { OrganisationFilter, OrganisationPage } from '../../queries/organisations.js'
import { ORGANISATION_KINDS } from '../../tables.js'

export function OrganisationListPage({
  ctx,
  result,
  filter,
  canPropose,
}: {
  ctx: PageContext
  result: OrganisationPage
  filter: OrganisationFilter
  canPropose: boolean
}) {
  const { t, locale } = ctx
  const filtered = Boolean(filter.kind || filter.country)
  return (
    <Layout
      ctx={ctx}
      title={t('organisations.list.title')}
      description={t('organisations.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('organisations.list.title') }]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('organisations.list.title')}</h1>
          <p class="app-body-l">{t('organisations.list.lead')}</p>
          {canPropose ? (
            <Button variant="secondary" href={localHref(ctx, '/organisations/new')}>
              {t('organisations.list.propose')}
            </Button>
          ) : null}
        </div>
      </div>
      <div class="app-grid-row">
        <div class="app-grid-column-one-third">
          <form method="get" action={localHref(ctx, '/organisations')} aria-labelledby="filter-heading">
            <h2 class="app-heading-m" id="filter-heading">
              {t('organisations.filter.heading')}
            </h2>
            <Select
              t={t}
              name="kind"
              label={t('organisations.filter.kind')}
              options={[
                { value: '', text: t('organisations.filter.anyKind') },
                ...ORGANISATION_KINDS.map((kind) => ({ value: kind, text: t(`organisations.kind.${kind}`) })),
              ]}
              value={filter.kind ?? ''}
            />
            <Select
              t={t}
              name="country"
              label={t('organisations.filter.country')}
              options={[{ value: '', text: t('organisations.filter.anyCountry') }, ...countryOptions(locale)]}
              value={filter.country ?? ''}
            />
            <Button variant="secondary">{t('organisations.filter.apply')}</Button>
            {filtered ? (
              <p class="app-body">
                <a class="app-link" href={localHref(ctx, '/organisations')}>
                  {t('organisations.filter.clear')}
                </a>
              </p>
            ) : null}
          </form>
        </div>
        <div class="app-grid-column-two-thirds">
          <h2 class="app-heading-m" id="results-heading">
            {t('organisations.list.count', { count: result.total })}
          </h2>
          {result.items.length === 0 ? (
            <p class="app-body">{t(filtered ? 'organisations.list.noMatch' : 'organisations.list.empty')}</p>
          ) : (
            <CardGrid>
              {result.items.map((organisation) => (
                <Card
                  headingLevel={3}
                  href={localHref(ctx, `/organisations/${organisation.slug}`)}
                  title={organisation.name}
                  meta={[
                    t(`organisations.kind.${organisation.kind}`),
                    ...(organisation.city ? [organisation.city] : []),
                    countryName(organisation.country, locale),
                  ]}
                  tags={[
                    organisation.verifiedAt
                      ? { text: t('organisations.verified'), colour: 'green' as const }
                      : { text: t('organisations.unverified'), colour: 'grey' as const },
                  ]}
                />
              ))}
            </CardGrid>
          )}
          <Pagination
            t={t}
            current={result.page}
            total={result.pageCount}
            path={localHref(ctx, '/organisations')}
            query={ctx.query}
          />
        </div>
      </div>
    </Layout>
  )
}
