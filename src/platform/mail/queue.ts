import { and, eq, inArray } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { LOCALES, type Locale } from '../i18n/catalogue.js'
import { getOutboxMessage } from './queries.js'
import { type MailAttachment, type MailKind, mailOutbox, type OutboxMessage } from './tables.js'
import { type MailTemplate, type NotificationOptions, renderMail } from './templates.js'

export interface MailMessage {
  to: string
  locale: Locale
  subject: string
  text: string
  html?: string
  /** Extra headers such as List-Unsubscribe; the envelope and MIME headers are the worker's. */
  headers?: Record<string, string>
  kind?: MailKind
  /** Small files (the outbox row holds them): an invitation's .ics, say. */
  attachments?: MailAttachment[]
}

/** What all of a mail's attachments may weigh together, as stored. */
export const MAX_ATTACHMENTS_CHARS = 2_000_000

// The worker writes these from the row and the config; a caller setting them would forge or break the message.
const reservedHeaders = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'sender',
  'reply-to',
  'return-path',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
])

const singleLine = (what: string) => z.string().refine((value) => !/[\r\n]/.test(value), `${what} must be one line`)

const MailMessageSchema = z.object({
  // Unicode addresses too (IDN domains, accented names): nodemailer encodes them for SMTP. One
  // address only: a comma or angle brackets would let an address smuggle in further recipients.
  to: z
    .email({ pattern: z.regexes.unicodeEmail })
    .refine((address) => !/[,;<>()[\]\\"]/.test(address), 'One plain address only'),
  locale: z.enum(LOCALES),
  subject: singleLine('The subject').pipe(z.string().trim().min(1).max(900)),
  text: z.string().min(1),
  html: z.string().optional(),
  headers: z
    .record(
      z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'A header name has letters, digits and hyphens')
        .refine((name) => !reservedHeaders.has(name.toLowerCase()), 'This header is set by the mail worker'),
      singleLine('A header value'),
    )
    .default({}),
  kind: z.enum(['transactional', 'notification']).default('transactional'),
  attachments: z
    .array(
      z.object({
        // A plain name: no path, no quotes or line breaks to break the MIME header.
        filename: singleLine('A file name').pipe(
          z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\"]+$/, 'A file name has no path'),
        ),
        contentType: singleLine('A content type').pipe(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+(;.*)?$/i)),
        content: z.string(),
        encoding: z.literal('base64').optional(),
      }),
    )
    .default([])
    .refine(
      (files) => files.reduce((total, file) => total + file.content.length, 0) <= MAX_ATTACHMENTS_CHARS,
      'Attachments are limited to 2 MB in all',
    ),
})

/**
 * Writes one mail to the outbox; the worker sends it. Pass the transaction of the action the mail
 * is about, so a rolled-back action sends nothing and a committed one never loses its mail.
 * A malformed message is a programming error and throws.
 */
export async function queueMail(db: Db, message: MailMessage): Promise<OutboxMessage> {
  const valid = MailMessageSchema.parse(message)
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: valid.to,
      locale: valid.locale,
      subject: valid.subject,
      textBody: valid.text,
      htmlBody: valid.html ?? null,
      headers: valid.headers,
      kind: valid.kind,
      attachments: valid.attachments,
    })
    .returning()
  return row!
}

/**
 * Renders a template in the recipient's language and queues it (see queueMail). A notification
 * (anything the recipient chose to receive and can stop) carries List-Unsubscribe headers and a
 * link in its footer; transactional mail (verification, sign-in, confirmations) does not.
 * @example
 * await db.transaction(async (tx) => {
 *   const registration = await insertRegistration(tx, …)
 *   await queueTemplatedMail(tx, { to: user.email, locale: user.locale, template: registeredMail, data: { event } })
 * })
 */
export async function queueTemplatedMail<D>(
  db: Db,
  options: {
    to: string
    locale: Locale
    template: MailTemplate<D>
    data: D
    notification?: NotificationOptions
    attachments?: MailAttachment[]
  },
): Promise<OutboxMessage> {
  const rendered = await renderMail(options.template, options.locale, options.data, {
    notification: options.notification,
  })
  return queueMail(db, { to: options.to, locale: options.locale, ...rendered, attachments: options.attachments })
}

export type RetryResult = { ok: true; message: OutboxMessage } | { ok: false; reason: 'not-retryable' }

/**
 * Queues a failed mail, or one kept while no SMTP server was configured, for delivery now, with
 * a fresh set of attempts. Sent mail and mail on its way are refused: that would send it twice.
 * Throws NotFoundError when there is no such mail.
 */
export async function retryMail(db: Db, id: string, now = new Date()): Promise<RetryResult> {
  await getOutboxMessage(db, id)
  const [row] = await db
    .update(mailOutbox)
    .set({ status: 'queued', attempts: 0, nextAttemptAt: now, lastError: null })
    .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ['failed', 'kept'])))
    .returning()
  if (row) return { ok: true, message: row }
  return { ok: false, reason: 'not-retryable' }
}
