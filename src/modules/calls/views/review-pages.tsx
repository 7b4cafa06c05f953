import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Table } from '../../../platform/ui/table.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { AnswersSummary, type QuestionnaireResponse, type QuestionnaireVersion } from '../../questionnaires/index.js'
import { criteriaOf } from '../scoring.js'
import { type Call, type CallApplication, type CallReview, RECOMMENDATIONS } from '../tables.js'

/** An expert's assignments: what to review, by when, and what is done. */
export function MyReviewsPage(props: {
  ctx: PageContext
  rows: { review: CallReview; application: CallApplication; call: Call }[]
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <Layout
      ctx={ctx}
      title={t('calls.reviews.title')}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: t('calls.reviews.title') },
      ]}
    >
      <h1 class="app-heading-xl">{t('calls.reviews.title')}</h1>
      {props.rows.length === 0 ? (
        <p class="app-body">{t('calls.reviews.empty')}</p>
      ) : (
        <Table
          caption={t('calls.reviews.caption')}
          captionSize="m"
          head={[
            t('calls.export.reference'),
            t('calls.reviews.call'),
            t('calls.reviews.due'),
            t('calls.export.status'),
          ]}
          rows={props.rows.map(({ review, application, call }) => [
            {
              text: (
                <a class="app-link" href={localHref(ctx, `/calls/reviews/${review.id}`)}>
                  {application.reference ?? '—'}
                </a>
              ),
            },
            call.title,
            review.dueAt ? formatDateTime(ctx.locale, review.dueAt, call.timeZone) : '—',
            t(`calls.review.status.${review.status}`),
          ])}
        />
      )}
    </Layout>
  )
}

/**
 * One application as its expert reads it — never the applicant's name or organisation on a blind
 * call — with the scoring form and the conflict declaration.
 */
export function ReviewPage(props: {
  ctx: PageContext
  call: Call
  application: CallApplication
  review: CallReview
  response: QuestionnaireResponse
  version: QuestionnaireVersion
  applicantLabel: string | null
  fileLinks: { href: string; name: string }[]
  values?: FormValues
  errors?: FormError[]
  notice?: 'saved' | 'submitted'
}) {
  const { ctx, call, review } = props
  const { t } = ctx
  const action = localHref(ctx, `/calls/reviews/${review.id}`)
  const heading = t('calls.review.title', { reference: props.application.reference ?? '' })
  const value = (name: string, stored: string | undefined) => (props.values ? fieldValue(props.values, name) : stored)
  const final = review.status === 'submitted'
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, heading, props.errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.reviews.title'), path: '/calls/reviews' },
        { label: heading },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {props.errors && props.errors.length > 0 ? <ErrorSummary t={t} errors={props.errors} /> : null}
          {props.notice ? (
            <NotificationBanner t={t} type="success">
              <p class="app-body">{t(`calls.review.${props.notice}`)}</p>
            </NotificationBanner>
          ) : null}
          <span class="app-caption-m">{call.title}</span>
          <h1 class="app-heading-xl">{heading}</h1>
          <p class="app-body">{props.applicantLabel ?? t('calls.review.blind')}</p>
          <AnswersSummary t={t} locale={ctx.locale} version={props.version} answers={props.response.answers} />
          {props.fileLinks.length > 0 ? (
            <ul class="app-list">
              {props.fileLinks.map((file) => (
                <li>
                  <a class="app-link" href={file.href}>
                    {file.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <h2 class="app-heading-l">{t('calls.review.scoring')}</h2>
          <form method="post" action={action} novalidate>
            {criteriaOf(call, review.round).map((criterion) => (
              <Radios
                t={t}
                inline
                name={`score-${criterion.id}`}
                legend={`${criterion.name} (×${criterion.weight})`}
                hint={criterion.description}
                items={Array.from({ length: criterion.scaleMax + 1 }, (_, score) => ({
                  value: String(score),
                  text: String(score),
                  disabled: final,
                }))}
                value={value(`score-${criterion.id}`, review.scores[criterion.id]?.toString())}
                error={fieldError(props.errors, `score-${criterion.id}`)}
              />
            ))}
            <Textarea
              t={t}
              name="comment"
              label={t('calls.review.comment')}
              rows={6}
              value={value('comment', review.comment)}
              error={fieldError(props.errors, 'comment')}
            />
            <Radios
              t={t}
              name="recommendation"
              legend={t('calls.review.recommendation')}
              items={RECOMMENDATIONS.map((recommendation) => ({
                value: recommendation,
                text: t(`calls.recommendation.${recommendation}`),
                disabled: final,
              }))}
              value={value('recommendation', review.recommendation ?? undefined)}
              error={fieldError(props.errors, 'recommendation')}
            />
            {final ? (
              <p class="app-body">{t('calls.review.final')}</p>
            ) : (
              <ButtonGroup>
                <Button name="intent" value="submit">
                  {t('calls.review.submit')}
                </Button>
                <Button variant="secondary" name="intent" value="save">
                  {t('calls.review.save')}
                </Button>
              </ButtonGroup>
            )}
          </form>
          {final ? null : (
            <form method="post" action={`${action}/conflict`}>
              <h2 class="app-heading-m">{t('calls.review.conflictHeading')}</h2>
              <p class="app-body">{t('calls.review.conflictLead')}</p>
              <Button variant="warning">{t('calls.review.conflict')}</Button>
            </form>
          )}
        </div>
      </div>
    </Layout>
  )
}
