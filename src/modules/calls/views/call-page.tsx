import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { Markdown } from '../../../platform/markdown/markdown.js'
import { Button } from '../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import { Table } from '../../../platform/ui/table.js'
import { type ActingOrganisation, ActingOrganisationSelect, countryName } from '../../accounts/index.js'
import { criteriaOf } from '../scoring.js'
import { callState } from '../state.js'
import { type Call, ROUNDS } from '../tables.js'
import { Countdown, Deadline, StateTag } from './call-bits.js'

/** Who is looking at the call page, for its "apply" panel and editors' links. */
export type CallViewer =
  | { kind: 'visitor'; signInHref: string }
  | { kind: 'unverified' }
  | {
      kind: 'member'
      organisations: ActingOrganisation[]
      applications: { id: string; reference: string | null; status: string }[]
    }

export function eligibilityText(ctx: PageContext, call: Call): string[] {
  const { t, locale } = ctx
  return [
    t(`calls.applicantType.${call.applicantType}`),
    call.eligibleCountries.length > 0
      ? t('calls.eligibility.countries', {
          countries: call.eligibleCountries.map((code) => countryName(code, locale)).join(', '),
        })
      : t('calls.eligibility.anyCountry'),
    ...(call.eligibleOrganisationKinds.length > 0 && call.applicantType !== 'individuals'
      ? [
          t('calls.eligibility.kinds', {
            kinds: call.eligibleOrganisationKinds.map((kind) => t(`organisations.kind.${kind}`)).join(', '),
          }),
        ]
      : []),
  ]
}

export function CallPage(props: {
  ctx: PageContext
  call: Call
  viewer: CallViewer
  canManage: boolean
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, call, viewer } = props
  const { t, locale } = ctx
  const path = localHref(ctx, `/calls/${call.slug}`)
  const state = callState(call, ctx.now)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, call.title, props.errors)}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: call.title },
      ]}
      head={<link rel="alternate" type="text/calendar" href={`${path}/deadline.ics`} title={call.title} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {props.errors && props.errors.length > 0 ? <ErrorSummary t={t} errors={props.errors} /> : null}
          <span class="app-caption-m">{t(`calls.kind.${call.kind}`)}</span>
          <h1 class="app-heading-xl">{call.title}</h1>
          <p class="app-body">
            <StateTag ctx={ctx} call={call} />
          </p>
          <Countdown ctx={ctx} call={call} />
          {call.kind === 'award' && call.decidedAt ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, `/awards/${call.slug}`)}>
                {t('calls.awards.call.results')}
              </a>
            </p>
          ) : null}
          <SummaryList
            rows={[
              { key: t('calls.page.opens'), value: formatDateTime(locale, call.opensAt, call.timeZone) },
              { key: t('calls.page.deadline'), value: <Deadline ctx={ctx} call={call} /> },
              {
                key: t('calls.page.eligibility'),
                value: (
                  <ul class="app-list">
                    {eligibilityText(ctx, call).map((line) => (
                      <li>{line}</li>
                    ))}
                  </ul>
                ),
              },
              ...(call.quota ? [{ key: t('calls.page.quota'), value: t('calls.quota', { count: call.quota }) }] : []),
              ...(call.blind ? [{ key: t('calls.page.review'), value: t('calls.page.blind') }] : []),
            ]}
          />
          <p class="app-body">
            <a class="app-link" href={`${path}/deadline.ics`} download={`${call.slug}.ics`}>
              {t('calls.page.addDeadline')}
            </a>
          </p>
          <div class="app-prose">{Markdown(call.description)}</div>
          {call.guidance ? (
            <>
              <h2 class="app-heading-l">{t('calls.page.guidance')}</h2>
              <div class="app-prose">{Markdown(call.guidance)}</div>
            </>
          ) : null}
          {ROUNDS.filter((round) => criteriaOf(call, round).length > 0).map((round) => (
            <Table
              caption={t('calls.page.criteriaRound', { round: t(`calls.round.${round}`) })}
              captionSize="m"
              head={[
                t('calls.criteria.name'),
                t('calls.criteria.description'),
                t('calls.criteria.weight'),
                t('calls.criteria.scale'),
              ]}
              rows={criteriaOf(call, round).map((criterion) => [
                criterion.name,
                criterion.description,
                criterion.weight,
                t('calls.criteria.scaleValue', { max: criterion.scaleMax }),
              ])}
            />
          ))}
          <h2 class="app-heading-l" id="apply-heading">
            {t('calls.apply.heading')}
          </h2>
          {state === 'upcoming' ? (
            <p class="app-body">
              {t('calls.apply.upcoming', { date: formatDateTime(locale, call.opensAt, call.timeZone) })}
            </p>
          ) : state !== 'open' ? (
            <p class="app-body">{t('calls.apply.closed')}</p>
          ) : viewer.kind === 'visitor' ? (
            <p class="app-body">
              <a class="app-link" href={viewer.signInHref}>
                {t('calls.apply.signIn')}
              </a>
            </p>
          ) : viewer.kind === 'unverified' ? (
            <p class="app-body">{t('calls.apply.unverified')}</p>
          ) : (
            <ApplyPanel {...props} viewer={viewer} />
          )}
          {props.canManage ? (
            <>
              <h2 class="app-heading-l">{t('calls.manage.heading')}</h2>
              <ul class="app-list">
                <li>
                  <a class="app-link" href={`${path}/edit`}>
                    {t('calls.manage.edit')}
                  </a>
                </li>
                {call.questionnaireId ? (
                  <li>
                    <a class="app-link" href={localHref(ctx, `/admin/questionnaires/${call.questionnaireId}`)}>
                      {t('calls.manage.form')}
                    </a>
                  </li>
                ) : null}
                <li>
                  <a class="app-link" href={`${path}/applications`}>
                    {t('calls.manage.applications')}
                  </a>
                </li>
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}

function ApplyPanel(props: {
  ctx: PageContext
  call: Call
  viewer: Extract<CallViewer, { kind: 'member' }>
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, call, viewer } = props
  const { t } = ctx
  const path = localHref(ctx, `/calls/${call.slug}`)
  const forOrganisations = call.applicantType !== 'individuals'
  const forIndividuals = call.applicantType !== 'organisations'
  return (
    <>
      {viewer.applications.length > 0 ? (
        <ul class="app-list">
          {viewer.applications.map((application) => (
            <li>
              <a class="app-link" href={localHref(ctx, `/calls/applications/${application.id}`)}>
                {application.reference
                  ? t('calls.apply.yours', { reference: application.reference })
                  : t('calls.apply.yourDraft')}
              </a>{' '}
              ({t(`calls.application.status.${application.status}`)})
            </li>
          ))}
        </ul>
      ) : null}
      {forOrganisations && viewer.organisations.length === 0 && !forIndividuals ? (
        <p class="app-body">{t('calls.apply.noOrganisation')}</p>
      ) : (
        <form method="post" action={`${path}/apply`} novalidate>
          {forOrganisations && viewer.organisations.length > 0 ? (
            <ActingOrganisationSelect
              t={t}
              organisations={viewer.organisations}
              value={fieldValue(props.values, 'organisationId')}
              error={fieldError(props.errors, 'organisationId')}
            />
          ) : null}
          <Button>{t('calls.apply.start')}</Button>
        </form>
      )}
    </>
  )
}
