import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import {
  AnswersSummary,
  answersAsText,
  type FileAnswer,
  needsMultipart,
  QuestionnaireFields,
  type QuestionnaireResponse,
  type QuestionnaireVersion,
} from '../../questionnaires/index.js'
import type { Call, CallApplication } from '../tables.js'
import { Deadline } from './call-bits.js'

export interface ApplicationView {
  call: Call
  application: CallApplication
  response: QuestionnaireResponse
  version: QuestionnaireVersion
  organisationName: string | null
}

function frame(
  ctx: PageContext,
  view: ApplicationView,
  heading: string,
  errors: FormError[] | undefined,
  children: unknown,
) {
  const { t } = ctx
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, heading, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: view.call.title, path: `/calls/${view.call.slug}` },
        { label: heading },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {errors && errors.length > 0 ? <ErrorSummary t={t} errors={errors} /> : null}
          <span class="app-caption-m">{view.call.title}</span>
          <h1 class="app-heading-xl">{heading}</h1>
          {children}
        </div>
      </div>
    </Layout>
  )
}

export type ApplicationNotice = 'saved' | 'stale' | 'closed' | 'submitted' | 'withdrawn' | 'reopened'

/** The draft's questions: save and come back, or save and check the answers before submitting. */
export function ApplicationFormPage(props: {
  ctx: PageContext
  view: ApplicationView
  organisations: { id: string; name: string }[]
  values?: FormValues
  errors?: FormError[]
  warnings?: FormError[]
  notice?: ApplicationNotice
}) {
  const { ctx, view } = props
  const { t } = ctx
  const action = localHref(ctx, `/calls/applications/${view.application.id}`)
  const problems = [...(props.errors ?? []), ...(props.warnings ?? [])]
  return frame(
    ctx,
    view,
    t('calls.application.formTitle'),
    problems,
    <>
      {props.notice === 'saved' ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{t('calls.application.saved')}</p>
        </NotificationBanner>
      ) : null}
      {props.notice === 'stale' ? (
        <NotificationBanner t={t}>
          <p class="app-body">{t('calls.application.stale')}</p>
        </NotificationBanner>
      ) : null}
      {props.notice === 'closed' ? (
        <NotificationBanner t={t}>
          <p class="app-body">{t('calls.application.closed')}</p>
        </NotificationBanner>
      ) : null}
      {view.application.reference ? (
        // Reopened after submitting: it counts again only once submitted again.
        <NotificationBanner t={t}>
          <p class="app-body">{t('calls.application.reopenedNotice', { reference: view.application.reference })}</p>
        </NotificationBanner>
      ) : null}
      <p class="app-body">
        {t('calls.application.deadline')} <Deadline ctx={ctx} call={view.call} />
      </p>
      {view.organisationName ? (
        <p class="app-body">{t('calls.application.for', { organisation: view.organisationName })}</p>
      ) : null}
      <form
        method="post"
        action={action}
        novalidate
        enctype={needsMultipart(view.version.content) ? 'multipart/form-data' : undefined}
        data-module="app-questionnaire"
      >
        <input type="hidden" name="revision" value={String(view.response.revision)} />
        <QuestionnaireFields
          t={t}
          locale={ctx.locale}
          version={view.version}
          values={props.values}
          answers={props.values ? undefined : view.response.answers}
          confirmed={view.response.confirmed}
          errors={props.errors}
          warnings={props.warnings}
          organisations={props.organisations}
        />
        <ButtonGroup>
          <Button name="next" value="check">
            {t('calls.application.saveAndCheck')}
          </Button>
          <Button variant="secondary" name="next" value="save">
            {t('calls.application.saveDraft')}
          </Button>
        </ButtonGroup>
      </form>
      <WithdrawForm ctx={ctx} view={view} />
    </>,
  )
}

function WithdrawForm({ ctx, view }: { ctx: PageContext; view: ApplicationView }) {
  return (
    <form method="post" action={localHref(ctx, `/calls/applications/${view.application.id}/withdraw`)}>
      <Button variant="warning">{ctx.t('calls.application.withdraw')}</Button>
    </form>
  )
}

