import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import type { FormError, FormValues } from '../../../../platform/forms/parse-form.js'
import { formatTimeRange } from '../../../../platform/time/zoned-time.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { type Activity, type Registration, TRAVEL_MODES } from '../../tables.js'

export interface TravelPageProps {
  ctx: PageContext
  activity: Activity
  registration: Registration
  values: FormValues
  errors?: FormError[]
  notice?: string
}

/** The accepted participant's follow-up form: travel, accommodation, dietary and accessibility needs. */
export function TravelPage({ ctx, activity, registration, values, errors, notice }: TravelPageProps) {
  const { t, locale } = ctx
  const title = t('activities.travel.title')
  const path = localHref(ctx, `/activities/${activity.slug}`)
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
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">
        {t(registration.funding === 'funded' ? 'activities.travel.leadFunded' : 'activities.travel.leadSelfFunded', {
          title: activity.title,
          when: formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone),
        })}
      </p>
      <form method="post" action={`${path}/travel`} novalidate>
        <TextInput
          t={t}
          name="travelFrom"
          label={t('activities.travel.from.label')}
          hint={t('activities.travel.from.hint')}
          autocomplete="address-level2"
          value={fieldValue(values, 'travelFrom')}
          error={fieldError(errors, 'travelFrom')}
        />
        <Radios
          t={t}
          name="travelMode"
          legend={t('activities.travel.mode.label')}
          legendSize="s"
          items={TRAVEL_MODES.map((mode) => ({ value: mode, text: t(`activities.travel.mode.${mode}`) }))}
          value={fieldValue(values, 'travelMode')}
          error={fieldError(errors, 'travelMode')}
        />
        <TextInput
          t={t}
          name="arrivalDate"
          label={t('activities.travel.arrival.label')}
          hint={t('activities.travel.date.hint')}
          width="10"
          value={fieldValue(values, 'arrivalDate')}
          error={fieldError(errors, 'arrivalDate')}
        />
        <TextInput
          t={t}
          name="departureDate"
          label={t('activities.travel.departure.label')}
          hint={t('activities.travel.date.hint')}
          width="10"
          value={fieldValue(values, 'departureDate')}
          error={fieldError(errors, 'departureDate')}
        />
        <Radios
          t={t}
          name="accommodationNeeded"
          legend={t('activities.travel.accommodation.label')}
          legendSize="s"
          inline
          items={[
            { value: 'yes', text: t('activities.travel.yes') },
            { value: 'no', text: t('activities.travel.no') },
          ]}
          value={fieldValue(values, 'accommodationNeeded')}
          error={fieldError(errors, 'accommodationNeeded')}
        />
        <Textarea
          t={t}
          name="dietary"
          rows={3}
          label={t('activities.travel.dietary.label')}
          hint={t('activities.travel.organisersOnly')}
          value={fieldValue(values, 'dietary')}
          error={fieldError(errors, 'dietary')}
        />
        <Textarea
          t={t}
          name="accessibility"
          rows={3}
          label={t('activities.travel.accessibility.label')}
          hint={t('activities.travel.organisersOnly')}
          value={fieldValue(values, 'accessibility')}
          error={fieldError(errors, 'accessibility')}
        />
        <Button>{t('activities.travel.save')}</Button>
      </form>
    </Layout>
  )
}
