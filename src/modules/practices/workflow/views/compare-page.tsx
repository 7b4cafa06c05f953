import { formatDateTime } from '../../../../platform/i18n/format.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { VisuallyHidden } from '../../../../platform/ui/visually-hidden.js'
import { languageName } from '../../../accounts/index.js'
import type { PracticeRevision } from '../revisions.js'
import { fieldLabel } from './field-label.js'
import type { FieldDiff } from './revision-diff.js'

/** What changed between two revisions, word by word; "added" and "removed" said in words too. */
export function ComparePage({
  ctx,
  practice,
  older,
  newer,
  diffs,
}: {
  ctx: PageContext
  practice: { slug: string; title: string }
  older: PracticeRevision
  newer: PracticeRevision
  diffs: FieldDiff[]
}) {
  const { t, locale } = ctx
  const title = t('practices.workflow.compare.title', { from: older.number, to: newer.number })
  const base = `/practices/${practice.slug}`
  const when = (revision: PracticeRevision) =>
    t('practices.workflow.compare.revision', {
      number: revision.number,
      name: revision.authorName,
      when: formatDateTime(locale, revision.createdAt, ctx.timeZone),
    })
  return (
    <Layout
      ctx={ctx}
      title={`${title}: ${practice.title}`}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.workflow.queue.title'), path: '/practices/review' },
        { label: practice.title, path: `${base}/review` },
        { label: t('practices.workflow.history.title'), path: `${base}/history` },
        { label: title },
      ]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <ul class="app-list">
        <li>{when(older)}</li>
        <li>{when(newer)}</li>
      </ul>
      {diffs.length === 0 ? <p class="app-body">{t('practices.workflow.compare.same')}</p> : null}
      {diffs.map((diff) => (
        <section>
          <h2 class="app-heading-m">
            {diff.language
              ? t('practices.workflow.compare.translated', {
                  field: fieldLabel(t, diff.field),
                  language: languageName(diff.language, locale),
                })
              : fieldLabel(t, diff.field)}
          </h2>
          <p class="app-body app-diff">
            {diff.parts.map((part) =>
              part.change === 'added' ? (
                <ins>
                  <VisuallyHidden>[{t('practices.workflow.compare.added')}: </VisuallyHidden>
                  {part.text}
                  <VisuallyHidden>]</VisuallyHidden>
                </ins>
              ) : part.change === 'removed' ? (
                <del>
                  <VisuallyHidden>[{t('practices.workflow.compare.removed')}: </VisuallyHidden>
                  {part.text}
                  <VisuallyHidden>]</VisuallyHidden>
                </del>
              ) : (
                part.text
              ),
            )}
          </p>
        </section>
      ))}
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, `${base}/history`)}>
          {t('practices.workflow.compare.back')}
        </a>
      </p>
    </Layout>
  )
}
