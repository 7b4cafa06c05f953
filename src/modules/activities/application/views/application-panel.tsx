import { formatDateTime } from '../../../../platform/i18n/format.js'
import { Button } from '../../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import type { ParticipantsCall } from '../../../calls/index.js'
import type { Activity, Registration } from '../../tables.js'

/** What the activity page needs to show an application-mode activity's panel. */
export interface ApplicationPanelData {
  call: ParticipantsCall | null
  /** The viewer's place won through the selection, if any. */
  accepted: Registration | null
  /** Editors: links to the selection page. */
  canSelect: boolean
  /** Organisers (the host included): link to the learning needs. */
  canSeeNeeds: boolean
}

/** "Apply" while the participants call is open; for accepted participants, their place and travel form. */
export function ApplicationPanel({
  ctx,
  activity,
  data,
}: {
  ctx: PageContext
  activity: Activity
  data: ApplicationPanelData
}) {
  const { t, locale } = ctx
  const path = localHref(ctx, `/activities/${activity.slug}`)
  const { call, accepted } = data
  if (activity.endsAt <= ctx.now) return null
  return (
    <section aria-labelledby="registration-heading" class="app-section">
      <h2 class="app-heading-l" id="registration-heading">
        {t('activities.application.heading')}
      </h2>
      <p class="app-body">
        {t('activities.application.places', {
          funded: activity.fundedPlaces ?? 0,
          selfFunded: activity.selfFundedPlaces ?? 0,
        })}
      </p>
      {accepted ? (
        <>
          <p class="app-body">
            {t(
              accepted.funding === 'funded'
                ? 'activities.application.youAreFunded'
                : 'activities.application.youAreSelfFunded',
            )}
          </p>
          {activity.startsAt > ctx.now ? (
            <Button href={`${path}/travel`}>{t('activities.application.travelLink')}</Button>
          ) : null}
        </>
      ) : call?.open ? (
        <>
          <p class="app-body">
            {t('activities.application.closesAt', { date: formatDateTime(locale, call.closesAt, call.timeZone) })}
          </p>
          <Button href={localHref(ctx, `/calls/${call.slug}`)}>
            {t('activities.application.apply')}
            <span class="app-visually-hidden">: {call.title}</span>
          </Button>
        </>
      ) : call && call.state === 'upcoming' ? (
        <p class="app-body">
          {t('activities.application.opensAt', { date: formatDateTime(locale, call.opensAt, call.timeZone) })}
        </p>
      ) : (
        <p class="app-body">{t('activities.application.closed')}</p>
      )}
      {data.canSelect || data.canSeeNeeds ? (
        <ul class="app-list">
          {data.canSelect ? (
            <>
              <li>
                <a class="app-link" href={`${path}/selection`}>
                  {t('activities.application.selectionLink')}
                </a>
              </li>
              <li>
                <a class="app-link" href={`${path}/application`}>
                  {t('activities.settings.title')}
                </a>
              </li>
            </>
          ) : null}
          {data.canSeeNeeds ? (
            <li>
              <a class="app-link" href={`${path}/learning-needs`}>
                {t('activities.application.needsLink')}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  )
}
