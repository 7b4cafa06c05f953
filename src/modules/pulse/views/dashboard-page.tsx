import type { FormError } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { countryName } from '../../accounts/index.js'
import { isOpen } from '../policy.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { formatValue } from './question-result.js'
import { surveyPath } from './survey-page.js'

export interface RateRow {
  key: string
  asked: number
  answered: number
}

export interface DashboardData {
  byCountry: RateRow[]
  byKind: RateRow[]
  participations: {
    organisationId: string
    name: string
    status: 'draft' | 'submitted'
    answeredBy: string | null
    consentToName: boolean
    reopenNote: string | null
  }[]
  outliers: { questionId: string; question: string; organisationId: string; name: string; value: number }[]
  exclusions: { questionId: string; organisationId: string; name: string; note: string }[]
  analysis: string
}

function RateTable({
  ctx,
  caption,
  rows,
  label,
}: {
  ctx: PageContext
  caption: string
  rows: RateRow[]
  label: (key: string) => string
}) {
  const { t } = ctx
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      head={[
        '',
        { text: t('pulse.dashboard.asked'), numeric: true },
        { text: t('pulse.dashboard.answered'), numeric: true },
        { text: t('pulse.dashboard.rate'), numeric: true },
      ]}
      rows={rows.map((row) => [
        label(row.key),
        { text: String(row.asked), numeric: true },
        { text: String(row.answered), numeric: true },
        { text: row.asked > 0 ? `${Math.round((row.answered / row.asked) * 100)}%` : '–', numeric: true },
      ])}
    />
  )
}

