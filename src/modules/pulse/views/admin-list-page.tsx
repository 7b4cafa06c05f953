import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { SurveySettingsFields } from './survey-settings-fields.js'

/** Editors: every survey, and a form to start a new edition. */
export function AdminListPage(props: {
  ctx: PageContext
  surveys: Survey[]
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, values, errors } = props
  const { t } = ctx
  return (
    <PulseFrame ctx={ctx} title={t('pulse.admin.title')} errors={errors} indexable={false}>
      {props.surveys.length > 0 ? (
        <ul class="app-list">
          {props.surveys.map((survey) => (
            <li>
              <a class="app-link" href={localHref(ctx, `/pulse/admin/${survey.slug}`)}>
                {survey.title}
              </a>{' '}
              ({survey.year})
            </li>
          ))}
        </ul>
      ) : (
        <p class="app-body">{t('pulse.admin.none')}</p>
      )}
      <h2 class="app-heading-l">{t('pulse.admin.create')}</h2>
      <form method="post" action={localHref(ctx, '/pulse/admin')} novalidate>
        <SurveySettingsFields t={t} values={values} errors={errors} />
        <Button>{t('pulse.admin.createButton')}</Button>
      </form>
    </PulseFrame>
  )
}
