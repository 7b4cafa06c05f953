import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Table } from '../../../../platform/ui/table.js'
import type { CheckedRow } from '../check-rows.js'
import type { PracticeImport } from '../queries.js'

/** Every row of the uploaded file with its problems, or what would be created; nothing written yet. */
export function ImportPreviewPage({
  ctx,
  practiceImport,
  rows,
}: {
  ctx: PageContext
  practiceImport: PracticeImport
  rows: CheckedRow[]
}) {
  const { t } = ctx
  const withProblems = rows.filter((row) => row.problems.length > 0).length
  const title = t('practices.import.preview.title')
  return (
    <Layout
      ctx={ctx}
      title={withProblems > 0 ? `${t('ui.errorSummary.title')}: ${title}` : title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.import.title'), path: '/practices/import' },
        { label: title },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body-l">
        {t('practices.import.preview.summary', { file: practiceImport.fileName, count: rows.length })}
      </p>
      {withProblems > 0 ? (
        <NotificationBanner t={t} titleId="import-problems-title">
          <p class="app-notification-banner__heading">
            {t('practices.import.preview.problems', { count: withProblems })}
          </p>
          <p class="app-body">
            <a class="app-notification-banner__link" href={localHref(ctx, '/practices/import')}>
              {t('practices.import.preview.again')}
            </a>
          </p>
        </NotificationBanner>
      ) : (
        <form method="post" action={localHref(ctx, `/practices/import/${practiceImport.id}/start`)}>
          <p class="app-body">
            {t(
              practiceImport.publish
                ? 'practices.import.preview.readyPublished'
                : 'practices.import.preview.readyDrafts',
            )}
          </p>
          <Button>{t('practices.import.preview.start', { count: rows.length })}</Button>
        </form>
      )}
      <Table
        caption={t('practices.import.preview.caption')}
        captionSize="m"
        scrollableId="import-rows"
        head={[
          { text: t('practices.import.preview.row'), numeric: true },
          t('practices.import.preview.titleColumn'),
          t('practices.import.preview.address'),
          t('practices.import.preview.problemsColumn'),
        ]}
        rows={rows.map((row) => [
          row.rowNumber,
          row.title,
          { text: <code>{row.slug}</code> },
          {
            text:
              row.problems.length === 0 ? (
                t('practices.import.preview.ok')
              ) : (
                <ul class="app-list">
                  {row.problems.map((problem) => (
                    <li>
                      {t('practices.import.preview.problem', { field: problem.field || '—', message: problem.message })}
                    </li>
                  ))}
                </ul>
              ),
          },
        ])}
      />
    </Layout>
  )
}
