import type { FormError } from '../../../../platform/forms/form-state.js'
import { formatTimeRange } from '../../../../platform/time/zoned-time.js'
import { Button } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import type { Activity } from '../../tables.js'

export interface DelegationPageProps {
  ctx: PageContext
  activity: Activity
  /** Organisations whose delegation the person may register. */
  organisations: { id: string; name: string }[]
  organisation: { id: string; name: string }
  candidates: { id: string; name: string; registered: boolean }[]
  /** Live registrations the organisation already holds. */
  taken: number
  chosen?: string[]
  notice?: string
  /** One line per person refused, after a submission. */
  refusals?: string[]
  errors?: FormError[]
}

/** An organisation admin registers members of their organisation, within the per-organisation limit. */
export function DelegationPage(props: DelegationPageProps) {
  const { ctx, activity, organisation, candidates, errors } = props
  const { t, locale } = ctx
  const title = t('activities.delegation.title', { title: activity.title })
  const path = localHref(ctx, `/activities/${activity.slug}/delegation`)
  const free = candidates.filter((candidate) => !candidate.registered)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: t('activities.delegation.heading') },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {props.notice ? (
            <NotificationBanner t={t} type="success" heading={props.notice}>
              {props.refusals && props.refusals.length > 0 ? (
                <ul class="app-list">
                  {props.refusals.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              ) : null}
            </NotificationBanner>
          ) : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)}</p>
          <p class="app-body">{t('activities.delegation.lead', { organisation: organisation.name })}</p>
          {activity.perOrganisationLimit !== null ? (
            <p class="app-body">
              {t('activities.delegation.limit', { count: activity.perOrganisationLimit })}{' '}
              {t('activities.delegation.taken', { count: props.taken })}
            </p>
          ) : null}
          {props.organisations.length > 1 ? (
            <form method="get" action={path} novalidate>
              <Select
                t={t}
                name="organisation"
                label={t('activities.delegation.organisation')}
                options={props.organisations.map((option) => ({ value: option.id, text: option.name }))}
                value={organisation.id}
              />
              <Button variant="secondary">{t('activities.delegation.switch')}</Button>
            </form>
          ) : null}
          {candidates.some((candidate) => candidate.registered) ? (
            <>
              <h2 class="app-heading-m">{t('activities.delegation.already')}</h2>
              <ul class="app-list app-list--bullet">
                {candidates
                  .filter((candidate) => candidate.registered)
                  .map((candidate) => (
                    <li>{candidate.name}</li>
                  ))}
              </ul>
            </>
          ) : null}
          {free.length === 0 ? (
            <p class="app-body">{t('activities.delegation.nobodyLeft')}</p>
          ) : (
            <form method="post" action={`${path}?organisation=${organisation.id}`} novalidate>
              <input type="hidden" name="organisationId" value={organisation.id} />
              <Checkboxes
                t={t}
                name="people"
                legend={t('activities.delegation.people', { organisation: organisation.name })}
                legendSize="m"
                items={free.map((candidate) => ({ value: candidate.id, text: candidate.name }))}
                values={props.chosen}
                error={errors?.find((error) => error.field === 'people')?.message}
              />
              <Button>{t('activities.delegation.submit')}</Button>
            </form>
          )}
        </div>
      </div>
    </Layout>
  )
}
