import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import type { FormError, FormValues } from '../../../../platform/forms/parse-form.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import type { Activity } from '../../tables.js'

/** Editors attach a participants call and set the funded and self-funded places. */
export function ApplicationSettingsPage(props: {
  ctx: PageContext
  activity: Activity
  calls: { id: string; title: string }[]
  values: FormValues
  errors?: FormError[]
  notice?: string
}) {
  const { ctx, activity, values, errors } = props
  const { t } = ctx
  const title = t('activities.settings.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: title },
      ]}
    >
      <ErrorSummary t={t} errors={errors} />
      {props.notice ? <NotificationBanner t={t} type="success" heading={props.notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('activities.settings.lead', { title: activity.title })}</p>
      <form method="post" action={localHref(ctx, `/activities/${activity.slug}/application`)} novalidate>
        <Select
          t={t}
          name="applicationCallId"
          label={t('activities.settings.call.label')}
          hint={t('activities.settings.call.hint')}
          options={[
            { value: '', text: t('activities.settings.call.none') },
            ...props.calls.map((call) => ({ value: call.id, text: call.title })),
          ]}
          value={fieldValue(values, 'applicationCallId')}
          error={fieldError(errors, 'applicationCallId')}
        />
        <TextInput
          t={t}
          name="fundedPlaces"
          inputmode="numeric"
          width="4"
          label={t('activities.settings.funded.label')}
          value={fieldValue(values, 'fundedPlaces')}
          error={fieldError(errors, 'fundedPlaces')}
        />
        <TextInput
          t={t}
          name="selfFundedPlaces"
          inputmode="numeric"
          width="4"
          label={t('activities.settings.selfFunded.label')}
          value={fieldValue(values, 'selfFundedPlaces')}
          error={fieldError(errors, 'selfFundedPlaces')}
        />
        <Button>{t('activities.settings.save')}</Button>
      </form>
    </Layout>
  )
}
