import { type FormError, type FormValues, fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { FileInput } from '../../../platform/ui/file-input.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { RESOURCE_KINDS } from '../tables.js'

/** Adding a member resource to a method: a template (with its file), an example or a contact. */
export function ResourceFormPage(props: {
  ctx: PageContext
  method: { slug: string; name: string }
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, method, values, errors } = props
  const { t } = ctx
  const title = t('methods.resourceForm.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('methods.list.title'), path: '/methods' },
        { label: method.name, path: `/methods/${method.slug}` },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <span class="app-caption-m">{method.name}</span>
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{t('methods.resourceForm.lead')}</p>
          <form method="post" enctype="multipart/form-data" novalidate>
            <Radios
              t={t}
              name="kind"
              legend={t('methods.resourceForm.kind')}
              legendSize="s"
              items={RESOURCE_KINDS.map((kind) => ({ value: kind, text: t(`methods.resources.kind.${kind}`) }))}
              value={fieldValue(values, 'kind')}
              error={fieldError(errors, 'kind')}
            />
            <TextInput
              t={t}
              name="title"
              label={t('methods.resourceForm.resourceTitle')}
              labelSize="s"
              value={fieldValue(values, 'title')}
              error={fieldError(errors, 'title')}
            />
            <Textarea
              t={t}
              name="description"
              rows={4}
              label={t('methods.resourceForm.description')}
              labelSize="s"
              hint={t('methods.resourceForm.description.hint')}
              value={fieldValue(values, 'description')}
              error={fieldError(errors, 'description')}
            />
            <FileInput
              t={t}
              name="file"
              label={t('methods.resourceForm.file')}
              hint={t('methods.resourceForm.file.hint')}
              accept=".pdf,.docx,.xlsx,.pptx,.odt"
              error={fieldError(errors, 'file')}
            />
            <ButtonGroup>
              <Button>{t('methods.resourceForm.submit')}</Button>
              <a class="app-link" href={localHref(ctx, `/methods/${method.slug}`)}>
                {t('methods.form.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
