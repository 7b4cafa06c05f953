import type { FormError, FormValues } from '../../../platform/forms/parse-form.js'
import { dateTimeFormat, intlLocale } from '../../../platform/i18n/format.js'
import { Markdown } from '../../../platform/markdown/markdown.js'
import { formatTimeRange } from '../../../platform/time/zoned-time.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { SummaryList, type SummaryListRow } from '../../../platform/ui/summary-list.js'
import { Table } from '../../../platform/ui/table.js'
import { Tag } from '../../../platform/ui/tag.js'
import { countryName, languageName, type Theme, themeLabelKey } from '../../accounts/index.js'
import { PracticeCard, type PracticeCardData } from '../../practices/index.js'
import { JsonLd } from '../../programmes/views/programme-json-ld.js'
import { ApplicationPanel, type ApplicationPanelData } from '../application/views/application-panel.js'
import type { FellowsView } from '../fellows/fellows.js'
import { FellowsSection } from '../fellows/fellows-section.js'
import type { ActivityDetails } from '../queries.js'
import { kindLabel } from './activity-card.js'
import { activityJsonLd } from './activity-json-ld.js'
import { DraftBanner } from './draft-banner.js'
import { RegistrationPanel, type Viewer } from './registration-panel.js'

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** What the visitor just did, told at the top of the page after the redirect. */
export type ActivityNotice =
  | { kind: 'confirmed' }
  | { kind: 'waitlisted'; position: number }
  | { kind: 'cancelled' }
  | { kind: 'published' }

export interface ActivityPageProps {
  ctx: PageContext
  details: ActivityDetails
  practices: PracticeCardData[]
  viewer: Viewer
  /** Application mode: the call to apply through and the viewer's accepted place. */
  application?: ApplicationPanelData
  notice?: ActivityNotice
  values?: FormValues
  errors?: FormError[]
  /** The participant's follow-up questionnaire after the activity: to answer, or answered. */
  followUp?: 'open' | 'answered'
  /** Confirmed participants: the choice to be listed to the others, and the others who agreed. */
  fellows?: FellowsView
}

