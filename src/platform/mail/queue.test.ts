import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { NotFoundError } from '../http/errors.js'
import { createTestDatabase } from '../testing/test-database.js'
import { getOutboxMessage, listOutbox } from './queries.js'
import { queueMail, queueTemplatedMail, retryMail } from './queue.js'
import { mailOutbox } from './tables.js'
import { testMail } from './test-mail.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.db.delete(mailOutbox)
})

const message = { to: 'ana@example.org', locale: 'en' as const, subject: 'Hello', text: 'Hello Ana' }

describe('queueMail', () => {
  it('writes the mail to the outbox, queued and due at once', async () => {
    expect((await queueMail(database.db, { ...message, to: 'zoé@münchen.example' })).toAddress).toBe(
      'zoé@münchen.example',
    )
    const row = await queueMail(database.db, message)
    expect(row).toMatchObject({ toAddress: 'ana@example.org', status: 'queued', attempts: 0, kind: 'transactional' })
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('leaves no mail behind when the action’s transaction rolls back', async () => {
    class ActionFailed extends Error {}
    await expect(
      database.db.transaction(async (tx) => {
        await queueTemplatedMail(tx, {
          to: 'ana@example.org',
          locale: 'fr',
          template: testMail,
          data: { siteUrl: 'https://x' },
        })
        throw new ActionFailed()
      }),
    ).rejects.toBeInstanceOf(ActionFailed)
    expect((await listOutbox(database.db, { page: 1 })).total).toBe(0)
  })

  it('keeps the mail when the action’s transaction commits', async () => {
    await database.db.transaction(async (tx) => {
      await queueMail(tx, message)
    })
    expect((await listOutbox(database.db, { page: 1 })).total).toBe(1)
  })

  it('refuses a malformed address, a list of addresses, a header the worker owns, and a header value over two lines', async () => {
    await expect(queueMail(database.db, { ...message, to: 'not an address' })).rejects.toThrow()
    await expect(queueMail(database.db, { ...message, to: 'ana@example.org,eve@example.org' })).rejects.toThrow()
    await expect(queueMail(database.db, { ...message, to: 'Eve <eve@example.org>' })).rejects.toThrow()
    await expect(queueMail(database.db, { ...message, headers: { Bcc: 'x@example.org' } })).rejects.toThrow()
    await expect(
      queueMail(database.db, { ...message, headers: { 'X-Note': 'a\r\nBcc: x@example.org' } }),
    ).rejects.toThrow()
    await expect(queueMail(database.db, { ...message, subject: 'a\nb' })).rejects.toThrow()
    expect((await listOutbox(database.db, { page: 1 })).total).toBe(0)
  })

  it('stores a templated notification with its headers and both bodies', async () => {
    const row = await queueTemplatedMail(database.db, {
      to: 'ana@example.org',
      locale: 'de',
      template: testMail,
      data: { siteUrl: 'https://stoa.example' },
      notification: { unsubscribeUrl: 'https://stoa.example/u/1' },
    })
    const stored = await getOutboxMessage(database.db, row.id)
    expect(stored.kind).toBe('notification')
    expect(stored.locale).toBe('de')
    expect(stored.subject).toBe('Test-E-Mail von Stoa')
    expect(stored.headers['List-Unsubscribe']).toBe('<https://stoa.example/u/1>')
    expect(stored.textBody).toContain('https://stoa.example')
    expect(stored.htmlBody).toContain('<html lang="de"')
  })
})

describe('the outbox queries', () => {
  it('list newest first, filtered by status and by part of the address, page by page', async () => {
    for (let index = 0; index < 5; index++) {
      const row = await queueMail(database.db, {
        ...message,
        to: `person${index}@Example.org`,
        subject: `Mail ${index}`,
      })
      await database.db
        .update(mailOutbox)
        .set({ createdAt: new Date(Date.UTC(2026, 0, 1 + index)), status: index % 2 === 0 ? 'sent' : 'failed' })
        .where(eq(mailOutbox.id, row.id))
    }
    const all = await listOutbox(database.db, { page: 1, pageSize: 2 })
    expect(all.total).toBe(5)
    expect(all.pageCount).toBe(3)
    expect(all.messages.map((row) => row.subject)).toEqual(['Mail 4', 'Mail 3'])
    expect((await listOutbox(database.db, { page: 3, pageSize: 2 })).messages.map((row) => row.subject)).toEqual([
      'Mail 0',
    ])
    // A page past the end shows the last page rather than nothing.
    expect((await listOutbox(database.db, { page: 99, pageSize: 2 })).page).toBe(3)

    const failed = await listOutbox(database.db, { page: 1, status: 'failed' })
    expect(failed.messages.map((row) => row.subject)).toEqual(['Mail 3', 'Mail 1'])
    const byAddress = await listOutbox(database.db, { page: 1, to: 'PERSON2@' })
    expect(byAddress.messages.map((row) => row.toAddress)).toEqual(['person2@Example.org'])
    // LIKE wildcards typed in the filter are matched literally.
    expect((await listOutbox(database.db, { page: 1, to: '%' })).total).toBe(0)
  })

  it('find no mail for an unknown or malformed id', async () => {
    await expect(getOutboxMessage(database.db, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(getOutboxMessage(database.db, 'nope')).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('retryMail', () => {
  it('queues a failed or kept mail again with fresh attempts, and refuses one that was sent', async () => {
    const failed = await queueMail(database.db, message)
    await database.db
      .update(mailOutbox)
      .set({ status: 'failed', attempts: 6, lastError: '550 no such user' })
      .where(eq(mailOutbox.id, failed.id))
    const now = new Date('2026-03-01T10:00:00Z')
    const retried = await retryMail(database.db, failed.id, now)
    expect(retried.ok).toBe(true)
    expect(await getOutboxMessage(database.db, failed.id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      lastError: null,
      nextAttemptAt: now,
    })

    const kept = await queueMail(database.db, message)
    await database.db.update(mailOutbox).set({ status: 'kept' }).where(eq(mailOutbox.id, kept.id))
    expect((await retryMail(database.db, kept.id)).ok).toBe(true)

    const sent = await queueMail(database.db, message)
    await database.db.update(mailOutbox).set({ status: 'sent' }).where(eq(mailOutbox.id, sent.id))
    expect(await retryMail(database.db, sent.id)).toEqual({ ok: false, reason: 'not-retryable' })
    expect((await getOutboxMessage(database.db, sent.id)).status).toBe('sent')

    await expect(retryMail(database.db, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError)
  })
})
