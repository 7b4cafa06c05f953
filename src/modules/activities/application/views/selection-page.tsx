import type { FormError } from '../../../../platform/forms/form-state.js'
import { formatTimeRange } from '../../../../platform/time/zoned-time.js'
import { Button } from '../../../../platform/ui/button.js'
import { Details } from '../../../../platform/ui/details.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList, type SummaryListRow } from '../../../../platform/ui/summary-list.js'
import { Table } from '../../../../platform/ui/table.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { countryName } from '../../../accounts/index.js'
import type { ParticipantsCall } from '../../../calls/index.js'
import { type Answers, AnswersSummary } from '../../../questionnaires/index.js'
import type { Activity, Funding } from '../../tables.js'
import type { Applicant, SelectionOverview, Tally } from '../selection-queries.js'

export interface SelectionPageProps {
  ctx: PageContext
  activity: Activity
  call: ParticipantsCall | null
  overview: SelectionOverview
  notice?: string
  errors?: FormError[]
}

function TallyTable({
  caption,
  id,
  tally,
  label,
}: {
  caption: string
  id: string
  tally: Tally
  label: (key: string) => string
}) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      scrollableId={id}
      head={[caption, { text: '#', numeric: true }]}
      firstCellIsHeader
      rows={tally.map((entry) => [label(entry.key), { text: entry.count, numeric: true }])}
    />
  )
}

/**
 * The editors' selection for an application-mode activity: every applicant with what they told, the
 * places taken of each kind and the balance of the selection, which the page shows again after each
 * change (the server counts under the activity's lock; the page never decides).
 */
export function SelectionPage({ ctx, activity, call, overview, notice, errors }: SelectionPageProps) {
  const { t, locale } = ctx
  const title = t('activities.selection.title', { title: activity.title })
  const base = localHref(ctx, `/activities/${activity.slug}`)
  const unknown = t('activities.selection.unknown')
  const kindLabel = (key: string) => (key === unknown ? key : t(`organisations.kind.${key}`))
  const country = (key: string) => (key === unknown ? key : countryName(key, locale))
  const status = (applicant: Applicant) => {
    const selection = applicant.selection
    if (!selection) return <Tag colour="grey">{t('activities.selection.status.applied')}</Tag>
    const kind = t(`activities.selection.funding.${selection.funding}`)
    return selection.releasedAt ? (
      <Tag colour="green">{t('activities.selection.status.accepted', { kind })}</Tag>
    ) : (
      <Tag colour="blue">{t('activities.selection.status.selected', { kind })}</Tag>
    )
  }
  const selectButton = (applicant: Applicant, funding: Funding) => (
    <form method="post" action={`${base}/selection`} novalidate class="app-inline-form">
      <input type="hidden" name="applicationId" value={applicant.applicationId} />
      <input type="hidden" name="funding" value={funding} />
      <Button variant={funding === 'funded' ? undefined : 'secondary'}>
        {t(`activities.selection.select.${funding}`)}
        <span class="app-visually-hidden">: {applicant.name}</span>
      </Button>
    </form>
  )
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: t('activities.selection.breadcrumb') },
      ]}
    >
      <ErrorSummary t={t} errors={errors} />
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)}</p>
      {call ? (
        <p class="app-body">
          {t('activities.selection.call')}{' '}
          <a class="app-link" href={localHref(ctx, `/calls/${call.slug}`)}>
            {call.title}
          </a>
        </p>
      ) : (
        <p class="app-body">{t('activities.selection.noCall')}</p>
      )}
      <section aria-labelledby="balance-heading" class="app-section" id="balance">
        <h2 class="app-heading-l" id="balance-heading">
          {t('activities.selection.balance')}
        </h2>
        <ul class="app-list" id="places">
          <li>
            {t('activities.selection.places.funded', {
              taken: overview.places.funded.taken,
              places: overview.places.funded.places,
            })}
          </li>
          <li>
            {t('activities.selection.places.selfFunded', {
              taken: overview.places['self-funded'].taken,
              places: overview.places['self-funded'].places,
            })}
          </li>
          {activity.capacity !== null ? (
            <li>{t('activities.selection.capacity', { capacity: activity.capacity })}</li>
          ) : null}
        </ul>
        {overview.byCountry.length === 0 ? (
          <p class="app-body">{t('activities.selection.noneSelected')}</p>
        ) : (
          <div>
            <TallyTable
              caption={t('activities.selection.byCountry')}
              id="by-country"
              tally={overview.byCountry}
              label={country}
            />
            <TallyTable
              caption={t('activities.selection.byKind')}
              id="by-kind"
              tally={overview.byOrganisationKind}
              label={kindLabel}
            />
            {overview.byGender ? (
              <TallyTable
                caption={t('activities.selection.byGender')}
                id="by-gender"
                tally={overview.byGender}
                label={(key) => key}
              />
            ) : null}
          </div>
        )}
        {overview.pending > 0 ? (
          <form method="post" action={`${base}/selection/release`} novalidate>
            <p class="app-body">{t('activities.selection.release.hint', { count: overview.pending })}</p>
            <Button>{t('activities.selection.release')}</Button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="applicants-heading" class="app-section" id="applicants">
        <h2 class="app-heading-l" id="applicants-heading">
          {t('activities.selection.applicants', { count: overview.applicants.length })}
        </h2>
        {overview.applicants.length === 0 ? <p class="app-body">{t('activities.selection.noApplicants')}</p> : null}
        {overview.applicants.map((applicant) => {
          const rows: SummaryListRow[] = [
            { key: t('activities.selection.status'), value: status(applicant) },
            {
              key: t('activities.participants.organisation'),
              value: applicant.organisation ?? t('activities.selection.individual'),
            },
            {
              key: t('activities.selection.organisationKind'),
              value: applicant.organisationKind ? kindLabel(applicant.organisationKind) : '',
            },
            { key: t('activities.participants.country'), value: applicant.country ? country(applicant.country) : '' },
            ...(overview.byGender
              ? [{ key: t('activities.selection.gender'), value: applicant.gender ?? unknown }]
              : []),
            { key: t('activities.selection.learningTopics'), value: applicant.learningTopics.join('; ') },
            { key: t('activities.selection.learningNeeds'), value: applicant.learningNeeds },
          ]
          const headingId = `applicant-${applicant.applicationId}`
          return (
            <article class="app-section" aria-labelledby={headingId}>
              <h3 class="app-heading-m" id={headingId}>
                {applicant.name}
                {applicant.reference ? <span class="app-caption-m"> {applicant.reference}</span> : null}
              </h3>
              <SummaryList rows={rows} />
              <Details summary={t('activities.selection.answers', { name: applicant.name })}>
                <AnswersSummary
                  t={t}
                  locale={locale}
                  version={{ content: applicant.content }}
                  answers={applicant.answers as Answers}
                  sectionHeading="h3"
                />
              </Details>
              {applicant.selection?.releasedAt ? null : (
                <div class="app-button-group">
                  {applicant.selection?.funding !== 'funded' ? selectButton(applicant, 'funded') : null}
                  {applicant.selection?.funding !== 'self-funded' ? selectButton(applicant, 'self-funded') : null}
                  {applicant.selection ? (
                    <form method="post" action={`${base}/selection/remove`} novalidate class="app-inline-form">
                      <input type="hidden" name="applicationId" value={applicant.applicationId} />
                      <Button variant="warning">
                        {t('activities.selection.remove')}
                        <span class="app-visually-hidden">: {applicant.name}</span>
                      </Button>
                    </form>
                  ) : null}
                </div>
              )}
            </article>
          )
        })}
      </section>
    </Layout>
  )
}
