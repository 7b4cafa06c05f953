import type { FormError } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Pagination } from '../../../platform/ui/pagination.js'
import { Table } from '../../../platform/ui/table.js'
import { Tag } from '../../../platform/ui/tag.js'
import type { DashboardPage as Dashboard, DashboardSummary } from '../dashboard.js'
import { criteriaOf } from '../scoring.js'
import { callState } from '../state.js'
import { type Call, ROUNDS } from '../tables.js'
import { StateTag } from './call-bits.js'

/**
 * The editors' evaluation dashboard, one round at a time: the applications that reached it ranked by
 * that round's scores (a page at a time), its panel, its actions, and the exports.
 */
export function DashboardPage(props: {
  ctx: PageContext
  call: Call
  dashboard: Dashboard
  summary: DashboardSummary
  pool: { id: string; name: string }[]
  /** The panel of the round shown. */
  panel: string[]
  notice?: string
  errors?: FormError[]
}) {
  const { ctx, call, summary } = props
  const { round, rows } = props.dashboard
  const { t } = ctx
  const base = localHref(ctx, `/calls/${call.slug}/applications`)
  const title = t('calls.dashboard.title', { title: call.title })
  const state = callState(call, ctx.now)
  const next = ROUNDS[ROUNDS.indexOf(round) + 1]
  const criteria = criteriaOf(call, round)
  const roundQuery = `?round=${round}`
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
        <li>{t('calls.dashboard.submitted', { count: summary.submitted })}</li>
        <li>{t('calls.dashboard.selected', { count: summary.selected, quota: call.quota ?? '—' })}</li>
      </ul>
      <nav aria-label={t('calls.dashboard.rounds')}>
        <ul class="app-list">
          {ROUNDS.map((item) => {
            const label = t('calls.dashboard.roundCount', {
              round: t(`calls.round.${item}`),
              count: summary.inRound[item],
            })
            return (
              <li>
                {item === round ? (
                  <strong aria-current="page">{label}</strong>
                ) : (
                  <a class="app-link" href={`${base}?round=${item}`}>
                    {label}
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      </nav>
      <h2 class="app-heading-l">{t(`calls.round.${round}`)}</h2>
      <p class="app-body">{t('calls.dashboard.roundIntro')}</p>
      <ul class="app-list">
        <li>{t('calls.dashboard.progress', { done: summary.done, due: summary.due, late: summary.late })}</li>
        <li>
          {criteria.length > 0
            ? t('calls.dashboard.criteria', { names: criteria.map((criterion) => criterion.name).join(', ') })
            : t('calls.dashboard.noCriteria')}{' '}
          <a class="app-link" href={localHref(ctx, `/calls/${call.slug}/edit#criteria-rounds-hint`)}>
            {t('calls.dashboard.editCriteria')}
          </a>
        </li>
      </ul>
      <h3 class="app-heading-m">{t('calls.dashboard.actions')}</h3>
      <form method="post" action={`${base}/actions`}>
        <input type="hidden" name="round" value={round} />
        <ButtonGroup>
          {next ? (
            <Button variant="secondary" name="action" value="forward-all">
              {t('calls.dashboard.forwardAll', { round: t(`calls.round.${next}`) })}
            </Button>
          ) : null}
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
      {call.kind === 'award' ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/calls/${call.slug}/awards`)}>
            {t('calls.awards.editor.link')}
          </a>
        </p>
      ) : null}
      <p class="app-body">
        <a class="app-link" href={`${base}.csv${roundQuery}`}>
          {t('calls.dashboard.exportCsv')}
        </a>
        {' · '}
        <a class="app-link" href={`${base}.xlsx${roundQuery}`}>
          {t('calls.dashboard.exportXlsx')}
        </a>
        {' · '}
        <a class="app-link" href={`${base}/scores.csv${roundQuery}`}>
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
      <Pagination
        t={t}
        current={props.dashboard.page}
        total={props.dashboard.pageCount}
        path={base}
        query={{ round }}
      />
      <h3 class="app-heading-m">{t('calls.panel.heading', { round: t(`calls.round.${round}`) })}</h3>
      {props.pool.length === 0 ? (
        <p class="app-body">{t('calls.panel.empty')}</p>
      ) : (
        <form method="post" action={`${base}/panel`}>
          <input type="hidden" name="round" value={round} />
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