export function ActivityPage({
  ctx,
  details,
  practices,
  viewer,
  application,
  notice,
  values,
  errors,
  followUp,
  fellows,
}: ActivityPageProps) {
  const { t, locale } = ctx
  const { activity, series, host, sessions } = details
  const path = localHref(ctx, `/activities/${activity.slug}`)
  const when = formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)
  const confirmed = viewer.kind === 'member' && viewer.registration?.status === 'confirmed'
  const past = activity.endsAt <= ctx.now
  const place = activity.online
    ? t('activities.online')
    : [
        activity.venueName,
        activity.address,
        activity.hostCity,
        activity.hostCountry ? countryName(activity.hostCountry, locale) : null,
      ]
        .filter(Boolean)
        .join(', ')
  const rows: SummaryListRow[] = [
    { key: t('activities.page.when'), value: <time datetime={activity.startsAt.toISOString()}>{when}</time> },
    { key: t('activities.page.kind'), value: kindLabel(ctx, activity.kind) },
    ...(series
      ? [
          {
            key: t('activities.page.series'),
            value: (
              <a class="app-link" href={localHref(ctx, `/activities/series/${series.slug}`)}>
                {activity.episodeNumber
                  ? `${series.title} · ${t('activities.episode', { number: activity.episodeNumber })}`
                  : series.title}
              </a>
            ),
          },
        ]
      : []),
    ...(host
      ? [
          {
            key: t('activities.page.host'),
            value: (
              <a class="app-link" href={localHref(ctx, `/organisations/${host.slug}`)}>
                {host.name}
              </a>
            ),
          },
        ]
      : []),
    ...(place ? [{ key: t('activities.page.place'), value: place }] : []),
    ...(activity.languages.length > 0
      ? [
          {
            key: t('activities.page.languages'),
            value: activity.languages.map((code) => languageName(code, locale)).join(', '),
          },
        ]
      : []),
    ...(activity.interpretation ? [{ key: t('activities.page.interpretation'), value: activity.interpretation }] : []),
    ...(activity.accessibility ? [{ key: t('activities.page.accessibility'), value: activity.accessibility }] : []),
  ]
  const sessionTime = dateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: activity.timeZone,
  })
  const pageTitle = errorTitle(t, activity.title, errors)
  return (
    <Layout
      ctx={ctx}
      title={pageTitle}
      description={activity.summary}
      indexable={activity.publicationStatus === 'published'}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title },
      ]}
      head={<JsonLd data={activityJsonLd(details, `${ctx.baseUrl}${path}`, ctx.now)} />}
    >
      {notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">
            {notice.kind === 'confirmed'
              ? t('activities.register.confirmed')
              : notice.kind === 'waitlisted'
                ? t('activities.register.waitlisted', { position: notice.position })
                : notice.kind === 'published'
                  ? t('activities.draft.published')
                  : t('activities.register.cancelled')}
          </p>
        </NotificationBanner>
      ) : null}
      {activity.publicationStatus === 'draft' ? <DraftBanner ctx={ctx} activity={activity} /> : null}
      <ErrorSummary t={t} errors={errors} />
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{activity.title}</h1>
          <p class="app-body-l">{activity.summary}</p>
          <p class="app-body">
            <Tag colour="blue">{kindLabel(ctx, activity.kind)}</Tag>{' '}
            {activity.themes.map((theme) => (
              <>
                <Tag colour="turquoise">{t(themeLabelKey(theme as Theme))}</Tag>{' '}
              </>
            ))}
          </p>
          <SummaryList rows={rows} />
          <p
            class="app-body"
            hidden
            data-module="app-local-time"
            data-start={activity.startsAt.toISOString()}
            data-end={activity.endsAt.toISOString()}
            data-zone={activity.timeZone}
            data-label={t('activities.page.yourTime', { zone: '{zone}' })}
          />
          <p class="app-body">
            <a class="app-link" href={`${path}/calendar.ics`} download={`${activity.slug}.ics`}>
              {t('activities.page.addToCalendar')}
            </a>
          </p>
          {activity.online && confirmed && activity.joiningUrl ? (
            <NotificationBanner t={t} heading={t('activities.page.onlineJoin')} titleId="joining-link-title">
              <p class="app-body">
                <a class="app-link" href={activity.joiningUrl} rel="noopener noreferrer">
                  {activity.joiningUrl}
                </a>
              </p>
              <p class="app-body">{t('activities.page.onlineJoinHint')}</p>
            </NotificationBanner>
          ) : activity.online && activity.joiningUrl && !past ? (
            <p class="app-body">{t('activities.page.onlineNote')}</p>
          ) : null}
          {application ? (
            <ApplicationPanel ctx={ctx} activity={activity} data={application} />
          ) : (
            <RegistrationPanel ctx={ctx} details={details} viewer={viewer} values={values} errors={errors} />
          )}
          {viewer.kind === 'member' && viewer.registration?.attended === true ? (
            <p class="app-body">
              <a class="app-link" href={`${path}/certificate`}>
                {t('activities.certificate.link')}
              </a>
              {' · '}
              <a class="app-link" href={`${path}/certificate.pdf`}>
                {t('activities.certificate.pdf.downloadOwn')}
              </a>
            </p>
          ) : null}
          {fellows ? <FellowsSection ctx={ctx} view={fellows} action={`${path}/fellows`} /> : null}
          {followUp ? (
            <p class="app-body">
              <a class="app-link" href={`${path}/follow-up`}>
                {t(followUp === 'open' ? 'activities.followUp.link' : 'activities.followUp.answeredLink')}
              </a>
            </p>
          ) : null}
          {viewer.kind !== 'visitor' &&
          (viewer.organiser || (viewer.kind === 'member' && viewer.delegations.length > 0 && !past)) ? (
            <section aria-labelledby="organise-heading" class="app-section">
              <h2 class="app-heading-m" id="organise-heading">
                {t('activities.organise.heading')}
              </h2>
              <ul class="app-list">
                {viewer.organiser ? (
                  <>
                    <li>
                      <a class="app-link" href={`${path}/edit`}>
                        {t('activities.organise.edit')}
                      </a>
                    </li>
                    <li>
                      <a class="app-link" href={`${path}/participants`}>
                        {t('activities.organise.participants')}
                      </a>
                    </li>
                    <li>
                      <a class="app-link" href={`${path}/follow-up/answers`}>
                        {t('activities.followUp.answers.link')}
                      </a>
                    </li>
                  </>
                ) : null}
                {viewer.kind === 'member' && viewer.delegations.length > 0 && !past ? (
                  <li>
                    <a class="app-link" href={`${path}/delegation`}>
                      {t('activities.organise.delegation')}
                    </a>
                  </li>
                ) : null}
              </ul>
            </section>
          ) : null}
          {activity.description ? (
            <section aria-labelledby="about-heading" class="app-section">
              <h2 class="app-heading-l" id="about-heading">
                {t('activities.page.about')}
              </h2>
              <div class="app-prose">{Markdown(activity.description)}</div>
            </section>
          ) : null}
          {sessions.length > 0 ? (
            <section aria-labelledby="agenda-heading" class="app-section">
              <h2 class="app-heading-l" id="agenda-heading">
                {t('activities.page.agenda')}
              </h2>
              <Table
                caption={t('activities.page.agenda.caption', { zone: activity.timeZone })}
                captionSize="s"
                scrollableId="agenda"
                head={[
                  t('activities.page.agenda.time'),
                  t('activities.page.agenda.session'),
                  t('activities.page.agenda.speakers'),
                  t('activities.page.agenda.room'),
                ]}
                rows={sessions.map((session) => [
                  sessionTime.formatRange(session.startsAt, session.endsAt),
                  session.title,
                  session.speakers,
                  session.room,
                ])}
              />
            </section>
          ) : null}
          {past && (activity.recordingUrl || activity.recordingOnRequest || activity.report) ? (
            <section aria-labelledby="afterwards-heading" class="app-section">
              <h2 class="app-heading-l" id="afterwards-heading">
                {t('activities.page.afterwards')}
              </h2>
              {activity.recordingUrl ? (
                <p class="app-body">
                  <a class="app-link" href={activity.recordingUrl} rel="noopener noreferrer">
                    {t('activities.page.recording')}
                  </a>
                </p>
              ) : activity.recordingOnRequest ? (
                <p class="app-body">
                  {t('activities.page.recordingOnRequest')}{' '}
                  <a class="app-link" href={localHref(ctx, '/contact')}>
                    {t('activities.page.contact')}
                  </a>
                </p>
              ) : null}
              {activity.report ? (
                <>
                  <h3 class="app-heading-m">{t('activities.page.report')}</h3>
                  {paragraphs(activity.report).map((paragraph) => (
                    <p class="app-body">{paragraph}</p>
                  ))}
                </>
              ) : null}
            </section>
          ) : null}
        </div>
      </div>
      {practices.length > 0 ? (
        <section aria-labelledby="practices-heading" class="app-section">
          <h2 class="app-heading-l" id="practices-heading">
            {t('activities.page.practices')}
          </h2>
          <CardGrid>
            {practices.map((practice) => (
              <PracticeCard ctx={ctx} practice={practice} />
            ))}
          </CardGrid>
        </section>
      ) : null}
    </Layout>
  )
}
