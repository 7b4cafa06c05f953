import { fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import type { FormError, FormValues } from '../../../platform/forms/parse-form.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import type { ActivityDetails } from '../queries.js'
import { registrationWindow } from '../registration.js'
import type { Registration } from '../tables.js'

/** Who is looking, as far as registering goes. */
export type Viewer =
  | { kind: 'visitor'; signInHref: string }
  | { kind: 'unverified'; organiser?: boolean }
  | {
      kind: 'member'
      /** Editors and admins of the host organisation: links to the organisers' pages. */
      organiser: boolean
      registration: Registration | null
      position: number | null
      /** Organisations the person may come for. */
      organisations: { id: string; name: string }[]
      /** Organisations whose delegation the person may register. */
      delegations: { id: string; name: string }[]
    }

export function RegistrationPanel({
  ctx,
  details,
  viewer,
  values,
  errors,
}: {
  ctx: PageContext
  details: ActivityDetails
  viewer: Viewer
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const { activity } = details
  const path = localHref(ctx, `/activities/${activity.slug}`)
  const window = registrationWindow(activity, ctx.now)
  if (activity.endsAt <= ctx.now) return null
  const free = activity.capacity === null ? null : Math.max(0, activity.capacity - details.confirmed)
  const registration = viewer.kind === 'member' ? viewer.registration : null
  return (
    <section aria-labelledby="registration-heading" class="app-section">
      <h2 class="app-heading-l" id="registration-heading">
        {t('activities.register.heading')}
      </h2>
      {window === 'invitation-only' ? <p class="app-body">{t('activities.register.invitationOnly')}</p> : null}
      {window !== 'invitation-only' ? (
        <p class="app-body">
          {free === null
            ? t('activities.register.unlimited')
            : t('activities.register.seats', { free, capacity: activity.capacity })}
        </p>
      ) : null}
      {window === 'not-open-yet' && activity.registrationOpensAt ? (
        <p class="app-body">
          {t('activities.register.opensAt', {
            date: formatDateTime(locale, activity.registrationOpensAt, activity.timeZone),
          })}
        </p>
      ) : null}
      {window === 'open' && activity.registrationClosesAt ? (
        <p class="app-body">
          {t('activities.register.closesAt', {
            date: formatDateTime(locale, activity.registrationClosesAt, activity.timeZone),
          })}
        </p>
      ) : null}
      {window === 'closed' && !registration ? <p class="app-body">{t('activities.register.closed')}</p> : null}
      {registration ? (
        <>
          <p class="app-body">
            {registration.status === 'confirmed'
              ? t('activities.register.youAreConfirmed')
              : t('activities.register.youAreWaiting', { position: viewer.kind === 'member' ? viewer.position : 0 })}
          </p>
          {activity.startsAt > ctx.now ? (
            <form method="post" action={`${path}/cancel`} novalidate>
              <Button variant="warning">{t('activities.register.cancel')}</Button>
            </form>
          ) : null}
        </>
      ) : null}
      {window === 'open' && viewer.kind === 'visitor' ? (
        <Button href={viewer.signInHref}>{t('activities.register.signIn')}</Button>
      ) : null}
      {window === 'open' && viewer.kind === 'unverified' ? (
        <p class="app-body">{t('activities.register.verify')}</p>
      ) : null}
      {window === 'open' && viewer.kind === 'member' && !registration ? (
        <form method="post" action={`${path}/register`} novalidate>
          {viewer.organisations.length > 0 ? (
            <Select
              t={t}
              name="organisationId"
              label={t('activities.register.organisation.label')}
              options={[
                { value: '', text: t('activities.register.organisation.none') },
                ...viewer.organisations.map((organisation) => ({ value: organisation.id, text: organisation.name })),
              ]}
              value={fieldValue(values, 'organisationId')}
              error={fieldError(errors, 'organisationId')}
            />
          ) : null}
          <Textarea
            t={t}
            name="needs"
            rows={3}
            label={t('activities.register.needs.label')}
            hint={t('activities.register.needs.hint')}
            value={fieldValue(values, 'needs')}
            error={fieldError(errors, 'needs')}
          />
          <Button>{t(free === 0 ? 'activities.register.submitWaitlist' : 'activities.register.submit')}</Button>
        </form>
      ) : null}
    </section>
  )
}
