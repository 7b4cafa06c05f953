import type { FormError } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { Tag } from '../../../platform/ui/tag.js'
import type { DashboardRow } from '../dashboard.js'
import { callState } from '../state.js'
import type { Call } from '../tables.js'
import { StateTag } from './call-bits.js'

/** The editors' evaluation dashboard: panel, progress, ranking, actions and exports. */
export function DashboardPage(props: {
  ctx: PageContext
  call: Call
  rows: DashboardRow[]
  pool: { id: string; name: string }[]
  panel: string[]
  notice?: string
  errors?: FormError[]
}) {
  const { ctx, call, rows } = props
  const { t } = ctx
  const base = localHref(ctx, `/calls/${call.slug}/applications`)
  const title = t('calls.dashboard.title', { title: call.title })
  const submitted = rows.filter((row) => row.application.status === 'submitted')
  const done = submitted.reduce((sum, row) => sum + row.done, 0)
  const due = submitted.reduce((sum, row) => sum + row.due, 0)
  const late = submitted.reduce((sum, row) => sum + row.late, 0)
  const selected = submitted.filter((row) => row.application.decision === 'selected').length
  const state = callState(call, ctx.now)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, props.errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: call.title, path: `/calls/${call.slug}` },
        { label: t('calls.manage.applications') },
      ]}
    >
      {props.errors && props.errors.length > 0 ? <ErrorSummary t={t} errors={props.errors} /> : null}
      {props.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{t(`calls.dashboard.done.${props.notice}`)}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">
        <StateTag ctx={ctx} call={call} />
      </p>
      <ul class="app-list">
        <li>{t('calls.dashboard.submitted', { count: submitted.length })}</li>
        <li>{t('calls.dashboard.progress', { done, due, late })}</li>
        <li>{t('calls.dashboard.selected', { count: selected, quota: call.quota ?? '—' })}</li>
      </ul>
      <h2 class="app-heading-l">{t('calls.dashboard.actions')}</h2>
      <form method="post" action={`${base}/actions`}>
        <ButtonGroup>
          <Button variant="secondary" name="action" value="forward-all">
            {t('calls.dashboard.forwardAll')}
          </Button>
          <Button variant="secondary" name="action" value="assign">
            {t('calls.dashboard.assign')}
          </Button>
          <Button variant="secondary" name="action" value="remind">
            {t('calls.dashboard.remind')}
          </Button>
          {state !== 'decided' ? (
            <Button name="action" value="release">
              {t('calls.dashboard.release')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
      <p class="app-body">
        <a class="app-link" href={`${base}.csv`}>
          {t('calls.dashboard.exportCsv')}
        </a>
        {' · '}
        <a class="app-link" href={`${base}.xlsx`}>
          {t('calls.dashboard.exportXlsx')}
        </a>
        {' · '}
        <a class="app-link" href={`${base}/scores.csv`}>
          {t('calls.dashboard.exportScores')}
        </a>
      </p>
      <Table
        caption={t('calls.dashboard.ranking')}
        captionSize="m"
        scrollableId="ranking"
        head={[
          t('calls.export.reference'),
          t('calls.export.organisation'),
          t('calls.export.round'),
          t('calls.dashboard.reviews'),
          { text: t('calls.export.mean'), numeric: true },
          { text: t('calls.export.spread'), numeric: true },
          t('calls.export.decision'),
        ]}
        rows={rows.map((row) => [
          {
            text: (
              <a class="app-link" href={`${base}/${row.application.id}`}>
                {row.application.reference ?? '—'}
              </a>
            ),
          },
          row.organisationName ?? '—',
          row.application.status === 'withdrawn'
            ? t('calls.application.status.withdrawn')
            : t(`calls.round.${row.application.round}`),
          t('calls.dashboard.reviewCount', { done: row.done, due: row.due, late: row.late }),
          { text: row.mean ?? '—', numeric: true },
          {
            text: (
              <>
                {row.spread ?? '—'}
                {row.disagreement ? (
                  <>
                    {' '}
                    <Tag colour="orange">{t('calls.dashboard.disagreement')}</Tag>
                  </>
                ) : null}
              </>
            ),
            numeric: true,
          },
          row.application.decision ? t(`calls.decision.${row.application.decision}`) : '—',
        ])}
      />
      <h2 class="app-heading-l">{t('calls.panel.heading')}</h2>
      {props.pool.length === 0 ? (
        <p class="app-body">{t('calls.panel.empty')}</p>
      ) : (
        <form method="post" action={`${base}/panel`}>
          <Checkboxes
            t={t}
            name="experts"
            legend={t('calls.panel.legend')}
            hint={t('calls.panel.hint')}
            items={props.pool.map((expert) => ({ value: expert.id, text: expert.name }))}
            values={props.panel}
          />
          <Button variant="secondary">{t('calls.panel.save')}</Button>
        </form>
      )}
    </Layout>
  )
}
