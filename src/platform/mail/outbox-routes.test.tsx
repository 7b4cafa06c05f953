import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AppEnv } from '../http/env.js'
import { ForbiddenError } from '../http/errors.js'
import type { StoaModule } from '../module.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'
import { idsIn, startTags } from '../ui/testing.js'
import { mailMessages } from './mail-messages.js'
import { outboxRoutes } from './outbox-routes.js'
import { getOutboxMessage, listOutbox } from './queries.js'
import { queueMail, queueTemplatedMail } from './queue.js'
import { mailOutbox } from './tables.js'
import { testMail } from './test-mail.js'

const ADMIN = { 'x-test-role': 'admin' }

// Stands in for the accounts module's role check, which the app passes in when it mounts the outbox.
function authorize(c: Context<AppEnv>) {
  if (c.req.header('x-test-role') === 'visitor') return c.redirect('/en/sign-in', 303)
  if (c.req.header('x-test-role') !== 'admin') throw new ForbiddenError()
}

const outboxModule = (): StoaModule => ({
  name: 'outbox-under-test',
  messages: mailMessages,
  pages: { segment: 'admin/outbox', routes: outboxRoutes({ authorize }) },
})

let t: TestApp
let withSmtp: TestApp
beforeAll(async () => {
  t = await createTestApp({ modules: [outboxModule()] })
  withSmtp = await createTestApp({
    modules: [outboxModule()],
    database: t.database,
    env: { SMTP_URL: 'smtp://127.0.0.1:2525' },
  })
})
afterAll(() => t?.close())
beforeEach(async () => {
  await t.db.delete(mailOutbox)
})

async function page(app: TestApp, path: string, status = 200) {
  const response = await app.get(path, ADMIN)
  expect(response.status, path).toBe(status)
  return response.text()
}

function expectSoundPage(html: string) {
  const ids = idsIn(html)
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length)
  for (const label of startTags(html, 'label')) expect(ids).toContain(label.attributes.for)
  expect(html).not.toMatch(/\sstyle="/)
  expect(html).not.toMatch(/<iframe/)
}

