import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { SurveySettingsFields } from './survey-settings-fields.js'

/** Editors change an edition's settings: a typo in its title, a later closing moment, its licence. */
export function SurveySettingsPage(props: {
  ctx: PageContext
  survey: Survey
  values: FormValues
  errors?: FormError[]
}) {
  const { ctx, survey } = props
  const { t } = ctx
  return (
    <PulseFrame
      ctx={ctx}
      title={t('pulse.settings.title', { survey: survey.title })}
      trail={[
        { label: t('pulse.admin.title'), path: '/pulse/admin' },
        { label: survey.title, path: `/pulse/admin/${survey.slug}` },
      ]}
      errors={props.errors}
      sample={survey.isSample}
      indexable={false}
    >
      <form method="post" action={localHref(ctx, `/pulse/admin/${survey.slug}/settings`)} novalidate>
        <SurveySettingsFields t={t} values={props.values} errors={props.errors} withSlug={false} />
        <Button>{t('pulse.settings.save')}</Button>
      </form>
    </PulseFrame>
  )
}
