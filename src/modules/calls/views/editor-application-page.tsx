import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Select } from '../../../platform/ui/select.js'
import { Table } from '../../../platform/ui/table.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { AnswersSummary, type QuestionnaireResponse, type QuestionnaireVersion } from '../../questionnaires/index.js'
import type { DashboardRow } from '../dashboard.js'
import { criteriaOf } from '../scoring.js'
import { type Call, type CallReview, DECISIONS, ROUNDS } from '../tables.js'

/** One application for editors: answers, reviews, assignment by hand, forwarding and the decision. */
export function EditorApplicationPage(props: {
  ctx: PageContext
  call: Call
  /** The application as the dashboard shows it in its current round. */
  row: DashboardRow
  /** Its reviews in every round. */
  reviews: CallReview[]
  response: QuestionnaireResponse
  version: QuestionnaireVersion
  experts: { id: string; name: string }[]
  /** The panel of the application's current round: who may be assigned by hand. */
  assignable: string[]
  conflicted: Set<string>
  /** The draft visit a selected host city's application became, once outcomes were released. */
  madeActivity?: { slug: string; title: string; status: 'draft' | 'published' }
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, call, row } = props
  const { t } = ctx
  const { application } = row
  const base = localHref(ctx, `/calls/${call.slug}/applications/${application.id}`)
  const heading = t('calls.application.submittedTitle', { reference: application.reference ?? '' })
  const name = (id: string) => props.experts.find((expert) => expert.id === id)?.name ?? id
  const assignable = props.experts.filter(
    (expert) =>
      props.assignable.includes(expert.id) &&
      !props.conflicted.has(expert.id) &&
      !row.reviews.some((review) => review.expertId === expert.id),
  )
  const rounds = ROUNDS.filter(
    (round) => round === application.round || props.reviews.some((review) => review.round === round),
  )
  const late = (review: CallReview) => review.status !== 'submitted' && review.dueAt !== null && review.dueAt < ctx.now
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, heading, props.errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: call.title, path: `/calls/${call.slug}` },
        { label: t('calls.manage.applications'), path: `/calls/${call.slug}/applications` },
        { label: heading },
      ]}
    >
      {props.errors && props.errors.length > 0 ? <ErrorSummary t={t} errors={props.errors} /> : null}
      <h1 class="app-heading-xl">{heading}</h1>
      <p class="app-body">
        {row.organisationName ?? '—'} · {application.country ?? ''} · {t(`calls.round.${application.round}`)}
      </p>
      {rounds.map((round) => {
        const criteria = criteriaOf(call, round)
        return (
          <Table
            caption={`${t('calls.dashboard.reviews')}: ${t(`calls.round.${round}`)}`}
            captionSize="m"
            head={[
              t('calls.export.expert'),
              t('calls.export.status'),
              ...criteria.map((criterion) => criterion.name),
              t('calls.export.total'),
              t('calls.export.recommendation'),
              t('calls.export.comment'),
              '',
            ]}
            rows={props.reviews
              .filter((review) => review.round === round)
              .map((review) => [
                name(review.expertId),
                late(review) ? t('calls.review.status.late') : t(`calls.review.status.${review.status}`),
                ...criteria.map((criterion) => review.scores[criterion.id] ?? '—'),
                review.total ?? '—',
                review.recommendation ? t(`calls.recommendation.${review.recommendation}`) : '—',
                review.comment,
                {
                  text:
                    review.status === 'assigned' ? (
                      <form method="post" action={`${base}/unassign`}>
                        <input type="hidden" name="reviewId" value={review.id} />
                        <Button variant="secondary">{t('calls.assign.remove', { name: name(review.expertId) })}</Button>
                      </form>
                    ) : (
                      ''
                    ),
                },
              ])}
          />
        )
      })}
      {assignable.length > 0 ? (
        <form method="post" action={`${base}/assign`}>
          <Select
            t={t}
            name="expertId"
            label={t('calls.assign.label')}
            options={assignable.map((expert) => ({ value: expert.id, text: expert.name }))}
            value={fieldValue(props.values, 'expertId')}
            error={fieldError(props.errors, 'expertId')}
          />
          <Button variant="secondary">{t('calls.assign.submit')}</Button>
        </form>
      ) : null}
      <form method="post" action={`${base}/forward`}>
        <Radios
          t={t}
          inline
          name="round"
          legend={t('calls.forward.legend')}
          items={ROUNDS.map((round) => ({ value: round, text: t(`calls.round.${round}`) }))}
          value={application.round}
        />
        <Button variant="secondary">{t('calls.forward.submit')}</Button>
      </form>
      <form method="post" action={`${base}/decide`} novalidate>
        <Radios
          t={t}
          name="decision"
          legend={t('calls.decide.legend')}
          items={DECISIONS.map((decision) => ({ value: decision, text: t(`calls.decision.${decision}`) }))}
          value={fieldValue(props.values, 'decision') ?? application.decision ?? undefined}
          error={fieldError(props.errors, 'decision')}
        />
        <Textarea
          t={t}
          name="reason"
          label={t('calls.decide.reason')}
          hint={t('calls.decide.reasonHint')}
          rows={3}
          value={fieldValue(props.values, 'reason') ?? application.decisionReason}
          error={fieldError(props.errors, 'reason')}
        />
        <Button>{t('calls.decide.submit')}</Button>
      </form>
      {props.madeActivity ? (
        <p class="app-body">
          {t(props.madeActivity.status === 'draft' ? 'calls.after.draftActivity' : 'calls.after.activity')}{' '}
          <a class="app-link" href={localHref(ctx, `/activities/${props.madeActivity.slug}`)}>
            {props.madeActivity.title}
          </a>
        </p>
      ) : null}
      <h2 class="app-heading-l">{t('calls.decide.answers')}</h2>
      <AnswersSummary t={t} locale={ctx.locale} version={props.version} answers={props.response.answers} />
    </Layout>
  )
}
