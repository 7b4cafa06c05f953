import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { FileInput } from '../../../platform/ui/file-input.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { THEMES, themeLabelKey } from '../../accounts/index.js'
import { NEWS_KINDS } from '../tables.js'

/** Writing or editing a story or an announcement; publishing is a separate step on its page. */
export function NewsFormPage(props: {
  ctx: PageContext
  item?: { slug: string; title: string; hasImage: boolean }
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, item, values, errors } = props
  const { t } = ctx
  const title = item ? t('news.edit.title') : t('news.create.title')
  const input = (name: string, hint?: string) => (
    <TextInput
      t={t}
      name={name}
      label={t(`news.field.${name}`)}
      labelSize="s"
      hint={hint}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
  const area = (name: string, rows: number) => (
    <Textarea
      t={t}
      name={name}
      rows={rows}
      label={t(`news.field.${name}`)}
      labelSize="s"
      hint={t(`news.form.${name}.hint`)}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('news.list.title'), path: '/news' },
        ...(item ? [{ label: item.title, path: `/news/${item.slug}` }] : []),
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <form method="post" enctype="multipart/form-data" novalidate>
            <Radios
              t={t}
              name="kind"
              legend={t('news.field.kind')}
              legendSize="s"
              inline
              items={NEWS_KINDS.map((kind) => ({ value: kind, text: t(`news.kind.${kind}`) }))}
              value={fieldValue(values, 'kind')}
              error={fieldError(errors, 'kind')}
            />
            {input('title')}
            {input('slug', t('news.form.slug.hint'))}
            {area('lead', 3)}
            {area('body', 14)}
            <FileInput
              t={t}
              name="image"
              label={t('news.field.image')}
              hint={t(item?.hasImage ? 'news.form.image.hintReplace' : 'news.form.image.hint')}
              accept="image/png,image/jpeg,image/webp"
              error={fieldError(errors, 'image')}
            />
            {input('imageAlt', t('news.form.imageAlt.hint'))}
            <Checkboxes
              t={t}
              small
              name="themes"
              legend={t('news.field.themes')}
              legendSize="s"
              items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
              values={fieldValues(values, 'themes')}
              error={fieldError(errors, 'themes')}
            />
            {area('related', 4)}
            <ButtonGroup>
              <Button>{t('news.form.submit')}</Button>
              <a class="app-link" href={localHref(ctx, item ? `/news/${item.slug}` : '/news')}>
                {t('news.form.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
