import type { Context } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AppEnv } from '../http/env.js'
import { ForbiddenError } from '../http/errors.js'
import { defineMessages } from '../i18n/catalogue.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'
import { idsIn, startTags } from '../ui/testing.js'
import { auditMessages } from './audit-messages.js'
import { auditRoutes } from './audit-routes.js'
import { recordAudit } from './record.js'
import { auditEvents } from './tables.js'

const ADMIN = { 'x-test-role': 'admin' }

// Stands in for the accounts module's role check, which the app passes in when it mounts the log.
function authorize(c: Context<AppEnv>) {
  if (c.req.header('x-test-role') !== 'admin') throw new ForbiddenError()
}

// How a module names its actions on the page.
const actionNames = defineMessages({
  en: { 'audit.action.role.granted': 'Role granted' },
  fr: { 'audit.action.role.granted': 'Rôle attribué' },
  de: { 'audit.action.role.granted': 'Rolle vergeben' },
})

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({
    modules: [
      {
        name: 'audit-under-test',
        messages: auditMessages,
        pages: { segment: 'admin/audit', routes: auditRoutes({ authorize }) },
      },
      { name: 'action-names', messages: actionNames },
    ],
  })
})
afterAll(() => t?.close())
beforeEach(async () => {
  await t.db.delete(auditEvents)
  await recordAudit(t.db, {
    action: 'role.granted',
    actorId: 'u-admin',
    actorLabel: 'admin@stoa.example',
    subjectType: 'user',
    subjectId: 'u-ana',
    details: { role: '<editor>' },
    occurredAt: new Date('2026-03-02T09:00:00Z'),
  })
  await recordAudit(t.db, {
    action: 'account.signed_in',
    actorId: 'u-ana',
    actorLabel: 'ana@city.example',
    ip: '192.0.2.1',
    occurredAt: new Date('2026-03-03T10:00:00Z'),
  })
})

async function page(path: string, status = 200) {
  const response = await t.get(path, ADMIN)
  expect(response.status, path).toBe(status)
  const html = await response.text()
  const ids = idsIn(html)
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length)
  for (const label of startTags(html, 'label')) expect(ids).toContain(label.attributes.for)
  expect(html).not.toMatch(/\sstyle="/)
  return html
}

describe('the audit log page', () => {
  it('is refused to anyone the authorize check refuses', async () => {
    const response = await t.get('/en/admin/audit')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('admin@stoa.example')
  })

  it('lists events newest first with who, what and the details, escaped, in every language', async () => {
    const response = await t.get('/en/admin/audit', ADMIN)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await page('/en/admin/audit')
    expect(html).toContain('<h1 class="app-heading-xl">Audit log</h1>')
    expect(html).toContain('2 events')
    expect(html.indexOf('account.signed_in')).toBeLessThan(html.indexOf('role.granted'))
    expect(html).toContain('Role granted<br/><code>role.granted</code>')
    expect(html).toContain('admin@stoa.example<br/><code>u-admin</code>')
    expect(html).toContain('role: &lt;editor&gt;')
    expect(html).toContain('192.0.2.1')
    expect(html).toContain('3 March 2026 at 11:00 CET')
    expect(html).toContain('<meta name="robots" content="noindex"')

    const french = await page('/fr/admin/audit')
    expect(french).toContain('Journal d’audit')
    expect(french).toContain('Rôle attribué')
    expect(await page('/de/admin/audit')).toContain('Audit-Protokoll')
  })

  it('filters from the query string, keeps the filter in the form and in the page links', async () => {
    const byAction = await page('/en/admin/audit?action=role')
    expect(byAction).toContain('1 event matches the filter')
    expect(byAction).not.toContain('<code>account.signed_in</code>')
    expect(byAction).toMatch(/<input[^>]*name="action"[^>]*value="role"/)
    expect(byAction).toContain('Clear filter')

    const byActor = await page('/en/admin/audit?actor=ANA%40')
    expect(byActor).toContain('<code>account.signed_in</code>')
    expect(byActor).not.toContain('<code>role.granted</code>')

    const byDay = await page('/en/admin/audit?from=2026-03-02&to=2026-03-02')
    expect(byDay).toContain('<code>role.granted</code>')
    expect(byDay).not.toContain('<code>account.signed_in</code>')

    expect(await page('/en/admin/audit?subjectType=organisation')).toContain('No event matches this filter.')

    for (let index = 0; index < 50; index++) {
      await recordAudit(t.db, { action: 'account.signed_in', actorLabel: `person${index}@city.example` })
    }
    const first = await page('/en/admin/audit?action=account')
    expect(first).toContain('51 events match the filter')
    expect(first).toContain('href="/en/admin/audit?action=account&amp;page=2" rel="next"')
    const second = await page('/en/admin/audit?action=account&page=2')
    expect(second).toContain('ana@city.example')
    expect(second).not.toContain('person0@city.example')
  })

  it('shows an error summary linked to the date field when a date is not one, and no list', async () => {
    const html = await page('/en/admin/audit?from=2026-02-30&action=role', 400)
    expect(html).toContain('<title>Error: Audit log')
    expect(html).toContain('<a href="#from">Enter the “from” date as year-month-day, for example 2026-03-27</a>')
    expect(html).toMatch(/<input[^>]*id="from"[^>]*value="2026-02-30"/)
    expect(html).toMatch(/<input[^>]*name="action"[^>]*value="role"/)
    expect(html).not.toContain('admin@stoa.example')
  })
})
