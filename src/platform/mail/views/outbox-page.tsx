import type { FormError, FormValues } from '../../forms/form-state.js'
import { fieldError, fieldValue } from '../../forms/form-state.js'
import { formatDateTime } from '../../i18n/format.js'
import { Button } from '../../ui/button.js'
import { ErrorSummary, errorTitle } from '../../ui/error-summary.js'
import { FilterActions } from '../../ui/filter-actions.js'
import { Layout } from '../../ui/layout.js'
import { NotificationBanner } from '../../ui/notification-banner.js'
import { localHref, type PageContext } from '../../ui/page-context.js'
import { Pagination } from '../../ui/pagination.js'
import { Select } from '../../ui/select.js'
import { Table } from '../../ui/table.js'
import { TextInput } from '../../ui/text-input.js'
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../mail-worker.js'
import { MAIL_STATUSES, type OutboxPage as OutboxPageData } from '../queries.js'
import type { MailStatus } from '../tables.js'
import { MailStatusTag } from './mail-status-tag.js'

export interface OutboxPageProps {
  ctx: PageContext
  /** Path below the locale where the outbox is mounted, e.g. "/admin/outbox". */
  basePath: string
  outbox: OutboxPageData
  filter: { status?: MailStatus; to?: string }
  smtpConfigured: boolean
  /** The test e-mail form as submitted, when it had errors. */
  testForm?: { values: FormValues; errors: FormError[] }
}

export function OutboxPage({ ctx, basePath, outbox, filter, smtpConfigured, testForm }: OutboxPageProps) {
  const { t } = ctx
  const title = t('mail.outbox.title')
  const listPath = localHref(ctx, basePath)
  const filtered = Boolean(filter.status || filter.to)
  const retryHours = Math.round(RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) / 3_600_000)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, testForm?.errors)}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      <ErrorSummary t={t} errors={testForm?.errors} />
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body-l">{t('mail.outbox.lead')}</p>
      {smtpConfigured ? (
        <p class="app-body">{t('mail.outbox.smtp', { attempts: MAX_ATTEMPTS - 1, hours: retryHours })}</p>
      ) : (
        <NotificationBanner t={t}>
          <p class="app-body">{t('mail.outbox.noSmtp')}</p>
        </NotificationBanner>
      )}

      <section class="app-section" aria-labelledby="outbox-filter-heading">
        <h2 class="app-heading-m" id="outbox-filter-heading">
          {t('mail.outbox.filter.heading')}
        </h2>
        <form method="get" action={listPath}>
          <Select
            t={t}
            name="status"
            label={t('mail.outbox.filter.status')}
            labelSize="s"
            value={filter.status ?? ''}
            options={[
              { value: '', text: t('mail.outbox.filter.anyStatus') },
              ...MAIL_STATUSES.map((status) => ({ value: status, text: t(`mail.status.${status}`) })),
            ]}
          />
          <TextInput
            t={t}
            name="to"
            type="search"
            label={t('mail.outbox.filter.to')}
            labelSize="s"
            hint={t('mail.outbox.filter.toHint')}
            spellcheck={false}
            width="two-thirds"
            value={filter.to}
          />
          <FilterActions
            apply={t('mail.outbox.filter.apply')}
            clear={t('mail.outbox.filter.clear')}
            listPath={listPath}
            filtered={filtered}
          />
        </form>
      </section>

      {outbox.messages.length === 0 ? (
        <p class="app-body">{t(filtered ? 'mail.outbox.empty' : 'mail.outbox.none')}</p>
      ) : (
        <Table
          caption={t(filtered ? 'mail.outbox.captionFiltered' : 'mail.outbox.caption', { count: outbox.total })}
          captionSize="m"
          scrollableId="outbox-messages"
          head={[
            t('mail.outbox.column.created'),
            t('mail.outbox.column.to'),
            t('mail.outbox.column.subject'),
            t('mail.outbox.column.status'),
          ]}
          rows={outbox.messages.map((message) => [
            { text: formatDateTime(ctx.locale, message.createdAt, ctx.timeZone) },
            message.toAddress,
            {
              text: (
                <a class="app-link" href={`${listPath}/${message.id}`}>
                  {message.subject}
                </a>
              ),
            },
            { text: <MailStatusTag t={t} status={message.status} /> },
          ])}
        />
      )}
      <Pagination
        t={t}
        current={outbox.page}
        total={outbox.pageCount}
        path={listPath}
        query={{ status: filter.status, to: filter.to }}
      />

      <section class="app-section" aria-labelledby="test-mail-heading">
        <h2 class="app-heading-m" id="test-mail-heading">
          {t('mail.test.heading')}
        </h2>
        <form method="post" action={`${listPath}/test`} novalidate>
          <TextInput
            t={t}
            name="recipient"
            type="email"
            autocomplete="email"
            spellcheck={false}
            label={t('mail.test.to')}
            hint={t('mail.test.hint')}
            width="two-thirds"
            value={fieldValue(testForm?.values, 'recipient')}
            error={fieldError(testForm?.errors, 'recipient')}
          />
          <Button variant="secondary">{t('mail.test.submit')}</Button>
        </form>
      </section>
    </Layout>
  )
}
