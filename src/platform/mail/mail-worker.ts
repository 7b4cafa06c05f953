import { and, eq, inArray, lte, sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import type { Logger } from 'pino'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { mailOutbox, type OutboxMessage } from './tables.js'

/** The waits before each retry; after the last one fails the mail is marked 'failed'. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/**
 * How long an instance may take to hand a claimed mail to the SMTP server. Past it the mail is
 * taken over by another instance, as its sender is presumed dead; the SMTP timeouts below are
 * much shorter, so a live sender always finishes first.
 */
export const SENDING_LEASE_MS = 10 * 60_000

const BATCH_SIZE = 20
const POLL_INTERVAL_MS = 2_000
const MAX_ERROR_LENGTH = 2_000

export interface MailWorkerOptions {
  db: Db
  config: Pick<Config, 'mail'>
  logger: Pick<Logger, 'info' | 'warn' | 'error'>
  /** The clock; tests move it past the retry delays. */
  now?: () => Date
  /** Set false to deliver only when deliverDue() is called (tests). */
  poll?: boolean
  pollIntervalMs?: number
  batchSize?: number
}

export interface MailWorker {
  /**
   * Delivers every mail that is due, batch after batch, and returns how many were handed to the
   * SMTP server (or, without one, kept in the outbox). Safe to run from several instances at once.
   */
  deliverDue(): Promise<number>
  /** Stops polling, waits for the delivery under way and closes the SMTP transport. */
  stop(): Promise<void>
}

/**
 * Sends the outbox: polls every couple of seconds, claims due mail with FOR UPDATE SKIP LOCKED so
 * that no two instances send the same mail, and schedules retries. Without SMTP_URL, due mail is
 * marked 'kept': it stays in the outbox, where admins read it.
 * @example
 * const mailWorker = startMailWorker({ db: database.db, config, logger })
 * // on shutdown, before closing the database:
 * await mailWorker.stop()
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, config, logger } = options
  const now = options.now ?? (() => new Date())
  const batchSize = options.batchSize ?? BATCH_SIZE
  const transport = config.mail.smtpUrl
    ? nodemailer.createTransport({
        url: config.mail.smtpUrl,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : undefined
  const messageIdDomain = domainOf(config.mail.from)

  async function claimDue(status: 'sending' | 'kept'): Promise<OutboxMessage[]> {
    const at = now()
    const due = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.status, ['queued', 'sending']), lte(mailOutbox.nextAttemptAt, at)))
      .orderBy(mailOutbox.nextAttemptAt)
      .limit(batchSize)
      .for('update', { skipLocked: true })
    if (status === 'kept') {
      return db.update(mailOutbox).set({ status: 'kept' }).where(inArray(mailOutbox.id, due)).returning()
    }
    // The lease moves next_attempt_at into the future, so a concurrent claim re-checking the row
    // after this commit no longer finds it due.
    return db
      .update(mailOutbox)
      .set({
        status: 'sending',
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(at.getTime() + SENDING_LEASE_MS),
      })
      .where(inArray(mailOutbox.id, due))
      .returning()
  }

  async function send(message: OutboxMessage): Promise<boolean> {
    // Only the claim that set this attempt may record its outcome: after a lease ran out, another
    // instance owns the mail.
    const ours = and(
      eq(mailOutbox.id, message.id),
      eq(mailOutbox.status, 'sending'),
      eq(mailOutbox.attempts, message.attempts),
    )
    if (message.attempts > MAX_ATTEMPTS) {
      await db
        .update(mailOutbox)
        .set({
          status: 'failed',
          lastError: 'Delivery was interrupted on every attempt (the sending instance stopped).',
        })
        .where(ours)
      return false
    }
    try {
      await transport!.sendMail({
        from: config.mail.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody ?? undefined,
        attachments: message.attachments.map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: file.content,
          encoding: file.encoding,
        })),
        // One id per outbox row: a mail sent again after a crash is recognisably the same message.
        messageId: `<${message.id}@${messageIdDomain}>`,
        headers: { ...message.headers, 'Auto-Submitted': 'auto-generated' },
      })
    } catch (error) {
      const description = describeSmtpError(error)
      const permanent = isPermanentRejection(error)
      if (permanent || message.attempts >= MAX_ATTEMPTS) {
        await db.update(mailOutbox).set({ status: 'failed', lastError: description }).where(ours)
        logger.error({ mailId: message.id, attempts: message.attempts, error: description }, 'mail delivery failed')
      } else {
        const delay = RETRY_DELAYS_MS[Math.min(message.attempts, RETRY_DELAYS_MS.length) - 1]!
        await db
          .update(mailOutbox)
          .set({ status: 'queued', lastError: description, nextAttemptAt: new Date(now().getTime() + delay) })
          .where(ours)
        logger.warn(
          { mailId: message.id, attempts: message.attempts, error: description },
          'mail delivery will be retried',
        )
      }
      return false
    }
    await db.update(mailOutbox).set({ status: 'sent', sentAt: now(), lastError: null }).where(ours)
    logger.info({ mailId: message.id }, 'mail sent')
    return true
  }

  async function deliverDue(): Promise<number> {
    let delivered = 0
    for (;;) {
      const claimed = await claimDue(transport ? 'sending' : 'kept')
      if (transport) for (const message of claimed) if (await send(message)) delivered++
      if (!transport) delivered += claimed.length
      if (claimed.length < batchSize) return delivered
    }
  }

  let stopped = false
  let running: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  const tick = () => {
    running = deliverDue()
      .catch((error) => logger.error({ err: error }, 'mail worker pass failed'))
      .finally(() => {
        if (!stopped) schedule()
      })
  }
  const schedule = () => {
    timer = setTimeout(tick, options.pollIntervalMs ?? POLL_INTERVAL_MS)
    // The worker alone must never keep the process alive (tests, scripts, graceful shutdown).
    timer.unref()
  }
  if (options.poll !== false) schedule()

  return {
    deliverDue,
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
      transport?.close()
    },
  }
}

/** The SMTP server's own words when it gave any, which is what an admin needs to fix the cause. */
function describeSmtpError(error: unknown): string {
  const smtp = error as { message?: string; code?: string; response?: string; responseCode?: number }
  const parts = [smtp.code, smtp.response ?? smtp.message ?? String(error)].filter(Boolean)
  return parts.join(': ').slice(0, MAX_ERROR_LENGTH)
}

// 550–554: the mailbox does not exist, is not allowed or refused this message. Retrying cannot
// help; other failures (connection, greylisting 4xx, authentication) may pass later.
function isPermanentRejection(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode
  return typeof code === 'number' && code >= 550 && code <= 554
}

function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)
  return match?.[1] ?? 'stoa.localhost'
}
