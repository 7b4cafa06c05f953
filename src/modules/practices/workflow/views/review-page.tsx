import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList } from '../../../../platform/ui/summary-list.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { countryName, languageName } from '../../../accounts/index.js'
import { PRACTICE_SECTIONS } from '../../practice-fields.js'
import { stepAllowedFrom } from '../review-practice.js'
import type { PracticeRevision } from '../revisions.js'
import type { PracticeForWriting } from '../workflow-queries.js'
import { PublicationTag } from './publication-tag.js'

export interface ReviewPageProps {
  ctx: PageContext
  found: PracticeForWriting
  latest: PracticeRevision | undefined
  values?: FormValues
  errors?: FormError[]
  notice?: string
}

function StepForm({
  ctx,
  slug,
  revision,
  step,
  label,
  warning,
}: {
  ctx: PageContext
  slug: string
  revision: number
  step: string
  label: string
  warning?: boolean
}) {
  return (
    <form method="post" action={localHref(ctx, `/practices/${slug}/review`)} novalidate>
      <input type="hidden" name="revision" value={String(revision)} />
      <input type="hidden" name="step" value={step} />
      <Button variant={warning ? 'warning' : step === 'publish' ? 'primary' : 'secondary'}>{label}</Button>
    </form>
  )
}

/** An editor reads a practice as written and publishes it, sends it back, unpublishes or archives it. */
export function ReviewPage({ ctx, found, latest, values, errors, notice }: ReviewPageProps) {
  const { t, locale } = ctx
  const { practice, revision } = found
  const title = t('practices.workflow.review.title', { title: practice.title })
  const status = practice.publicationStatus
  const base = `/practices/${practice.slug}`
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.workflow.queue.title'), path: '/practices/review' },
        { label: practice.title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">
            <PublicationTag t={t} status={status} />
          </p>
          <ul class="app-list">
            <li>
              <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                {t('practices.workflow.review.edit')}
              </a>
            </li>
            <li>
              <a class="app-link" href={localHref(ctx, base)}>
                {t(status === 'published' ? 'practices.workflow.edit.view' : 'practices.workflow.edit.preview')}
              </a>
            </li>
            <li>
              <a class="app-link" href={localHref(ctx, `${base}/history`)}>
                {t('practices.workflow.history.title')}
              </a>
            </li>
          </ul>
          {latest?.action === 'changes-requested' && latest.comment ? (
            <>
              <h2 class="app-heading-m">{t('practices.workflow.review.lastRequest', { name: latest.authorName })}</h2>
              <blockquote class="app-inset-text">
                <p class="app-body">{latest.comment}</p>
              </blockquote>
            </>
          ) : null}
          <SummaryList
            rows={[
              { key: t('practices.workflow.column.organisation'), value: found.organisationName ?? '' },
              { key: t('practices.workflow.field.city'), value: practice.city },
              { key: t('practices.page.country'), value: countryName(practice.country, locale) },
              { key: t('practices.workflow.field.language'), value: languageName(practice.language, locale) },
              { key: t('practices.workflow.field.summary'), value: practice.summary },
            ]}
          />
          {PRACTICE_SECTIONS.map((section) =>
            practice[section].trim() ? (
              <>
                <h2 class="app-heading-m">{t(`practices.page.${section}`)}</h2>
                <div lang={practice.language}>
                  {practice[section].split(/\n\s*\n/).map((paragraph) => (
                    <p class="app-body">{paragraph}</p>
                  ))}
                </div>
              </>
            ) : null,
          )}
          <h2 class="app-heading-l">{t('practices.workflow.review.decide')}</h2>
          {stepAllowedFrom('publish', status) ? (
            <StepForm
              ctx={ctx}
              slug={practice.slug}
              revision={revision}
              step="publish"
              label={t('practices.workflow.step.publish')}
            />
          ) : null}
          {stepAllowedFrom('request-changes', status) ? (
            <form method="post" action={localHref(ctx, `${base}/review`)} novalidate>
              <input type="hidden" name="revision" value={String(revision)} />
              <input type="hidden" name="step" value="request-changes" />
              <Textarea
                t={t}
                name="comment"
                rows={5}
                label={t('practices.workflow.review.comment')}
                labelSize="m"
                hint={t('practices.workflow.review.commentHint')}
                value={fieldValue(values, 'comment')}
                error={fieldError(errors, 'comment')}
              />
              <Button variant="secondary">{t('practices.workflow.step.request-changes')}</Button>
            </form>
          ) : null}
          {stepAllowedFrom('unpublish', status) ? (
            <StepForm
              ctx={ctx}
              slug={practice.slug}
              revision={revision}
              step="unpublish"
              label={t('practices.workflow.step.unpublish')}
            />
          ) : null}
          {stepAllowedFrom('archive', status) ? (
            <StepForm
              ctx={ctx}
              slug={practice.slug}
              revision={revision}
              step="archive"
              label={t('practices.workflow.step.archive')}
              warning
            />
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
