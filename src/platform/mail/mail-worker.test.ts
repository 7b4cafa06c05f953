import { eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { type Database, openPostgres } from '../../db/client.js'
import { createTestDatabase } from '../testing/test-database.js'
import { MAX_ATTEMPTS, type MailWorker, RETRY_DELAYS_MS, SENDING_LEASE_MS, startMailWorker } from './mail-worker.js'
import { getOutboxMessage } from './queries.js'
import { queueMail, queueTemplatedMail } from './queue.js'
import { mailOutbox } from './tables.js'
import { testMail } from './test-mail.js'
import { closedPortUrl, startTestSmtpServer, type TestSmtpServer } from './testing.js'

const silent = { info: () => {}, warn: () => {}, error: () => {} }

let database: Database
const cleanups: (() => Promise<void>)[] = []
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.db.delete(mailOutbox)
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function smtpServer(options?: Parameters<typeof startTestSmtpServer>[0]): Promise<TestSmtpServer> {
  const server = await startTestSmtpServer(options)
  cleanups.push(server.close)
  return server
}

function worker(smtpUrl: string | undefined, options: { now?: () => Date; db?: Database; batchSize?: number } = {}) {
  const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: smtpUrl ?? '', MAIL_FROM: 'Stoa <no-reply@stoa.example>' })
  const started: MailWorker = startMailWorker({
    db: (options.db ?? database).db,
    config,
    logger: silent,
    poll: false,
    now: options.now,
    batchSize: options.batchSize,
  })
  cleanups.push(started.stop)
  return started
}

const message = { to: 'ana@example.org', locale: 'en' as const, subject: 'Hello Ana', text: 'Hello' }

