import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { listAuditEvents } from '../../platform/audit/index.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { listExperts } from '../accounts/index.js'
import { users } from '../accounts/tables.js'
import { createPerson } from '../accounts/testing.js'
import { decideApplication, releaseOutcomes } from './decisions.js'
import { getCallById } from './queries.js'
import { actorOf, createTestCall, submitTestApplication, TEST_EDITOR } from './testing.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

const mailsTo = async (email: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email))).map((mail) => mail.subject)

describe('an experts call', () => {
  it('adds the selected applicants to the expert pool on release, audited and welcomed in their language', async () => {
    const call = await createTestCall(t.db, now, {
      kind: 'experts',
      applicantType: 'individuals',
      referencePrefix: 'EX',
      closesAt: new Date(now.getTime() + 3600_000),
    })
    const chosen = await createPerson(t.db, t.config, { locale: 'fr' })
    const other = await createPerson(t.db, t.config, { locale: 'de' })
    const applications = []
    for (const person of [chosen, other])
      applications.push(
        await submitTestApplication(t.db, t.config, actorOf(person), call, null, { qtitle: 'Heritage economics' }, now),
      )
    await decideApplication(t.db, TEST_EDITOR, { applicationId: applications[0]!.id, decision: 'selected', reason: '' })
    await decideApplication(t.db, TEST_EDITOR, {
      applicationId: applications[1]!.id,
      decision: 'not-selected',
      reason: '',
    })
    const roles = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.roles
    // Deciding is not releasing: nobody joins the pool before the applicants are told.
    expect(await roles(chosen.id)).not.toContain('expert')
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)).toBe(2)
    expect(await roles(chosen.id)).toContain('expert')
    expect(await roles(other.id)).not.toContain('expert')
    const pool = await listExperts(t.db, TEST_EDITOR, now)
    expect(pool.experts.map((expert) => expert.id)).toContain(chosen.id)
    expect(await mailsTo(chosen.email)).toContain(`Bienvenue dans le vivier d’experts · ${call.title}`)
    expect((await mailsTo(other.email)).some((subject) => subject.includes('Expertenpool'))).toBe(false)
    const audit = await listAuditEvents(t.db, { action: 'role.granted', page: 1, pageSize: 100 })
    const granted = audit.events.filter((event) => event.subjectId === chosen.id)
    expect(granted).toHaveLength(1)
    expect(granted[0]).toMatchObject({
      actorId: TEST_EDITOR.id,
      details: { role: 'expert', through: 'call', callId: call.id },
    })
    // A second release changes nothing and welcomes nobody twice.
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)).toBe(0)
    expect((await mailsTo(chosen.email)).filter((subject) => subject.startsWith('Bienvenue'))).toHaveLength(1)
  })
})
