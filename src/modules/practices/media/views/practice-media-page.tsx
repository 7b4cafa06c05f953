import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { FileInput } from '../../../../platform/ui/file-input.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { VisuallyHidden } from '../../../../platform/ui/visually-hidden.js'
import { languageOptions } from '../../../accounts/index.js'
import { contentLang } from '../../../programmes/views/content-lang.js'
import { PRACTICE_DOCUMENT_TYPES, PRACTICE_IMAGE_TYPES } from '../forms.js'
import type { MediaPractice, PracticeMedia } from '../queries.js'
import { documentDetails, practiceDocumentPath, practiceImagePath } from './practice-media-sections.js'

export interface PracticeMediaPageProps {
  ctx: PageContext
  practice: MediaPractice
  media: PracticeMedia
  /** The form in error, if any: its values are shown again with its errors. */
  form?: { name: 'image' | 'document'; values: FormValues; errors: FormError[] }
  notice?: string
}

/** Where those who may edit a practice add, describe, order and remove its images and documents. */
export function PracticeMediaPage({ ctx, practice, media, form, notice }: PracticeMediaPageProps) {
  const { t, locale } = ctx
  const base = `/practices/${practice.slug}/media`
  const errors = form?.errors
  const imageValues = form?.name === 'image' ? form.values : undefined
  const imageErrors = form?.name === 'image' ? form.errors : undefined
  const documentValues = form?.name === 'document' ? form.values : undefined
  const documentErrors = form?.name === 'document' ? form.errors : undefined
  const languages = languageOptions(locale)
  const title = t('practices.media.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, `${title}: ${practice.title}`, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: practice.title, path: `/practices/${practice.slug}` },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {notice && !errors ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t('practices.media.lead', { title: practice.title })}</p>

          <h2 class="app-heading-l">{t('practices.media.images.heading')}</h2>
          {media.images.length === 0 ? <p class="app-body">{t('practices.media.images.none')}</p> : null}
          {media.images.map((image, index) => {
            const name = t('practices.media.images.name', { position: index + 1 })
            return (
              <div class="app-media-item">
                <img
                  class="app-media-item__image"
                  src={localHref(ctx, practiceImagePath(practice.slug, image.id))}
                  alt={image.alt}
                  lang={contentLang(ctx, image.altLanguage)}
                />
                <div class="app-media-item__body">
                  <p class="app-body" lang={contentLang(ctx, image.altLanguage)}>
                    {image.alt}
                  </p>
                  {image.credit ? (
                    <p class="app-body-s app-u-secondary-text">
                      {t('practices.media.credit', { credit: image.credit })}
                    </p>
                  ) : null}
                  <div class="app-media-item__actions">
                    <a class="app-link" href={localHref(ctx, `${base}/images/${image.id}`)}>
                      {t('practices.media.images.change')}
                      <VisuallyHidden> ({name})</VisuallyHidden>
                    </a>
                    {index > 0 ? (
                      <form method="post" action={localHref(ctx, `${base}/images/${image.id}/move`)}>
                        <input type="hidden" name="direction" value="up" />
                        <Button variant="secondary">
                          {t('practices.media.images.moveUp')}
                          <VisuallyHidden> ({name})</VisuallyHidden>
                        </Button>
                      </form>
                    ) : null}
                    {index < media.images.length - 1 ? (
                      <form method="post" action={localHref(ctx, `${base}/images/${image.id}/move`)}>
                        <input type="hidden" name="direction" value="down" />
                        <Button variant="secondary">
                          {t('practices.media.images.moveDown')}
                          <VisuallyHidden> ({name})</VisuallyHidden>
                        </Button>
                      </form>
                    ) : null}
                    <form method="post" action={localHref(ctx, `${base}/images/${image.id}/remove`)}>
                      <Button variant="warning">
                        {t('practices.media.remove')}
                        <VisuallyHidden> ({name})</VisuallyHidden>
                      </Button>
                    </form>
                  </div>
                </div>
              </div>
            )
          })}

          <form
            method="post"
            action={localHref(ctx, `${base}/images`)}
            enctype="multipart/form-data"
            novalidate
            class="app-u-margin-top-6"
          >
            <h3 class="app-heading-m">{t('practices.media.addImage.heading')}</h3>
            <FileInput
              t={t}
              name="image"
              label={t('practices.media.image.label')}
              hint={t('practices.media.image.hint')}
              accept={PRACTICE_IMAGE_TYPES.join(',')}
              error={fieldError(imageErrors, 'image')}
            />
            <TextInput
              t={t}
              name="alt"
              label={t('practices.media.alt.label')}
              labelSize="s"
              hint={t('practices.media.alt.hint')}
              value={fieldValue(imageValues, 'alt')}
              error={fieldError(imageErrors, 'alt')}
            />
            <TextInput
              t={t}
              name="credit"
              label={t('practices.media.credit.label')}
              labelSize="s"
              hint={t('practices.media.credit.hint')}
              value={fieldValue(imageValues, 'credit')}
              error={fieldError(imageErrors, 'credit')}
            />
            <Select
              t={t}
              name="altLanguage"
              label={t('practices.media.altLanguage.label')}
              labelSize="s"
              options={languages}
              value={fieldValue(imageValues, 'altLanguage') ?? practice.language}
              error={fieldError(imageErrors, 'altLanguage')}
            />
            <Button>{t('practices.media.addImage.submit')}</Button>
          </form>

          <h2 class="app-heading-l app-u-margin-top-8">{t('practices.media.documents.heading')}</h2>
          {media.documents.length === 0 ? (
            <p class="app-body">{t('practices.media.documents.none')}</p>
          ) : (
            <ul class="app-list">
              {media.documents.map((document) => (
                <li class="app-media-item">
                  <div class="app-media-item__body">
                    <a
                      class="app-link"
                      href={localHref(ctx, practiceDocumentPath(practice.slug, document.id))}
                      lang={contentLang(ctx, document.language)}
                    >
                      {document.title}
                    </a>{' '}
                    <span class="app-body-s app-u-secondary-text">({documentDetails(t, locale, document)})</span>
                  </div>
                  <form method="post" action={localHref(ctx, `${base}/documents/${document.id}/remove`)}>
                    <Button variant="warning">
                      {t('practices.media.remove')}
                      <VisuallyHidden> ({document.title})</VisuallyHidden>
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          )}

          <form method="post" action={localHref(ctx, `${base}/documents`)} enctype="multipart/form-data" novalidate>
            <h3 class="app-heading-m">{t('practices.media.addDocument.heading')}</h3>
            <FileInput
              t={t}
              name="document"
              label={t('practices.media.document.label')}
              hint={t('practices.media.document.hint')}
              accept={PRACTICE_DOCUMENT_TYPES.join(',')}
              error={fieldError(documentErrors, 'document')}
            />
            <TextInput
              t={t}
              name="documentTitle"
              label={t('practices.media.documentTitle.label')}
              labelSize="s"
              value={fieldValue(documentValues, 'documentTitle')}
              error={fieldError(documentErrors, 'documentTitle')}
            />
            <Select
              t={t}
              name="documentLanguage"
              label={t('practices.media.documentLanguage.label')}
              labelSize="s"
              options={languages}
              value={fieldValue(documentValues, 'documentLanguage') ?? practice.language}
              error={fieldError(documentErrors, 'documentLanguage')}
            />
            <Button>{t('practices.media.addDocument.submit')}</Button>
          </form>

          <p class="app-body app-u-margin-top-8">
            <a class="app-link" href={localHref(ctx, `/practices/${practice.slug}`)}>
              {t('practices.media.back')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  )
}
