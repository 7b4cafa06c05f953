import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { languageName, languageOptions } from '../../../accounts/index.js'
import { TRANSLATED_SECTIONS } from '../../practice-fields.js'

export interface TranslationPageProps {
  ctx: PageContext
  practice: { slug: string; title: string; language: string }
  revision: number
  /** The language being translated into; absent until chosen. */
  language?: string
  /** Whether a translation into `language` exists already (it can then be removed). */
  exists: boolean
  values?: FormValues
  errors?: FormError[]
  notice?: string
}

/** Adds or edits the practice's texts in another language; visitors reading in it then see them. */
export function TranslationPage(props: TranslationPageProps) {
  const { ctx, practice, language, values, errors } = props
  const { t, locale } = ctx
  const title = language
    ? t('practices.workflow.translation.titleIn', { language: languageName(language, locale), title: practice.title })
    : t('practices.workflow.translation.title', { title: practice.title })
  const base = `/practices/${practice.slug}`
  const action = localHref(ctx, `${base}/translation`)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.workflow.mine.title'), path: '/practices/mine' },
        { label: practice.title, path: `${base}/edit` },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {props.notice ? <NotificationBanner t={t} type="success" heading={props.notice} /> : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">
            {t('practices.workflow.translation.lead', { original: languageName(practice.language, locale) })}
          </p>
          <form method="get" action={action}>
            <Select
              t={t}
              name="language"
              label={t('practices.workflow.translation.language')}
              labelSize="m"
              options={[
                { value: '', text: t('practices.workflow.choose') },
                ...languageOptions(locale).filter((option) => option.value !== practice.language),
              ]}
              value={language ?? fieldValue(values, 'language')}
              error={fieldError(errors, 'language')}
            />
            <Button variant="secondary">{t('practices.workflow.translation.choose')}</Button>
          </form>
          {language ? (
            <form method="post" action={action} novalidate>
              <input type="hidden" name="language" value={language} />
              <input type="hidden" name="revision" value={String(props.revision)} />
              <TextInput
                t={t}
                name="title"
                label={t('practices.workflow.field.title')}
                labelSize="m"
                value={fieldValue(values, 'title')}
                error={fieldError(errors, 'title')}
              />
              <Textarea
                t={t}
                name="summary"
                rows={4}
                label={t('practices.workflow.field.summary')}
                labelSize="m"
                value={fieldValue(values, 'summary')}
                error={fieldError(errors, 'summary')}
              />
              {TRANSLATED_SECTIONS.map((section) => (
                <Textarea
                  t={t}
                  name={section}
                  rows={6}
                  label={t(`practices.page.${section}`)}
                  labelSize="m"
                  value={fieldValue(values, section)}
                  error={fieldError(errors, section)}
                />
              ))}
              <ButtonGroup>
                <Button>{t('practices.workflow.translation.save')}</Button>
                <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                  {t('practices.workflow.translation.back')}
                </a>
              </ButtonGroup>
            </form>
          ) : null}
          {language && props.exists ? (
            <form method="post" action={`${action}/remove`} novalidate>
              <input type="hidden" name="language" value={language} />
              <Button variant="warning">
                {t('practices.workflow.translation.remove', { language: languageName(language, locale) })}
              </Button>
            </form>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