describe('the outbox pages', () => {
  it('are refused to anyone the authorize check refuses, and answered by its redirect when it gives one', async () => {
    const forbidden = await t.get('/en/admin/outbox')
    expect(forbidden.status).toBe(403)
    expect(await forbidden.text()).toContain('You cannot see this page')
    expect((await t.postForm('/en/admin/outbox/test', { recipient: 'a@example.org' })).status).toBe(403)
    const redirected = await t.get('/en/admin/outbox', { 'x-test-role': 'visitor' })
    expect(redirected.status).toBe(303)
    expect(redirected.headers.get('location')).toBe('/en/sign-in')
    expect((await listOutbox(t.db, { page: 1 })).total).toBe(0)
  })

  it('list the e-mails newest first with their status, in every language, and are never cached', async () => {
    const older = await queueMail(t.db, { to: 'ana@example.org', locale: 'en', subject: 'First', text: 'One' })
    await t.db
      .update(mailOutbox)
      .set({ createdAt: new Date('2026-01-01T10:00:00Z'), status: 'failed' })
      .where(eq(mailOutbox.id, older.id))
    await queueMail(t.db, { to: 'ben@example.org', locale: 'fr', subject: 'Second <b>', text: 'Two' })

    const response = await t.get('/en/admin/outbox', ADMIN)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await response.text()
    expectSoundPage(html)
    expect(html).toContain('<h1 class="app-heading-xl">Outbox</h1>')
    expect(html).toContain('No SMTP server is configured')
    expect(html).toContain('2 e-mails')
    expect(html).toContain('Second &lt;b&gt;')
    expect(html.indexOf('Second &lt;b&gt;')).toBeLessThan(html.indexOf('>First<'))
    expect(html).toContain('<strong class="app-tag app-tag--red">Failed</strong>')
    expect(html).toContain(`href="/en/admin/outbox/${older.id}"`)
    expect(html).toContain('<meta name="robots" content="noindex"')

    expect(await page(t, '/fr/admin/outbox')).toContain('Boîte d’envoi')
    expect(await page(t, '/de/admin/outbox')).toContain('Postausgang')
    expect(await page(withSmtp, '/en/admin/outbox')).toContain('through the configured SMTP server')
  })

  it('filter by status and recipient from the query string, and keep the filter in the form', async () => {
    await queueMail(t.db, { to: 'ana@example.org', locale: 'en', subject: 'For Ana', text: 'x' })
    const ben = await queueMail(t.db, { to: 'ben@example.org', locale: 'en', subject: 'For Ben', text: 'x' })
    await t.db.update(mailOutbox).set({ status: 'sent' }).where(eq(mailOutbox.id, ben.id))

    const byRecipient = await page(t, '/en/admin/outbox?to=ANA')
    expect(byRecipient).toContain('For Ana')
    expect(byRecipient).not.toContain('For Ben')
    expect(byRecipient).toContain('1 e-mail matches the filter')
    expect(byRecipient).toMatch(/<input[^>]*name="to"[^>]*value="ANA"/)
    expect(byRecipient).toContain('Clear filter')

    const byStatus = await page(t, '/en/admin/outbox?status=sent')
    expect(byStatus).toContain('For Ben')
    expect(byStatus).not.toContain('For Ana')
    expect(byStatus).toContain('<option value="sent" selected="">Sent</option>')

    const nothing = await page(t, '/en/admin/outbox?status=failed')
    expect(nothing).toContain('No e-mail matches this filter.')
    // An unknown status is no filter at all, rather than an error or an empty list.
    expect(await page(t, '/en/admin/outbox?status=bogus')).toContain('For Ben')
  })

  it('show an e-mail with its text, its links clickable and its HTML as escaped source', async () => {
    const mail = await queueTemplatedMail(t.db, {
      to: 'ana@example.org',
      locale: 'en',
      template: testMail,
      data: { siteUrl: 'http://localhost/en/verify?token=abc&next=%2F' },
      notification: { unsubscribeUrl: 'http://localhost/en/unsubscribe/xyz' },
    })
    const html = await page(t, `/en/admin/outbox/${mail.id}`)
    expectSoundPage(html)
    expect(html).toContain('<h1 class="app-heading-l">Test e-mail from Stoa</h1>')
    expect(html).toContain('ana@example.org')
    expect(html).toContain('<strong class="app-tag app-tag--blue">Queued</strong>')
    expect(html).toContain('<a class="app-link" href="http://localhost/en/verify?token=abc&amp;next=%2F">')
    expect(html).toContain('<a class="app-link" href="http://localhost/en/unsubscribe/xyz">')
    expect(html).toContain('<code>List-Unsubscribe</code>: &lt;http://localhost/en/unsubscribe/xyz&gt;')
    expect(html).toContain('&lt;!doctype html&gt;')
    expect(html).not.toContain('aria-roledescription="email"')
    // A queued or kept mail has nothing to retry.
    expect(html).not.toContain('/retry')

    expect((await t.get('/en/admin/outbox/00000000-0000-4000-8000-000000000000', ADMIN)).status).toBe(404)
    expect((await t.get('/en/admin/outbox/not-an-id', ADMIN)).status).toBe(404)
  })

  it('name the attachments of an e-mail', async () => {
    const mail = await queueMail(t.db, {
      to: 'ana@example.org',
      locale: 'en',
      subject: 'New time',
      text: 'See the invitation.',
      attachments: [{ filename: 'visit.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR' }],
    })
    const html = await page(t, `/en/admin/outbox/${mail.id}`)
    expect(html).toContain('Attachments')
    expect(html).toContain('visit.ics <span class="app-hint">(text/calendar)</span>')
  })

  it('send a failed e-mail again, and refuse to send a sent one twice', async () => {
    const failed = await queueMail(t.db, { to: 'ana@example.org', locale: 'en', subject: 'Bounced', text: 'x' })
    await t.db
      .update(mailOutbox)
      .set({ status: 'failed', attempts: 6, lastError: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:2525' })
      .where(eq(mailOutbox.id, failed.id))
    const before = await page(t, `/en/admin/outbox/${failed.id}`)
    expect(before).toContain('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:2525')
    expect(before).toContain(`action="/en/admin/outbox/${failed.id}/retry"`)
    expect(before).toContain('Try again now')

    const retried = await t.postForm(`/en/admin/outbox/${failed.id}/retry`, {}, ADMIN)
    expect(retried.status).toBe(303)
    expect(retried.headers.get('location')).toBe(`/en/admin/outbox/${failed.id}?notice=retried`)
    expect(await getOutboxMessage(t.db, failed.id)).toMatchObject({ status: 'queued', attempts: 0, lastError: null })
    expect(await page(t, `/en/admin/outbox/${failed.id}?notice=retried`)).toContain(
      'The e-mail is queued for delivery again.',
    )

    await t.db.update(mailOutbox).set({ status: 'sent' }).where(eq(mailOutbox.id, failed.id))
    const refused = await t.postForm(`/en/admin/outbox/${failed.id}/retry`, {}, ADMIN)
    expect(refused.headers.get('location')).toBe(`/en/admin/outbox/${failed.id}?notice=cannot-retry`)
    expect((await getOutboxMessage(t.db, failed.id)).status).toBe('sent')
  })

  it('offer to send a kept e-mail only once an SMTP server is configured', async () => {
    const kept = await queueMail(t.db, { to: 'ana@example.org', locale: 'en', subject: 'Kept', text: 'x' })
    await t.db.update(mailOutbox).set({ status: 'kept' }).where(eq(mailOutbox.id, kept.id))
    expect(await page(t, `/en/admin/outbox/${kept.id}`)).not.toContain('Send now')
    expect(await page(withSmtp, `/en/admin/outbox/${kept.id}`)).toContain('Send now')
  })

  it('queue a test e-mail in the admin’s language and show it', async () => {
    const response = await t.postForm('/fr/admin/outbox/test', { recipient: ' ops@example.org ' }, ADMIN)
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toMatch(/^\/fr\/admin\/outbox\/[0-9a-f-]{36}\?notice=queued$/)
    const html = await page(t, location)
    expect(html).toContain('L’e-mail est en attente d’envoi.')
    expect(html).toContain('E-mail de test de Stoa')
    const [mail] = (await listOutbox(t.db, { page: 1 })).messages
    expect(mail).toMatchObject({ toAddress: 'ops@example.org', subject: 'E-mail de test de Stoa' })
  })

  it('re-show the test e-mail form with an error summary linked to the field and the input kept', async () => {
    const response = await t.postForm('/en/admin/outbox/test', { recipient: 'not-an-address' }, ADMIN)
    expect(response.status).toBe(422)
    const html = await response.text()
    expectSoundPage(html)
    expect(html).toContain('<title>Error: Outbox')
    expect(html).toContain(
      '<a href="#recipient">Enter an e-mail address in the correct format, like name@example.com</a>',
    )
    expect(html).toMatch(/<input[^>]*id="recipient"[^>]*value="not-an-address"/)
    expect((await listOutbox(t.db, { page: 1 })).total).toBe(0)

    const empty = await t.postForm('/en/admin/outbox/test', {}, ADMIN)
    expect(await empty.text()).toContain('<a href="#recipient">Enter an e-mail address</a>')
  })
})
