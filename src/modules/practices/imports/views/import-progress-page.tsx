import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import type { PracticeImport } from '../queries.js'

/**
 * A running import's progress bar (updated by the script, or by the refresh link without it), then
 * its report: the practices created, or why nothing was.
 */
export function ImportProgressPage({
  ctx,
  practiceImport,
  done,
  created,
}: {
  ctx: PageContext
  practiceImport: PracticeImport
  done: number
  created: { slug: string; title: string; publicationStatus: string }[]
}) {
  const { t } = ctx
  const path = localHref(ctx, `/practices/import/${practiceImport.id}`)
  const finished = practiceImport.state === 'succeeded' || practiceImport.state === 'failed'
  const title = t(
    practiceImport.state === 'succeeded'
      ? 'practices.import.report.title'
      : practiceImport.state === 'failed'
        ? 'practices.import.failed.title'
        : 'practices.import.progress.title',
  )
  const error = practiceImport.error
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.import.title'), path: '/practices/import' },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {practiceImport.state === 'succeeded' ? (
            <NotificationBanner
              t={t}
              type="success"
              heading={t('practices.import.report.heading', { count: practiceImport.createdPracticeIds.length })}
            />
          ) : null}
          <h1 class="app-heading-xl">{title}</h1>
          {!finished ? (
            <div
              data-module="app-import-progress"
              data-progress-url={`${path}/progress.json`}
              data-count-template={t('practices.import.progress.count', { done: '{done}', total: '{total}' })}
            >
              <p class="app-body" id="import-progress-label">
                {t('practices.import.progress.label')}
              </p>
              <progress
                class="app-progress"
                id="import-progress"
                max={Math.max(practiceImport.total, 1)}
                value={done}
                aria-labelledby="import-progress-label"
              >
                {t('practices.import.progress.count', { done, total: practiceImport.total })}
              </progress>
              <p class="app-body" role="status" data-progress-count="">
                {t('practices.import.progress.count', { done, total: practiceImport.total })}
              </p>
              <p class="app-body">{t('practices.import.progress.note')}</p>
              <p class="app-body">
                <a class="app-link" href={path}>
                  {t('practices.import.progress.refresh')}
                </a>
              </p>
            </div>
          ) : null}
          {practiceImport.state === 'failed' ? (
            <div class="app-error-summary">
              <h2 class="app-error-summary__title">{t('practices.import.failed.body')}</h2>
              <p class="app-body">{t(`practices.import.error.${error?.key ?? 'unexpected'}`, error?.values ?? {})}</p>
            </div>
          ) : null}
          {practiceImport.state === 'succeeded' ? (
            <>
              <h2 class="app-heading-m">{t('practices.import.report.list')}</h2>
              <ul class="app-list app-list--bullet">
                {created.map((practice) => (
                  <li>
                    {/* A draft has no public page yet: its images and documents page is where it is worked on. */}
                    <a
                      class="app-link"
                      href={localHref(
                        ctx,
                        `/practices/${practice.slug}${practice.publicationStatus === 'draft' ? '/media' : ''}`,
                      )}
                    >
                      {practice.title}
                    </a>
                    {practice.publicationStatus === 'draft' ? ` (${t('practices.import.report.draft')})` : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {finished ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, '/practices/import')}>
                {t('practices.import.report.another')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
