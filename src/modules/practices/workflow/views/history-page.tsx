import { formatDateTime } from '../../../../platform/i18n/format.js'
import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { Table } from '../../../../platform/ui/table.js'
import type { PracticeRevision } from '../revisions.js'

/** Every change to a practice, newest first, and a form to compare any two revisions. */
export function HistoryPage({
  ctx,
  practice,
  revisions,
}: {
  ctx: PageContext
  practice: { slug: string; title: string }
  revisions: PracticeRevision[]
}) {
  const { t, locale } = ctx
  const title = t('practices.workflow.history.heading', { title: practice.title })
  const base = `/practices/${practice.slug}`
  const options = revisions.map((revision) => ({
    value: String(revision.number),
    text: t('practices.workflow.history.option', {
      number: revision.number,
      action: t(`practices.workflow.action.${revision.action}`),
    }),
  }))
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.workflow.queue.title'), path: '/practices/review' },
        { label: practice.title, path: `${base}/review` },
        { label: t('practices.workflow.history.title') },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      {revisions.length > 1 ? (
        <form method="get" action={localHref(ctx, `${base}/compare`)}>
          <div class="app-grid-row">
            <div class="app-grid-column-one-third">
              <Select
                t={t}
                name="from"
                label={t('practices.workflow.compare.from')}
                options={options}
                value={String(revisions[1]!.number)}
              />
            </div>
            <div class="app-grid-column-one-third">
              <Select
                t={t}
                name="to"
                label={t('practices.workflow.compare.to')}
                options={options}
                value={String(revisions[0]!.number)}
              />
            </div>
          </div>
          <Button variant="secondary">{t('practices.workflow.compare.submit')}</Button>
        </form>
      ) : null}
      <Table
        caption={t('practices.workflow.history.caption')}
        captionSize="m"
        head={[
          { text: t('practices.workflow.history.number'), numeric: true },
          t('practices.workflow.history.change'),
          t('practices.workflow.history.author'),
          t('practices.workflow.history.when'),
          t('practices.workflow.history.comment'),
        ]}
        rows={revisions.map((revision) => [
          { text: String(revision.number), numeric: true },
          {
            text:
              revision.number > 1 ? (
                <a
                  class="app-link"
                  href={localHref(ctx, `${base}/compare?from=${revision.number - 1}&to=${revision.number}`)}
                >
                  {t(`practices.workflow.action.${revision.action}`)}
                </a>
              ) : (
                t(`practices.workflow.action.${revision.action}`)
              ),
          },
          revision.authorName,
          formatDateTime(locale, revision.createdAt, ctx.timeZone),
          revision.comment ?? '',
        ])}
      />
    </Layout>
  )
}
