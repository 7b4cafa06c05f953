import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Locale } from '../i18n/catalogue.js'
import { platformMessages } from '../i18n/platform-messages.js'
import { splitLinks } from './links.js'
import { type MailMessageKey, mailMessages } from './mail-messages.js'
import type { MailKind } from './tables.js'

/** HTML written with hono/html's `html` tag, which escapes every interpolated value. */
export type MailHtml = HtmlEscapedString | Promise<HtmlEscapedString>

/** What a template gives for one language. */
export interface MailContent {
  subject: string
  /** Always sent: text-only clients, and many screen-reader users, read this part. */
  text: string
  /**
   * The HTML body's content, placed inside the shared frame. Leave it out and the text becomes
   * the HTML part, paragraph by paragraph, with its links made clickable.
   */
  html?: MailHtml
}

export type MailTemplate<D> = { readonly [L in Locale]: (data: D) => MailContent }

/**
 * Declares an e-mail in every shipped language; `tsc` refuses a template missing one, and the
 * data type is fixed by the English version.
 * @example
 * export const verificationMail = defineMailTemplate({
 *   en: ({ url }: { url: string }) => ({
 *     subject: 'Confirm your e-mail address',
 *     text: `Open this link to confirm your address:\n\n${url}\n\nThe link works for 24 hours.`,
 *     html: html`<p>Open this link to confirm your address:</p><p><a href="${url}">${url}</a></p>`,
 *   }),
 *   fr: ({ url }) => ({ … }),
 *   de: ({ url }) => ({ … }),
 * })
 */
export function defineMailTemplate<D>(template: {
  en: (data: D) => MailContent
  fr: (data: NoInfer<D>) => MailContent
  de: (data: NoInfer<D>) => MailContent
}): MailTemplate<D> {
  return template
}

export interface NotificationOptions {
  /**
   * Where the recipient stops these e-mails. Mail clients POST `List-Unsubscribe=One-Click` to it
   * without a session or a CSRF token (RFC 8058), so the URL itself must carry a signed token.
   */
  unsubscribeUrl: string
}

export interface RenderedMail {
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  kind: MailKind
}

/**
 * A template in one language, framed: the text gets its signature, the HTML the shared page, and
 * a notification its unsubscribe link and List-Unsubscribe headers.
 */
export async function renderMail<D>(
  template: MailTemplate<D>,
  locale: Locale,
  data: D,
  options: { notification?: NotificationOptions } = {},
): Promise<RenderedMail> {
  const content = template[locale](data)
  const subject = content.subject.replace(/\s+/g, ' ').trim()
  const text = content.text.replace(/\r\n?/g, '\n').trim()
  const unsubscribeUrl = options.notification?.unsubscribeUrl
  if (unsubscribeUrl !== undefined) assertHttpUrl(unsubscribeUrl)
  const say = (key: MailMessageKey) =>
    formatMailMessage(locale, key, { site: siteName(locale), url: unsubscribeUrl ?? '' })

  const signature = ['-- ', say('mail.footer.sentBy')]
  if (unsubscribeUrl) signature.push(say('mail.footer.notification'), say('mail.footer.unsubscribeText'))

  const body = await (content.html ?? textToHtml(text))
  const frame = await html`<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
<style>${raw(frameStyles)}</style>
</head>
<body>
<div class="mail" role="article" aria-roledescription="email" aria-label="${subject}" lang="${locale}" dir="ltr">
<p class="mail__site">${siteName(locale)}</p>
<div class="mail__body">
${body}
</div>
<div class="mail__footer">
<p>${say('mail.footer.sentBy')}</p>
${
  unsubscribeUrl
    ? html`<p>${say('mail.footer.notification')} <a href="${unsubscribeUrl}">${say('mail.footer.unsubscribe')}</a></p>`
    : ''
}
</div>
</div>
</body>
</html>
`

  return {
    subject,
    text: `${text}\n\n${signature.join('\n')}\n`,
    html: frame.toString(),
    headers: unsubscribeUrl
      ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {},
    kind: unsubscribeUrl ? 'notification' : 'transactional',
  }
}

/** Plain text as HTML paragraphs (blank lines) and line breaks, every http(s) address a link. */
export function textToHtml(text: string): MailHtml {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const lines = paragraph
        .split('\n')
        .map((line) =>
          splitLinks(line).map((piece) =>
            piece.kind === 'link' ? html`<a href="${piece.url}">${piece.url}</a>` : piece.text,
          ),
        )
      return html`<p>${lines.map((line, index) => (index === 0 ? line : [raw('<br>\n'), line]))}</p>\n`
    })
  return html`${paragraphs}`
}

/** A message of the mail catalogue, formatted without the app's registry: workers and commands render mail too. */
export function formatMailMessage(locale: Locale, key: MailMessageKey, values?: Record<string, string | number>) {
  return String(new IntlMessageFormat(mailMessages[locale][key], locale).format(values))
}

function siteName(locale: Locale): string {
  return platformMessages[locale]['site.name']
}

function assertHttpUrl(value: string) {
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not an http(s) URL: ${value}`)
}

// Inline in the mail (a <style> block): mail clients load no stylesheet. Colours are the site's,
// each text colour at least 4.5:1 on its background.
const frameStyles = [
  'body{margin:0;padding:0;background:#f3f2f1;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5}',
  '.mail{max-width:600px;margin:0 auto;padding:16px}',
  '.mail__site{margin:0 0 16px;padding-bottom:8px;border-bottom:4px solid #1d70b8;font-size:20px;font-weight:bold}',
  '.mail__body{background:#ffffff;padding:16px 24px}',
  '.mail__body p{margin:0 0 16px}',
  'a{color:#1d70b8;text-decoration:underline;word-break:break-word}',
  '.mail__footer{padding:8px 0;color:#484949;font-size:14px}',
  '.mail__footer p{margin:0 0 8px}',
].join('')
