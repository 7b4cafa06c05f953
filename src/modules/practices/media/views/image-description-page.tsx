import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { languageOptions } from '../../../accounts/index.js'
import { contentLang } from '../../../programmes/views/content-lang.js'
import type { MediaPractice, PracticeImage } from '../queries.js'
import { practiceImagePath } from './practice-media-sections.js'

/** Changing an image's alt text, credit and the language of its alt text. */
export function ImageDescriptionPage(props: {
  ctx: PageContext
  practice: MediaPractice
  image: PracticeImage
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, practice, image, errors } = props
  const { t } = ctx
  const values = props.values ?? { alt: image.alt, credit: image.credit, altLanguage: image.altLanguage }
  const mediaPath = `/practices/${practice.slug}/media`
  const title = t('practices.media.editImage.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: practice.title, path: `/practices/${practice.slug}` },
        { label: t('practices.media.title'), path: mediaPath },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <img
            class="app-media-item__image app-u-margin-bottom-6"
            src={localHref(ctx, practiceImagePath(practice.slug, image.id))}
            alt={image.alt}
            lang={contentLang(ctx, image.altLanguage)}
          />
          <form method="post" novalidate>
            <TextInput
              t={t}
              name="alt"
              label={t('practices.media.alt.label')}
              labelSize="s"
              hint={t('practices.media.alt.hint')}
              value={fieldValue(values, 'alt')}
              error={fieldError(errors, 'alt')}
            />
            <TextInput
              t={t}
              name="credit"
              label={t('practices.media.credit.label')}
              labelSize="s"
              hint={t('practices.media.credit.hint')}
              value={fieldValue(values, 'credit')}
              error={fieldError(errors, 'credit')}
            />
            <Select
              t={t}
              name="altLanguage"
              label={t('practices.media.altLanguage.label')}
              labelSize="s"
              options={languageOptions(ctx.locale)}
              value={fieldValue(values, 'altLanguage')}
              error={fieldError(errors, 'altLanguage')}
            />
            <ButtonGroup>
              <Button>{t('practices.media.editImage.submit')}</Button>
              <a class="app-link" href={localHref(ctx, mediaPath)}>
                {t('practices.media.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
