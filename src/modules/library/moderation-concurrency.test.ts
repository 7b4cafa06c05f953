import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { openPostgres } from '../../db/client.js'
import { auditEvents } from '../../platform/audit/index.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { localFileStorage } from '../../platform/storage/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { actorOf } from '../accounts/organisation-testing.js'
import { createPerson } from '../accounts/testing.js'
import { contributeItem, type ReviewDecision, reviewItem } from './commands.js'

const database = await createTestDatabase()
const db = database.db
afterAll(() => database.close())
const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost', DATA_DIR: '.cache/test-data' })
const env = {
  now: new Date('2026-05-04T09:00:00Z'),
  baseUrl: 'http://localhost',
  storage: localFileStorage(path.join(os.tmpdir(), 'stoa-library-concurrency')),
}

let editors: Awaited<ReturnType<typeof actorOf>>[]
let member: Awaited<ReturnType<typeof actorOf>>

beforeAll(async () => {
  const people = await Promise.all([
    createPerson(db, config, { name: 'Eva Editor', roles: ['editor'] }),
    createPerson(db, config, { name: 'Emil Editor', roles: ['editor'] }),
    createPerson(db, config, { name: 'Mara Member' }),
  ])
  editors = [await actorOf(db, people[0].id), await actorOf(db, people[1].id)]
  member = await actorOf(db, people[2].id)
})

async function contribution(title: string) {
  const result = await contributeItem(
    db,
    member,
    {
      kind: 'link',
      title,
      description: '',
      authors: '',
      organisation: '',
      language: 'en',
      themes: [],
      year: null,
      licence: 'cc0',
      url: 'https://example.org/',
      transcript: '',
      podcastId: null,
      episodeNumber: null,
      coverAlt: '',
    },
    {},
    env,
  )
  if (!result.ok) throw new Error('refused')
  return result.item
}

/** Two editors decide at once: exactly one decision is taken, recorded and mailed. */
async function expectOneDecision(handles: [typeof db, typeof db], decisions: [ReviewDecision, ReviewDecision]) {
  const item = await contribution(`Raced ${decisions.join(' ')} ${Math.random()}`)
  const results = await Promise.all(
    decisions.map((decision, index) => reviewItem(handles[index]!, editors[index]!, item.id, decision, 'Reason.', env)),
  )
  expect(results.filter((result) => result.ok)).toHaveLength(1)
  expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'not-now' }])
  const audits = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, item.id))
  expect(audits.map((row) => row.action).filter((action) => action !== 'library.item_submitted')).toHaveLength(1)
  const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, member.email))
  return mails.length
}

describe('two editors deciding on one contribution at once', () => {
  it('takes one decision on one database', async () => {
    await expectOneDecision([db, db], ['approve', 'reject'])
    await expectOneDecision([db, db], ['approve', 'approve'])
  })
})

describe.runIf(database.kind === 'postgres')('on PostgreSQL with two app instances', () => {
  let second: Awaited<ReturnType<typeof openPostgres>>
  beforeAll(async () => {
    second = await openPostgres(database.url!, 5)
  })
  afterAll(() => second.close())

  it('takes one decision when the editors use two connection pools', async () => {
    const before = (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, member.email))).length
    for (let round = 0; round < 5; round++) await expectOneDecision([db, second.db], ['approve', 'reject'])
    const after = (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, member.email))).length
    expect(after - before).toBe(5)
  })
})
