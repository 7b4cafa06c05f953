import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { countryName } from '../../countries.js'
import type { Organisation } from '../../queries/organisations.js'
import { organisationTrail } from './organisation-trail.js'

function breadcrumbs(ctx: PageContext, organisation: Organisation) {
  return organisationTrail(ctx.t, organisation, ctx.t('organisations.merge.breadcrumb'))
}

/** Step one: find and choose the organisation that stays. */
export function MergePage({
  ctx,
  organisation,
  candidates,
  search,
  values,
  errors,
}: {
  ctx: PageContext
  organisation: Organisation
  candidates: Organisation[]
  search: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const base = `/organisations/${organisation.slug}`
  const title = t('organisations.merge.title', { name: organisation.name })
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={breadcrumbs(ctx, organisation)}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{t('organisations.merge.lead')}</p>
          <form method="get" action={localHref(ctx, `${base}/merge`)}>
            <TextInput
              t={t}
              name="q"
              type="search"
              label={t('organisations.merge.search.label')}
              hint={t('organisations.merge.search.hint')}
              value={search}
            />
            <Button variant="secondary">{t('organisations.merge.search.submit')}</Button>
          </form>
          {candidates.length === 0 ? (
            <p class="app-body">{t('organisations.merge.noCandidates')}</p>
          ) : (
            <form method="post" action={localHref(ctx, `${base}/merge`)} novalidate>
              <Radios
                t={t}
                name="target"
                legend={t('organisations.merge.target.legend')}
                legendSize="m"
                items={candidates.map((candidate) => ({
                  value: candidate.slug,
                  text: candidate.name,
                  hint: [
                    t(`organisations.kind.${candidate.kind}`),
                    candidate.city,
                    countryName(candidate.country, locale),
                    candidate.verifiedAt ? t('organisations.verified') : t('organisations.unverified'),
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }))}
                value={fieldValue(values, 'target')}
                error={fieldError(errors, 'target')}
              />
              <ButtonGroup>
                <Button>{t('organisations.merge.continue')}</Button>
                <a class="app-link" href={localHref(ctx, base)}>
                  {t('organisations.form.cancel')}
                </a>
              </ButtonGroup>
            </form>
          )}
        </div>
      </div>
    </Layout>
  )
}

/** Step two: say what will happen, and ask once more. */
export function MergeConfirmPage({
  ctx,
  organisation,
  target,
  memberships,
}: {
  ctx: PageContext
  organisation: Organisation
  target: Organisation
  memberships: number
}) {
  const { t } = ctx
  const base = `/organisations/${organisation.slug}`
  const title = t('organisations.merge.confirmTitle', { from: organisation.name, into: target.name })
  return (
    <Layout ctx={ctx} title={title} indexable={false} breadcrumbs={breadcrumbs(ctx, organisation)}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">
            {t('organisations.merge.confirmBody', { count: memberships, from: organisation.name, into: target.name })}
          </p>
          <p class="app-body">{t('organisations.merge.irreversible')}</p>
          <form method="post" action={localHref(ctx, `${base}/merge`)} novalidate>
            <input type="hidden" name="target" value={target.slug} />
            <input type="hidden" name="confirm" value="yes" />
            <ButtonGroup>
              <Button variant="warning">{t('organisations.merge.confirm')}</Button>
              <a class="app-link" href={localHref(ctx, `${base}/merge`)}>
                {t('organisations.merge.back')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
