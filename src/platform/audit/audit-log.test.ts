import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../testing/test-database.js'
import { listAuditEvents } from './queries.js'
import { recordAudit } from './record.js'
import { auditEvents } from './tables.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.db.delete(auditEvents)
})

const at = (iso: string) => new Date(iso)

async function seed() {
  const admin = { actorId: 'u-admin', actorLabel: 'admin@stoa.example' }
  await recordAudit(database.db, {
    ...admin,
    action: 'account.signed_in',
    subjectType: 'user',
    subjectId: 'u-admin',
    ip: '192.0.2.1',
    occurredAt: at('2026-03-01T08:00:00Z'),
  })
  await recordAudit(database.db, {
    ...admin,
    action: 'role.granted',
    subjectType: 'user',
    subjectId: 'u-ana',
    details: { role: 'editor' },
    occurredAt: at('2026-03-02T09:00:00Z'),
  })
  await recordAudit(database.db, {
    actorId: 'u-ana',
    actorLabel: 'Ana <ana@city.example>',
    action: 'account.signed_in',
    subjectType: 'user',
    subjectId: 'u-ana',
    occurredAt: at('2026-03-03T10:00:00Z'),
  })
  await recordAudit(database.db, {
    actorLabel: 'system',
    action: 'organisation.member_added',
    subjectType: 'organisation',
    subjectId: 'o-lisbon',
    organisationId: 'o-lisbon',
    occurredAt: at('2026-03-04T11:00:00Z'),
  })
  await recordAudit(database.db, {
    actorLabel: 'ana@city.example',
    action: 'account.sign_in_failed',
    ip: '198.51.100.7',
    occurredAt: at('2026-03-05T12:00:00Z'),
  })
}

const actions = async (filter: Parameters<typeof listAuditEvents>[1]) =>
  (await listAuditEvents(database.db, filter)).events.map((event) => event.action)

describe('the audit log', () => {
  it('records an event with who, what, on what, from where and the details', async () => {
    const event = await recordAudit(database.db, {
      action: 'account.data_exported',
      actorId: 'u-1',
      actorLabel: 'ana@city.example',
      subjectType: 'user',
      subjectId: 'u-1',
      organisationId: 'o-1',
      ip: '2001:db8::1',
      details: { format: 'json' },
    })
    expect(event).toMatchObject({
      action: 'account.data_exported',
      actorId: 'u-1',
      organisationId: 'o-1',
      ip: '2001:db8::1',
      details: { format: 'json' },
    })
    expect(Math.abs(event.occurredAt.getTime() - Date.now())).toBeLessThan(60_000)
  })

  it('commits with the change it records, and disappears with it when the change rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, { action: 'role.granted', actorLabel: 'admin@stoa.example' })
        throw new Error('the role change failed')
      }),
    ).rejects.toThrow('the role change failed')
    expect((await listAuditEvents(database.db, { page: 1 })).total).toBe(0)
    await database.db.transaction((tx) => recordAudit(tx, { action: 'role.granted', actorLabel: 'admin@stoa.example' }))
    expect((await listAuditEvents(database.db, { page: 1 })).total).toBe(1)
  })

  it('refuses a malformed action or an event without an actor label', async () => {
    await expect(recordAudit(database.db, { action: 'Signed in', actorLabel: 'a' })).rejects.toThrow()
    await expect(recordAudit(database.db, { action: 'signed_in', actorLabel: 'a' })).rejects.toThrow()
    await expect(recordAudit(database.db, { action: 'account.signed_in', actorLabel: ' ' })).rejects.toThrow()
  })

  it('lists events newest first, page by page', async () => {
    await seed()
    const first = await listAuditEvents(database.db, { page: 1, pageSize: 2 })
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 })
    expect(first.events.map((event) => event.action)).toEqual(['account.sign_in_failed', 'organisation.member_added'])
    expect(await actions({ page: 3, pageSize: 2 })).toEqual(['account.signed_in'])
  })

  it('filters by an action, or by the group of actions it starts', async () => {
    await seed()
    expect(await actions({ page: 1, action: 'account.signed_in' })).toEqual(['account.signed_in', 'account.signed_in'])
    expect(await actions({ page: 1, action: 'account' })).toEqual([
      'account.sign_in_failed',
      'account.signed_in',
      'account.signed_in',
    ])
    // A prefix only matches whole parts: "acc" is no group, and "_" is not a wildcard.
    expect(await actions({ page: 1, action: 'acc' })).toEqual([])
    expect(await actions({ page: 1, action: 'account.signed_i_' })).toEqual([])
  })

  it('filters by actor id, or by part of the actor’s label in any case', async () => {
    await seed()
    expect(await actions({ page: 1, actor: 'u-ana' })).toEqual(['account.signed_in'])
    expect(await actions({ page: 1, actor: 'ANA@CITY' })).toEqual(['account.sign_in_failed', 'account.signed_in'])
    expect(await actions({ page: 1, actor: '%' })).toEqual([])
  })

  it('filters by subject, organisation and time', async () => {
    await seed()
    expect(await actions({ page: 1, subjectType: 'user', subjectId: 'u-ana' })).toEqual([
      'account.signed_in',
      'role.granted',
    ])
    expect(await actions({ page: 1, subjectType: 'organisation' })).toEqual(['organisation.member_added'])
    expect(await actions({ page: 1, organisationId: 'o-lisbon' })).toEqual(['organisation.member_added'])
    expect(await actions({ page: 1, from: at('2026-03-02T09:00:00Z'), to: at('2026-03-04T11:00:00Z') })).toEqual([
      'account.signed_in',
      'role.granted',
    ])
    expect(await actions({ page: 1, action: 'account', from: at('2026-03-02T00:00:00Z') })).toEqual([
      'account.sign_in_failed',
      'account.signed_in',
    ])
  })
})
