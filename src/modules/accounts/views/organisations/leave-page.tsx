import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import type { LeaveSituation, Organisation } from '../../queries/organisations.js'
import { organisationTrail } from './organisation-trail.js'

export function LeavePage({
  ctx,
  organisation,
  situation,
  values,
  errors,
}: {
  ctx: PageContext
  organisation: Organisation
  situation: LeaveSituation
  values?: FormValues
  errors?: FormError[]
}) {
  const { t } = ctx
  const base = `/organisations/${organisation.slug}`
  const title = t('organisations.leave.title', { name: organisation.name })
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={organisationTrail(t, organisation, t('organisations.leave.breadcrumb'))}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{t('organisations.leave.body', { name: organisation.name })}</p>
          <form method="post" novalidate>
            {situation.needsSuccessor ? (
              <Radios
                t={t}
                name="successorId"
                legend={t('organisations.leave.successor.legend')}
                legendSize="m"
                hint={t('organisations.leave.successor.hint')}
                items={situation.candidates.map((candidate) => ({ value: candidate.id, text: candidate.name }))}
                value={fieldValue(values, 'successorId')}
                error={fieldError(errors, 'successorId')}
              />
            ) : null}
            <ButtonGroup>
              <Button variant="warning">{t('organisations.leave.submit')}</Button>
              <a class="app-link" href={localHref(ctx, base)}>
                {t('organisations.form.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
