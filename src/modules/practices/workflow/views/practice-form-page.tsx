import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { type ActingOrganisation, ActingOrganisationSelect, languageName } from '../../../accounts/index.js'
import { type PublicationStatus, WRITABLE_BY_ORGANISATION } from '../../policy.js'
import { PracticeFormFields } from './practice-form-fields.js'
import { PublicationTag } from './publication-tag.js'

export interface EditedPractice {
  slug: string
  title: string
  publicationStatus: PublicationStatus
  revision: number
  organisationName: string | null
  translationLanguages: string[]
  /** The editor's latest request, shown while the practice waits for changes. */
  changeRequest: { comment: string; authorName: string } | null
}

export interface PracticeFormPageProps {
  ctx: PageContext
  /** Absent when proposing a new practice. */
  practice?: EditedPractice
  /** When proposing: the organisations the member may propose for. */
  organisations?: ActingOrganisation[]
  /** Editors get a link to the review page. */
  canReview?: boolean
  values?: FormValues
  errors?: FormError[]
  /** A confirmation after saving (Post/Redirect/Get). */
  notice?: string
  /** The revision the form is based on, when it differs from the practice's (after a concurrent edit). */
  formRevision?: number
}

/** "Propose a practice" and "Edit the practice": every field, save as a draft or submit for review. */
export function PracticeFormPage(props: PracticeFormPageProps) {
  const { ctx, practice, values, errors } = props
  const { t, locale } = ctx
  const title = practice
    ? t('practices.workflow.edit.title', { title: practice.title })
    : t('practices.workflow.new.title')
  const canSubmit = !practice || WRITABLE_BY_ORGANISATION.includes(practice.publicationStatus)
  const base = practice ? `/practices/${practice.slug}` : ''
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: t('practices.workflow.mine.title'), path: '/practices/mine' },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {props.notice ? <NotificationBanner t={t} type="success" heading={props.notice} /> : null}
          {practice?.changeRequest && practice.publicationStatus === 'changes-requested' ? (
            <NotificationBanner
              t={t}
              titleId="change-request-title"
              heading={t('practices.workflow.edit.changesRequested', { name: practice.changeRequest.authorName })}
            >
              <blockquote class="app-inset-text">
                {practice.changeRequest.comment.split(/\n+/).map((line) => (
                  <p class="app-body">{line}</p>
                ))}
              </blockquote>
            </NotificationBanner>
          ) : null}
          <h1 class="app-heading-xl">{title}</h1>
          {practice ? (
            <p class="app-body">
              <PublicationTag t={t} status={practice.publicationStatus} />{' '}
              {practice.organisationName
                ? t('practices.workflow.edit.for', { organisation: practice.organisationName })
                : null}
            </p>
          ) : (
            <p class="app-body">{t('practices.workflow.new.lead')}</p>
          )}
          {practice ? (
            <ul class="app-list">
              {practice.publicationStatus === 'published' ? (
                <li>
                  <a class="app-link" href={localHref(ctx, base)}>
                    {t('practices.workflow.edit.view')}
                  </a>
                </li>
              ) : (
                <li>
                  <a class="app-link" href={localHref(ctx, base)}>
                    {t('practices.workflow.edit.preview')}
                  </a>
                </li>
              )}
              <li>
                <a class="app-link" href={localHref(ctx, `${base}/media`)}>
                  {t('practices.workflow.edit.media')}
                </a>
              </li>
              {props.canReview ? (
                <li>
                  <a class="app-link" href={localHref(ctx, `${base}/review`)}>
                    {t('practices.workflow.review.link')}
                  </a>
                </li>
              ) : null}
            </ul>
          ) : null}
          <form method="post" novalidate>
            {practice ? (
              <input type="hidden" name="revision" value={String(props.formRevision ?? practice.revision)} />
            ) : (
              <ActingOrganisationSelect
                t={t}
                organisations={props.organisations ?? []}
                legend={t('practices.workflow.new.organisation')}
                value={fieldValue(values, 'organisationId')}
                error={fieldError(errors, 'organisationId')}
              />
            )}
            <PracticeFormFields ctx={ctx} values={values} errors={errors} />
            <ButtonGroup>
              {canSubmit ? (
                <>
                  <Button name="intent" value="submit">
                    {t('practices.workflow.submit')}
                  </Button>
                  <Button variant="secondary" name="intent" value="save">
                    {t('practices.workflow.saveDraft')}
                  </Button>
                </>
              ) : (
                <Button name="intent" value="save">
                  {t('practices.workflow.saveChanges')}
                </Button>
              )}
            </ButtonGroup>
          </form>
          {practice ? (
            <section aria-labelledby="translations-heading">
              <h2 class="app-heading-m" id="translations-heading">
                {t('practices.workflow.translations.heading')}
              </h2>
              <p class="app-body">{t('practices.workflow.translations.lead')}</p>
              {practice.translationLanguages.length > 0 ? (
                <ul class="app-list app-list--bullet">
                  {practice.translationLanguages.map((language) => (
                    <li>
                      <a class="app-link" href={localHref(ctx, `${base}/translation?language=${language}`)}>
                        {t('practices.workflow.translations.edit', { language: languageName(language, locale) })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p class="app-body">
                <a class="app-link" href={localHref(ctx, `${base}/translation`)}>
                  {t('practices.workflow.translations.add')}
                </a>
              </p>
            </section>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
