import { type FormError, type FormValues, fieldError, fieldValues } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { FileInput } from '../../../../platform/ui/file-input.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import { IMPORT_COLUMNS } from '../parse-file.js'

const REQUIRED = new Set(['title', 'city', 'country', 'summary'])

/** Where an editor uploads a file of practices; the columns are documented below the form. */
export function ImportUploadPage({
  ctx,
  values,
  errors,
}: {
  ctx: PageContext
  values?: FormValues
  errors?: FormError[]
}) {
  const { t } = ctx
  const title = t('practices.import.title')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t('practices.import.lead')}</p>
          <form method="post" enctype="multipart/form-data" novalidate>
            <FileInput
              t={t}
              name="file"
              label={t('practices.import.file.label')}
              hint={t('practices.import.file.hint')}
              accept=".csv,.json,text/csv,application/json"
              error={fieldError(errors, 'file')}
            />
            <Checkboxes
              t={t}
              name="publish"
              legend={t('practices.import.publish.legend')}
              legendSize="s"
              items={[
                { value: 'yes', text: t('practices.import.publish.label'), hint: t('practices.import.publish.hint') },
              ]}
              values={fieldValues(values, 'publish')}
            />
            <Button>{t('practices.import.submit')}</Button>
          </form>
          <h2 class="app-heading-l app-u-margin-top-8">{t('practices.import.columns.heading')}</h2>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, '/practices/import/template.csv')} download="">
              {t('practices.import.template')}
            </a>
          </p>
        </div>
      </div>
      <Table
        caption={t('practices.import.columns.caption')}
        captionSize="s"
        scrollableId="import-columns"
        firstCellIsHeader
        head={[
          t('practices.import.columns.name'),
          t('practices.import.columns.required'),
          t('practices.import.columns.meaning'),
        ]}
        rows={IMPORT_COLUMNS.map((column) => [
          { text: <code>{column}</code> },
          REQUIRED.has(column) ? t('practices.import.columns.yes') : t('practices.import.columns.no'),
          t(`practices.import.column.${column}`),
        ])}
      />
      <p class="app-body">{t('practices.import.columns.json')}</p>
    </Layout>
  )
}