/** Editors follow a survey: response rates, responses, outliers to review, reminders, close, publish. */
export function DashboardPage(props: {
  ctx: PageContext
  survey: Survey
  data: DashboardData
  notice?: string
  errors?: FormError[]
}) {
  const { ctx, survey, data } = props
  const { t, locale } = ctx
  const base = localHref(ctx, `/pulse/admin/${survey.slug}`)
  const open = isOpen(survey, ctx.now)
  return (
    <PulseFrame
      ctx={ctx}
      title={t('pulse.dashboard.title', { title: survey.title })}
      trail={[{ label: t('pulse.admin.title'), path: '/pulse/admin' }]}
      notice={props.notice}
      errors={props.errors}
      sample={survey.isSample}
      indexable={false}
    >
      <ul class="app-list">
        <li>
          <a class="app-link" href={localHref(ctx, `/admin/questionnaires/${survey.questionnaireId}`)}>
            {t('pulse.dashboard.editQuestions')}
          </a>
        </li>
        <li>
          <a class="app-link" href={localHref(ctx, `/pulse/admin/${survey.slug}/settings`)}>
            {t('pulse.dashboard.editSettings')}
          </a>
        </li>
        <li>
          <a class="app-link" href={localHref(ctx, surveyPath(survey))}>
            {t('pulse.dashboard.surveyPage')}
          </a>
        </li>
      </ul>
      <h2 class="app-heading-l">{t('pulse.dashboard.rates')}</h2>
      <RateTable
        ctx={ctx}
        caption={t('pulse.dashboard.byCountry')}
        rows={data.byCountry}
        label={(key) => countryName(key, locale)}
      />
      <RateTable
        ctx={ctx}
        caption={t('pulse.dashboard.byKind')}
        rows={data.byKind}
        label={(key) => t(`pulse.kind.${key}`)}
      />
      <ButtonGroup>
        {open ? (
          <form method="post" action={`${base}/remind`}>
            <Button variant="secondary">{t('pulse.dashboard.remind')}</Button>
          </form>
        ) : null}
        {survey.closedAt === null ? (
          <form method="post" action={`${base}/close`}>
            <Button variant="warning">{t('pulse.dashboard.close')}</Button>
          </form>
        ) : null}
        {survey.publishedAt === null ? (
          <form method="post" action={`${base}/publish`}>
            <Button>{t('pulse.dashboard.publish')}</Button>
          </form>
        ) : null}
      </ButtonGroup>
      <h2 class="app-heading-l">{t('pulse.dashboard.responses')}</h2>
      {data.participations.length === 0 ? (
        <p class="app-body">{t('pulse.dashboard.noResponses')}</p>
      ) : (
        <Table
          caption={t('pulse.dashboard.responses')}
          captionSize="s"
          firstCellIsHeader
          scrollableId="responses"
          head={[
            t('pulse.dashboard.organisation'),
            t('pulse.dashboard.status'),
            t('pulse.dashboard.answeredBy'),
            t('pulse.dashboard.consent'),
            t('pulse.dashboard.reopen'),
          ]}
          rows={data.participations.map((row) => [
            row.name,
            t(`pulse.answer.status.${row.status}`),
            row.answeredBy ?? '–',
            row.consentToName ? t('pulse.results.yes') : t('pulse.results.no'),
            {
              text:
                row.status === 'submitted' && survey.publishedAt === null ? (
                  <form method="post" action={`${base}/reopen/${row.organisationId}`}>
                    <TextInput
                      t={t}
                      id={`note-${row.organisationId}`}
                      name="note"
                      label={t('pulse.dashboard.reopenNote')}
                    />
                    <Button variant="secondary">{t('pulse.dashboard.reopenButton')}</Button>
                  </form>
                ) : (
                  (row.reopenNote ?? '')
                ),
            },
          ])}
        />
      )}
      <h2 class="app-heading-l">{t('pulse.dashboard.outliers')}</h2>
      <p class="app-body">{t('pulse.dashboard.outliersLead')}</p>
      {data.outliers.length === 0 ? (
        <p class="app-body">{t('pulse.dashboard.noOutliers')}</p>
      ) : (
        <Table
          caption={t('pulse.dashboard.outliers')}
          captionSize="s"
          scrollableId="outliers"
          head={[
            t('pulse.dashboard.question'),
            t('pulse.dashboard.organisation'),
            { text: t('pulse.results.value'), numeric: true },
            t('pulse.dashboard.exclude'),
          ]}
          rows={data.outliers.map((row) => [
            row.question,
            row.name,
            { text: formatValue(ctx, row.value), numeric: true },
            {
              text: (
                <form method="post" action={`${base}/exclude/${row.organisationId}/${row.questionId}`}>
                  <TextInput
                    t={t}
                    id={`exclude-${row.organisationId}-${row.questionId}`}
                    name="note"
                    label={t('pulse.dashboard.excludeNote')}
                  />
                  <Button variant="secondary">{t('pulse.dashboard.excludeButton')}</Button>
                </form>
              ),
            },
          ])}
        />
      )}
      {data.exclusions.length > 0 ? (
        <Table
          caption={t('pulse.dashboard.exclusions')}
          captionSize="s"
          head={[t('pulse.dashboard.question'), t('pulse.dashboard.organisation'), t('pulse.dashboard.note'), '']}
          rows={data.exclusions.map((row) => [
            row.questionId,
            row.name,
            row.note,
            {
              text: (
                <form method="post" action={`${base}/include/${row.organisationId}/${row.questionId}`}>
                  <Button variant="secondary">{t('pulse.dashboard.includeButton')}</Button>
                </form>
              ),
            },
          ])}
        />
      ) : null}
      <h2 class="app-heading-l">{t('pulse.dashboard.monitor', { year: survey.year })}</h2>
      <form method="post" action={`${base}/monitor`} novalidate>
        <Textarea
          t={t}
          name="analysis"
          label={t('pulse.dashboard.analysis')}
          hint={t('pulse.form.description.hint')}
          rows={8}
          value={data.analysis}
        />
        <Button variant="secondary">{t('pulse.dashboard.saveAnalysis')}</Button>
      </form>
    </PulseFrame>
  )
}