/** "Check your answers", then submit; refused after the deadline with the answers kept to copy. */
export function CheckPage(props: { ctx: PageContext; view: ApplicationView; errors?: FormError[]; closed?: boolean }) {
  const { ctx, view } = props
  const { t } = ctx
  const base = localHref(ctx, `/calls/applications/${view.application.id}`)
  return frame(
    ctx,
    view,
    t('calls.check.title'),
    props.errors,
    <>
      {props.closed ? (
        <>
          <p class="app-body">{t('calls.application.closedCopy')}</p>
          <Textarea
            t={t}
            name="copy"
            label={t('calls.application.copyLabel')}
            rows={12}
            value={answersAsText(t, ctx.locale, view.version, view.response.answers)}
          />
        </>
      ) : null}
      <AnswersSummary
        t={t}
        locale={ctx.locale}
        version={view.version}
        answers={view.response.answers}
        changeHref={props.closed ? undefined : (id) => `${base}#${id}`}
      />
      {props.closed ? null : (
        <form method="post" action={`${base}/submit`} novalidate>
          <input type="hidden" name="revision" value={String(view.response.revision)} />
          <h2 class="app-heading-m">{t('calls.check.declarationHeading')}</h2>
          <p class="app-body">{t('calls.check.declaration')}</p>
          <Button>{t('calls.check.submit')}</Button>
        </form>
      )}
    </>,
  )
}

/** A submitted application as its applicant (or an editor) reads it: reference, answers, files. */
export function SubmittedPage(props: {
  ctx: PageContext
  view: ApplicationView
  notice?: ApplicationNotice
  errors?: FormError[]
  canWithdraw: boolean
  /** The call allows changes after submitting and the deadline has not passed. */
  canChange?: boolean
  fileHref: (questionId: string) => string
}) {
  const { ctx, view } = props
  const { t } = ctx
  const { application } = view
  const files = Object.entries(view.response.answers).filter(
    (entry): entry is [string, FileAnswer] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'storageKey' in (entry[1] as object),
  )
  const heading =
    application.status === 'withdrawn'
      ? t('calls.application.withdrawnTitle')
      : t('calls.application.submittedTitle', { reference: application.reference ?? '' })
  return frame(
    ctx,
    view,
    heading,
    props.errors,
    <>
      {props.notice === 'submitted' ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body-l">{t('calls.confirmation.reference')}</p>
          <p class="app-heading-l">
            <strong>{application.reference}</strong>
          </p>
          <p class="app-body">{t('calls.confirmation.mail')}</p>
        </NotificationBanner>
      ) : null}
      {props.notice === 'withdrawn' ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{t('calls.application.withdrawnDone')}</p>
        </NotificationBanner>
      ) : null}
      {application.submittedAt ? (
        <p class="app-body">
          {t('calls.application.submittedOn', {
            date: formatDateTime(ctx.locale, application.submittedAt, view.call.timeZone),
          })}
        </p>
      ) : null}
      {view.organisationName ? (
        <p class="app-body">{t('calls.application.for', { organisation: view.organisationName })}</p>
      ) : null}
      <AnswersSummary t={t} locale={ctx.locale} version={view.version} answers={view.response.answers} />
      {files.length > 0 ? (
        <>
          <h2 class="app-heading-m">{t('calls.application.files')}</h2>
          <ul class="app-list">
            {files.map(([questionId, file]) => (
              <li>
                <a class="app-link" href={props.fileHref(questionId)}>
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {props.canChange ? (
        <form method="post" action={localHref(ctx, `/calls/applications/${application.id}/reopen`)}>
          <h2 class="app-heading-m">{t('calls.application.changeHeading')}</h2>
          <p class="app-body">
            {t('calls.application.changeHint')} <Deadline ctx={ctx} call={view.call} />
          </p>
          <Button variant="secondary">{t('calls.application.change')}</Button>
        </form>
      ) : null}
      {props.canWithdraw ? <WithdrawForm ctx={ctx} view={view} /> : null}
    </>,
  )
}

export function MyApplicationsPage(props: { ctx: PageContext; rows: { application: CallApplication; call: Call }[] }) {
  const { ctx } = props
  const { t } = ctx
  return (
    <Layout
      ctx={ctx}
      title={t('calls.mine.title')}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: t('calls.mine.title') },
      ]}
    >
      <h1 class="app-heading-xl">{t('calls.mine.title')}</h1>
      {props.rows.length === 0 ? (
        <p class="app-body">{t('calls.mine.empty')}</p>
      ) : (
        <ul class="app-list">
          {props.rows.map(({ application, call }) => (
            <li>
              <a class="app-link" href={localHref(ctx, `/calls/applications/${application.id}`)}>
                {call.title}
              </a>
              {' — '}
              {application.reference ?? t('calls.apply.yourDraft')} ·{' '}
              {t(`calls.application.status.${application.status}`)}
              {application.outcomeSentAt && application.decision
                ? ` · ${t(`calls.decision.${application.decision}`)}`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
