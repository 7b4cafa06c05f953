import type { FormError } from '../../forms/form-state.js'
import { hasMessage } from '../../i18n/catalogue.js'
import { formatDateTime } from '../../i18n/format.js'
import { ErrorSummary, errorTitle } from '../../ui/error-summary.js'
import { FilterActions } from '../../ui/filter-actions.js'
import { Layout } from '../../ui/layout.js'
import { localHref, type PageContext } from '../../ui/page-context.js'
import { Pagination } from '../../ui/pagination.js'
import { Table } from '../../ui/table.js'
import { TextInput } from '../../ui/text-input.js'
import type { AuditFilterValues } from '../filter.js'
import type { AuditPage } from '../queries.js'
import { FORMER_MEMBER_LABEL } from '../record.js'
import type { AuditEvent } from '../tables.js'

export interface AuditLogPageProps {
  ctx: PageContext
  /** Path below the locale where the log is mounted, e.g. "/admin/audit". */
  basePath: string
  values: AuditFilterValues
  /** Absent when the filter had errors: then no list is shown, rather than one for another filter. */
  log?: AuditPage
  errors?: FormError[]
}

export function AuditLogPage({ ctx, basePath, values, log, errors }: AuditLogPageProps) {
  const { t } = ctx
  const title = t('audit.title')
  const listPath = localHref(ctx, basePath)
  const filtered = Object.values(values).some(Boolean)
  const field = (name: keyof AuditFilterValues) => errors?.find((error) => error.field === name)?.message
  const dateHint = t('audit.filter.dateHint', { timeZone: ctx.timeZone })
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      <ErrorSummary t={t} errors={errors} />
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body-l">{t('audit.lead')}</p>

      <section class="app-section" aria-labelledby="audit-filter-heading">
        <h2 class="app-heading-m" id="audit-filter-heading">
          {t('audit.filter.heading')}
        </h2>
        <form method="get" action={listPath} novalidate>
          <TextInput
            t={t}
            name="action"
            label={t('audit.filter.action')}
            labelSize="s"
            hint={t('audit.filter.actionHint')}
            spellcheck={false}
            width="one-half"
            value={values.action}
          />
          <TextInput
            t={t}
            name="actor"
            label={t('audit.filter.actor')}
            labelSize="s"
            hint={t('audit.filter.actorHint')}
            spellcheck={false}
            width="one-half"
            value={values.actor}
          />
          <TextInput
            t={t}
            name="subjectType"
            label={t('audit.filter.subjectType')}
            labelSize="s"
            hint={t('audit.filter.subjectTypeHint')}
            spellcheck={false}
            width="20"
            value={values.subjectType}
          />
          <TextInput
            t={t}
            name="subjectId"
            label={t('audit.filter.subjectId')}
            labelSize="s"
            spellcheck={false}
            width="one-half"
            value={values.subjectId}
          />
          <TextInput
            t={t}
            name="organisation"
            label={t('audit.filter.organisation')}
            labelSize="s"
            spellcheck={false}
            width="one-half"
            value={values.organisation}
          />
          <TextInput
            t={t}
            name="from"
            label={t('audit.filter.from')}
            labelSize="s"
            hint={dateHint}
            width="10"
            value={values.from}
            error={field('from')}
          />
          <TextInput
            t={t}
            name="to"
            label={t('audit.filter.to')}
            labelSize="s"
            hint={dateHint}
            width="10"
            value={values.to}
            error={field('to')}
          />
          <FilterActions
            apply={t('audit.filter.apply')}
            clear={t('audit.filter.clear')}
            listPath={listPath}
            filtered={filtered}
          />
        </form>
      </section>

      {log ? <AuditTable ctx={ctx} log={log} filtered={filtered} /> : null}
      {log ? <Pagination t={t} current={log.page} total={log.pageCount} path={listPath} query={values} /> : null}
    </Layout>
  )
}

function AuditTable({ ctx, log, filtered }: { ctx: PageContext; log: AuditPage; filtered: boolean }) {
  const { t } = ctx
  if (log.events.length === 0) return <p class="app-body">{t(filtered ? 'audit.empty' : 'audit.none')}</p>
  return (
    <Table
      caption={t(filtered ? 'audit.captionFiltered' : 'audit.caption', { count: log.total })}
      captionSize="m"
      scrollableId="audit-events"
      head={[
        t('audit.column.when'),
        t('audit.column.action'),
        t('audit.column.actor'),
        t('audit.column.subject'),
        t('audit.column.organisation'),
        t('audit.column.ip'),
        t('audit.column.details'),
      ]}
      rows={log.events.map((event) => [
        { text: formatDateTime(ctx.locale, event.occurredAt, ctx.timeZone) },
        { text: <ActionName ctx={ctx} action={event.action} /> },
        { text: <Identified label={actorLabel(ctx, event.actorLabel)} id={event.actorId} /> },
        { text: event.subjectType ? <Identified label={event.subjectType} id={event.subjectId} /> : '' },
        { text: event.organisationId ? <code>{event.organisationId}</code> : '' },
        event.ip ?? '',
        { text: <Details details={event.details} /> },
      ])}
    />
  )
}

function ActionName({ ctx, action }: { ctx: PageContext; action: string }) {
  const key = `audit.action.${action}`
  if (!hasMessage(ctx.locale, key)) return <code>{action}</code>
  return (
    <>
      {ctx.t(key)}
      <br />
      <code>{action}</code>
    </>
  )
}

function actorLabel(ctx: PageContext, label: string): string {
  return label === FORMER_MEMBER_LABEL ? ctx.t('audit.formerMember') : label
}

function Identified({ label, id }: { label: string; id: string | null }) {
  if (!id || id === label) return <>{label}</>
  return (
    <>
      {label}
      <br />
      <code>{id}</code>
    </>
  )
}

function Details({ details }: { details: AuditEvent['details'] }) {
  const entries = Object.entries(details)
  if (entries.length === 0) return null
  return (
    <ul class="app-list">
      {entries.map(([name, value]) => (
        <li>
          {name}: {typeof value === 'string' ? value : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  )
}
