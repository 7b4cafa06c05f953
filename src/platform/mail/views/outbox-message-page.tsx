import type { Locale } from '../../i18n/catalogue.js'
import { formatDateTime } from '../../i18n/format.js'
import { Button } from '../../ui/button.js'
import { Details } from '../../ui/details.js'
import { Layout } from '../../ui/layout.js'
import { NotificationBanner } from '../../ui/notification-banner.js'
import { localHref, type PageContext } from '../../ui/page-context.js'
import { SummaryList, type SummaryListRow } from '../../ui/summary-list.js'
import { linksIn, splitLinks } from '../links.js'
import type { OutboxMessage } from '../tables.js'
import { MailStatusTag } from './mail-status-tag.js'

export interface OutboxMessagePageProps {
  ctx: PageContext
  basePath: string
  message: OutboxMessage
  smtpConfigured: boolean
  /** What the admin just did, confirmed in a banner. */
  notice?: 'retried' | 'queued' | 'cannot-retry'
}

/**
 * One e-mail as an admin reads it. The HTML part is shown as source, never rendered: it would run
 * inside our own origin. The text part, which every mail has, is shown with its links clickable,
 * so a verification or sign-in link works straight from the outbox.
 */
export function OutboxMessagePage({ ctx, basePath, message, smtpConfigured, notice }: OutboxMessagePageProps) {
  const { t } = ctx
  const listPath = localHref(ctx, basePath)
  const links = [...new Set([...linksIn(message.textBody), ...hrefsIn(message.htmlBody ?? '')])]
  const canSend = message.status === 'failed' || (message.status === 'kept' && smtpConfigured)
  const headers = Object.entries(message.headers)
  const when = (date: Date) => formatDateTime(ctx.locale, date, ctx.timeZone)

  const rows: SummaryListRow[] = [
    { key: t('mail.message.to'), value: message.toAddress },
    { key: t('mail.message.language'), value: languageName(ctx.locale, message.locale) },
    { key: t('mail.message.kind'), value: t(`mail.kind.${message.kind}`) },
    { key: t('mail.message.status'), value: <MailStatusTag t={t} status={message.status} /> },
    { key: t('mail.message.created'), value: when(message.createdAt) },
  ]
  if (message.sentAt) rows.push({ key: t('mail.message.sent'), value: when(message.sentAt) })
  if (message.attempts > 0) rows.push({ key: t('mail.message.attempts'), value: String(message.attempts) })
  if (message.status === 'queued' && message.attempts > 0)
    rows.push({ key: t('mail.message.nextAttempt'), value: when(message.nextAttemptAt) })
  if (message.lastError) rows.push({ key: t('mail.message.lastError'), value: message.lastError })
  if (message.attachments.length > 0)
    rows.push({
      key: t('mail.message.attachments'),
      value: (
        <ul class="app-list">
          {message.attachments.map((file) => (
            <li>
              {file.filename} <span class="app-hint">({file.contentType.split(';')[0]})</span>
            </li>
          ))}
        </ul>
      ),
    })
  if (headers.length > 0)
    rows.push({
      key: t('mail.message.headers'),
      value: (
        <ul class="app-list">
          {headers.map(([name, value]) => (
            <li>
              <code>{name}</code>: {value}
            </li>
          ))}
        </ul>
      ),
    })

  return (
    <Layout
      ctx={ctx}
      title={message.subject}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('mail.outbox.title'), path: basePath },
        { label: message.subject },
      ]}
    >
      {notice === 'retried' || notice === 'queued' ? (
        <NotificationBanner t={t} type="success" heading={t(`mail.message.${notice}`)} />
      ) : null}
      {notice === 'cannot-retry' ? (
        <NotificationBanner t={t}>
          <p class="app-body">{t('mail.message.cannotRetry')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="app-heading-l">{message.subject}</h1>
      <SummaryList rows={rows} />
      {canSend ? (
        <form method="post" action={`${listPath}/${message.id}/retry`}>
          <Button>{t(message.status === 'failed' ? 'mail.message.retry' : 'mail.message.sendNow')}</Button>
        </form>
      ) : null}

      <h2 class="app-heading-m">{t('mail.message.links')}</h2>
      {links.length > 0 ? (
        <ul class="app-list">
          {links.map((url) => (
            <li>
              <a class="app-link" href={url}>
                {url}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="app-body">{t('mail.message.noLinks')}</p>
      )}

      <h2 class="app-heading-m">{t('mail.message.textBody')}</h2>
      <div lang={message.locale}>
        {message.textBody
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim() !== '')
          .map((paragraph) => (
            <p class="app-body">
              {paragraph.split('\n').map((line, index) => (
                <>
                  {index > 0 ? <br /> : null}
                  {splitLinks(line).map((piece) =>
                    piece.kind === 'link' ? (
                      <a class="app-link" href={piece.url}>
                        {piece.url}
                      </a>
                    ) : (
                      piece.text
                    ),
                  )}
                </>
              ))}
            </p>
          ))}
      </div>

      {message.htmlBody ? (
        <Details summary={t('mail.message.htmlSource')}>
          {/* Long source lines scroll sideways inside a focusable region, so keyboard users can scroll it (WCAG 2.1.1). */}
          <section class="app-table-container" aria-label={t('mail.message.htmlSource')} tabindex={0}>
            <pre>
              <code>{message.htmlBody}</code>
            </pre>
          </section>
        </Details>
      ) : null}

      <p class="app-body">
        <a class="app-link" href={listPath}>
          {t('mail.message.back')}
        </a>
      </p>
    </Layout>
  )
}

function hrefsIn(html: string): string[] {
  return [...html.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((match) => decodeAttribute(match[1]!))
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function languageName(displayLocale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
