import type { FormError } from '../../../../platform/forms/form-state.js'
import { formatTimeRange } from '../../../../platform/time/zoned-time.js'
import { Button } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { countryName } from '../../../accounts/index.js'
import type { Participant } from '../../queries.js'
import type { Activity } from '../../tables.js'
import { attendanceLabel } from '../participants-csv.js'

export interface ParticipantsPageProps {
  ctx: PageContext
  activity: Activity
  participants: Participant[]
  notice?: string
  errors?: FormError[]
}

/** The organisers' list: everyone registered or waiting in arrival order, export, attendance, cancel. */
export function ParticipantsPage({ ctx, activity, participants, notice, errors }: ParticipantsPageProps) {
  const { t, locale } = ctx
  const title = t('activities.participants.title', { title: activity.title })
  const base = localHref(ctx, `/activities/${activity.slug}`)
  const started = activity.startsAt <= ctx.now
  const confirmed = participants.filter((participant) => participant.status === 'confirmed')
  const waiting = participants.filter((participant) => participant.status === 'waitlisted')
  // Application mode: the place each was given and their travel; dietary and accessibility join the needs.
  const hasFunding = participants.some((participant) => participant.funding !== null)
  const needsOf = (participant: Participant) =>
    [
      participant.needs,
      participant.travel?.dietary ? `${t('activities.participants.dietary')}: ${participant.travel.dietary}` : '',
      participant.travel?.accessibility
        ? `${t('activities.participants.accessibility')}: ${participant.travel.accessibility}`
        : '',
    ]
      .filter(Boolean)
      .join(' · ')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: t('activities.participants.breadcrumb') },
      ]}
    >
      <ErrorSummary t={t} errors={errors} />
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)}</p>
      <p class="app-body">
        {t('activities.participants.counts', {
          confirmed: confirmed.length,
          waiting: waiting.length,
          capacity: activity.capacity ?? '∞',
        })}
      </p>
      <ul class="app-list">
        <li>
          <a class="app-link" href={`${base}/participants.csv`} download>
            {t('activities.participants.export')}
          </a>
        </li>
        <li>
          <a class="app-link" href={`${base}/edit`}>
            {t('activities.participants.edit')}
          </a>
        </li>
      </ul>
      {participants.length === 0 ? (
        <p class="app-body">{t('activities.participants.empty')}</p>
      ) : (
        <Table
          caption={t('activities.participants.caption')}
          captionSize="m"
          scrollableId="participants"
          head={[
            { text: t('activities.participants.arrival'), numeric: true },
            t('activities.participants.name'),
            t('activities.participants.organisation'),
            t('activities.participants.country'),
            t('activities.participants.status'),
            t('activities.participants.needs'),
            ...(hasFunding ? [t('activities.participants.funding'), t('activities.participants.travel')] : []),
            t('activities.participants.attendance'),
            t('activities.participants.actions'),
          ]}
          rows={participants.map((participant) => [
            { text: participant.arrival, numeric: true },
            participant.name,
            participant.organisation ?? '',
            participant.country ? countryName(participant.country, locale) : '',
            {
              text: (
                <Tag colour={participant.status === 'confirmed' ? 'green' : 'yellow'}>
                  {t(`activities.participants.status.${participant.status}`)}
                </Tag>
              ),
            },
            needsOf(participant),
            ...(hasFunding
              ? [
                  participant.funding ? t(`activities.selection.funding.${participant.funding}`) : '',
                  participant.travel
                    ? t('activities.participants.travelSummary', {
                        from: participant.travel.travelFrom,
                        mode: t(`activities.travel.mode.${participant.travel.travelMode}`),
                        arrival: participant.travel.arrivalDate,
                        departure: participant.travel.departureDate,
                        accommodation: t(
                          participant.travel.accommodationNeeded ? 'activities.travel.yes' : 'activities.travel.no',
                        ),
                      })
                    : '',
                ]
              : []),
            participant.status !== 'confirmed'
              ? ''
              : participant.attended
                ? {
                    text: (
                      <>
                        {attendanceLabel(participant.attended, t)} ·{' '}
                        <a class="app-link" href={`${base}/certificate?registration=${participant.registrationId}`}>
                          {t('activities.participants.certificate')}
                          <span class="app-visually-hidden">: {participant.name}</span>
                        </a>{' '}
                        (
                        <a class="app-link" href={`${base}/certificate.pdf?registration=${participant.registrationId}`}>
                          {t('activities.participants.certificatePdf')}
                          <span class="app-visually-hidden">: {participant.name}</span>
                        </a>
                        )
                      </>
                    ),
                  }
                : attendanceLabel(participant.attended, t),
            {
              text: started ? (
                ''
              ) : (
                <form
                  method="post"
                  action={`${base}/participants/${participant.registrationId}/cancel`}
                  novalidate
                  class="app-inline-form"
                >
                  <Button variant="secondary">
                    {t('activities.participants.cancel')}
                    <span class="app-visually-hidden">: {participant.name}</span>
                  </Button>
                </form>
              ),
            },
          ])}
        />
      )}
      {confirmed.length > 0 ? (
        <section aria-labelledby="attendance-heading" class="app-section">
          <h2 class="app-heading-l" id="attendance-heading">
            {t('activities.participants.attendance.heading')}
          </h2>
          {started ? (
            <form method="post" action={`${base}/participants/attendance`} novalidate>
              <Checkboxes
                t={t}
                name="attended"
                legend={t('activities.participants.attendance.legend')}
                legendSize="s"
                hint={t('activities.participants.attendance.hint')}
                small
                items={confirmed.map((participant) => ({
                  value: participant.registrationId,
                  text: participant.organisation
                    ? `${participant.name} (${participant.organisation})`
                    : participant.name,
                }))}
                values={confirmed
                  .filter((participant) => participant.attended)
                  .map((participant) => participant.registrationId)}
              />
              <Button>{t('activities.participants.attendance.save')}</Button>
            </form>
          ) : (
            <p class="app-body">{t('activities.participants.attendance.later')}</p>
          )}
        </section>
      ) : null}
    </Layout>
  )
}