describe('the mail worker with an SMTP server', () => {
  it('delivers a queued mail: subject, From, To, text and HTML parts and headers arrive, and the row is sent', async () => {
    const smtp = await smtpServer()
    const queued = await queueTemplatedMail(database.db, {
      to: 'zoé@example.org',
      locale: 'fr',
      template: testMail,
      data: { siteUrl: 'https://stoa.example' },
      notification: { unsubscribeUrl: 'https://stoa.example/unsubscribe/abc' },
    })

    expect(await worker(smtp.url).deliverDue()).toBe(1)

    const [mail] = await smtp.waitFor(1)
    expect(mail!.to).toEqual(['zoé@example.org'])
    expect(mail!.from).toBe('no-reply@stoa.example')
    expect(mail!.headers.subject).toBe('E-mail de test de Stoa')
    expect(mail!.headers.from).toBe('Stoa <no-reply@stoa.example>')
    expect(mail!.headers.to).toBe('zoé@example.org')
    expect(mail!.headers['message-id']).toBe(`<${queued.id}@stoa.example>`)
    expect(mail!.headers['list-unsubscribe']).toBe('<https://stoa.example/unsubscribe/abc>')
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(mail!.headers['auto-submitted']).toBe('auto-generated')
    expect(mail!.headers['content-type']).toContain('multipart/alternative')
    expect(mail!.text).toContain('Ceci est un e-mail de test, envoyé par un administrateur depuis la boîte d’envoi')
    expect(mail!.text).toContain('Ne plus recevoir ces e-mails : https://stoa.example/unsubscribe/abc')
    expect(mail!.html).toContain('<html lang="fr"')
    expect(mail!.html).toContain('<a href="https://stoa.example">https://stoa.example</a>')

    const row = await getOutboxMessage(database.db, queued.id)
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect(row.sentAt).toBeInstanceOf(Date)
  })

  it('sends attachments stored with the mail, and refuses a file name with a path', async () => {
    const smtp = await smtpServer()
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'
    await queueMail(database.db, {
      ...message,
      attachments: [
        { filename: 'invitation.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics },
        {
          filename: 'dot.png',
          contentType: 'image/png',
          content: Buffer.from('png').toString('base64'),
          encoding: 'base64',
        },
      ],
    })
    await worker(smtp.url).deliverDue()
    const [mail] = await smtp.waitFor(1)
    expect(mail!.headers['content-type']).toContain('multipart/mixed')
    expect(mail!.raw).toContain('filename=invitation.ics')
    expect(mail!.raw).toContain('text/calendar')
    expect(mail!.raw).toContain(Buffer.from(ics).toString('base64'))
    expect(mail!.raw).toContain('filename=dot.png')
    expect(mail!.text).toBe('Hello')
    await expect(
      queueMail(database.db, {
        ...message,
        attachments: [{ filename: '../etc/passwd', contentType: 'text/plain', content: 'x' }],
      }),
    ).rejects.toThrow()
    // Mail queued without attachments (every other helper) has none.
    const plain = await queueMail(database.db, message)
    expect(plain.attachments).toEqual([])
  })

  it('sends no List-Unsubscribe header with a transactional mail', async () => {
    const smtp = await smtpServer()
    await queueMail(database.db, message)
    await worker(smtp.url).deliverDue()
    const [mail] = await smtp.waitFor(1)
    expect(mail!.headers['list-unsubscribe']).toBeUndefined()
    expect(mail!.text).toBe('Hello')
    expect(mail!.html).toBeUndefined()
  })

  it('leaves mail alone until it is due', async () => {
    const smtp = await smtpServer()
    const row = await queueMail(database.db, message)
    await database.db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date(Date.now() + 60_000) })
      .where(eq(mailOutbox.id, row.id))
    expect(await worker(smtp.url).deliverDue()).toBe(0)
    expect(smtp.received).toHaveLength(0)
    expect((await getOutboxMessage(database.db, row.id)).status).toBe('queued')
  })

  it('polls on its own and stops cleanly', async () => {
    const smtp = await smtpServer()
    const polling = startMailWorker({
      db: database.db,
      config: loadConfig({ NODE_ENV: 'test', SMTP_URL: smtp.url }),
      logger: silent,
      pollIntervalMs: 20,
    })
    await queueMail(database.db, message)
    await smtp.waitFor(1)
    await polling.stop()
    await queueMail(database.db, { ...message, subject: 'After the stop' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(smtp.received.map((mail) => mail.headers.subject)).toEqual(['Hello Ana'])
  })

  it('schedules a retry when the server refuses for now, and marks the mail failed after the last attempt', async () => {
    const smtp = await smtpServer({ rejectRecipient: () => 451 })
    let clock = new Date(Date.now() + 1_000)
    const retrying = worker(smtp.url, { now: () => clock })
    const row = await queueMail(database.db, message)

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await retrying.deliverDue()).toBe(0)
      const waiting = await getOutboxMessage(database.db, row.id)
      expect(waiting).toMatchObject({ status: 'queued', attempts: attempt })
      expect(waiting.lastError).toContain('451')
      const delay = RETRY_DELAYS_MS[attempt - 1]!
      expect(waiting.nextAttemptAt.getTime()).toBe(clock.getTime() + delay)
      // Not due a moment before the delay is over.
      clock = new Date(clock.getTime() + delay - 1_000)
      expect(await retrying.deliverDue()).toBe(0)
      expect((await getOutboxMessage(database.db, row.id)).attempts).toBe(attempt)
      clock = new Date(clock.getTime() + 1_000)
    }

    expect(await retrying.deliverDue()).toBe(0)
    const failed = await getOutboxMessage(database.db, row.id)
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS })
    expect(failed.lastError).toContain('451')
    clock = new Date(clock.getTime() + 365 * 24 * 3_600_000)
    expect(await retrying.deliverDue()).toBe(0)
    expect((await getOutboxMessage(database.db, row.id)).attempts).toBe(MAX_ATTEMPTS)
    expect(smtp.received).toHaveLength(0)
  })

  it('marks a mail failed at once when the server says the mailbox does not exist', async () => {
    const smtp = await smtpServer({ rejectRecipient: (address) => (address.startsWith('nobody@') ? 550 : undefined) })
    const refused = await queueMail(database.db, { ...message, to: 'nobody@example.org' })
    const fine = await queueMail(database.db, message)
    expect(await worker(smtp.url).deliverDue()).toBe(1)
    const failed = await getOutboxMessage(database.db, refused.id)
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.lastError).toContain('550')
    expect((await getOutboxMessage(database.db, fine.id)).status).toBe('sent')
  })

  it('schedules a retry when no server answers', async () => {
    const row = await queueMail(database.db, message)
    expect(await worker(await closedPortUrl()).deliverDue()).toBe(0)
    const waiting = await getOutboxMessage(database.db, row.id)
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 })
    expect(waiting.lastError).toContain('ECONNREFUSED')
  })

  it('takes over a mail whose sender stopped while sending, once its lease has run out', async () => {
    const smtp = await smtpServer()
    const stuck = await queueMail(database.db, { ...message, subject: 'Stuck' })
    const leased = await queueMail(database.db, { ...message, subject: 'Still leased' })
    await database.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: 1, nextAttemptAt: new Date(Date.now() - 1_000) })
      .where(eq(mailOutbox.id, stuck.id))
    await database.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: 1, nextAttemptAt: new Date(Date.now() + SENDING_LEASE_MS) })
      .where(eq(mailOutbox.id, leased.id))

    expect(await worker(smtp.url).deliverDue()).toBe(1)
    expect(smtp.received.map((mail) => mail.headers.subject)).toEqual(['Stuck'])
    expect(await getOutboxMessage(database.db, stuck.id)).toMatchObject({ status: 'sent', attempts: 2 })
    expect((await getOutboxMessage(database.db, leased.id)).status).toBe('sending')
  })

  it('gives up on a mail whose every attempt was interrupted', async () => {
    const smtp = await smtpServer()
    const row = await queueMail(database.db, message)
    await database.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: MAX_ATTEMPTS, nextAttemptAt: new Date(Date.now() - 1_000) })
      .where(eq(mailOutbox.id, row.id))
    expect(await worker(smtp.url).deliverDue()).toBe(0)
    const failed = await getOutboxMessage(database.db, row.id)
    expect(failed.status).toBe('failed')
    expect(failed.lastError).toContain('interrupted')
    expect(smtp.received).toHaveLength(0)
  })

  it('sends each mail once when two instances deliver at the same time', async () => {
    const smtp = await smtpServer({ delayMs: 2 })
    const count = 40
    for (let index = 0; index < count; index++) await queueMail(database.db, { ...message, subject: `Mail ${index}` })
    // On PostgreSQL each instance has its own pool, as two app servers would: a real race.
    // PGlite serialises the two, which still checks that neither takes what the other claimed.
    const second = database.kind === 'postgres' ? await openPostgres(database.url!, 4) : database
    if (second !== database) cleanups.push(() => second.close())

    const [first, other] = await Promise.all([
      worker(smtp.url, { batchSize: 3 }).deliverDue(),
      worker(smtp.url, { batchSize: 3, db: second }).deliverDue(),
    ])

    expect(first + other).toBe(count)
    const subjects = smtp.received.map((mail) => mail.headers.subject)
    expect(subjects).toHaveLength(count)
    expect(new Set(subjects).size).toBe(count)
    const [sent] = await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(eq(mailOutbox.status, 'sent'))
    expect(sent!.count).toBe(count)
  })
})

describe('the mail worker without an SMTP server', () => {
  it('keeps due mail in the outbox for admins to read', async () => {
    const row = await queueMail(database.db, message)
    expect(await worker(undefined).deliverDue()).toBe(1)
    expect(await getOutboxMessage(database.db, row.id)).toMatchObject({ status: 'kept', attempts: 0, sentAt: null })
    expect(await worker(undefined).deliverDue()).toBe(0)
  })
})
