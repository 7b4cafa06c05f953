import { eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../../db/client.js'
import { mailOutbox } from '../../../platform/mail/index.js'
import { createTestApp } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson } from '../../accounts/testing.js'
import { autoAssign, forwardApplication } from '../evaluation.js'
import { setPanel } from '../panel.js'
import { getCallById } from '../queries.js'
import { callReviews, calls } from '../tables.js'
import { actorOf, createTestCall, submitTestApplication, TEST_EDITOR } from '../testing.js'
import { sendReviewReminders } from './reminders.js'

const DAY = 24 * 3600_000
const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const at = (days: number) => new Date(now.getTime() + days * DAY)

/** A closed call with two applications, each assigned to both experts (due 14 days after `now`). */
async function callUnderReview(title: string) {
  const call = await createTestCall(t.db, now, {
    title,
    closesAt: new Date(now.getTime() + 3600_000),
    reviewsPerSubmission: 2,
  })
  for (const index of [0, 1]) {
    const organisation = await createOrganisation(t.db, { country: 'PT' })
    const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id }] })
    const actor = actorOf(person, [{ organisationId: organisation.id, role: 'member' }])
    const application = await submitTestApplication(
      t.db,
      t.config,
      actor,
      call,
      organisation.id,
      { qtitle: `Practice ${index}` },
      now,
    )
    await forwardApplication(t.db, TEST_EDITOR, application.id, 'experts')
  }
  const experts = [
    await createPerson(t.db, t.config, { roles: ['expert'], locale: 'fr' }),
    await createPerson(t.db, t.config, { roles: ['expert'], locale: 'en' }),
  ]
  await setPanel(
    t.db,
    TEST_EDITOR,
    call.id,
    'experts',
    experts.map((expert) => expert.id),
  )
  expect(await autoAssign(t.db, TEST_EDITOR, await getCallById(t.db, call.id), now)).toBe(4)
  return { call, experts }
}

const subjects = async (email: string, title: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)))
    .map((mail) => mail.subject)
    .filter((subject) => subject.includes(title))

describe('review reminders', () => {
  it('e-mails each expert once before the due date and once when late, even with runs racing', async () => {
    const { call, experts } = await callUnderReview('Heritage shops call')
    const [french, english] = experts as [(typeof experts)[0], (typeof experts)[0]]
    expect(await sendReviewReminders(t.db, t.config, now)).toBe(0)
    expect(await sendReviewReminders(t.db, t.config, at(10))).toBe(0)
    const counts = await Promise.all([1, 2, 3].map(() => sendReviewReminders(t.db, t.config, at(11.5))))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2)
    expect(await sendReviewReminders(t.db, t.config, at(12))).toBe(0)
    expect(await subjects(french.email, call.title)).toEqual([
      expect.stringMatching(/^Évaluations attendues le .* · Heritage shops call$/),
    ])
    const englishMails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, english.email))
    expect(englishMails.find((mail) => mail.subject.startsWith('Reviews due'))!.textBody).toContain(
      '2 reviews for “Heritage shops call” are due',
    )
    // The English expert finishes one review; the other stays open and is late.
    const [finished] = await t.db.select().from(callReviews).where(eq(callReviews.expertId, english.id))
    await t.db.update(callReviews).set({ status: 'submitted' }).where(eq(callReviews.id, finished!.id))
    const late = await Promise.all([1, 2].map(() => sendReviewReminders(t.db, t.config, at(15))))
    expect(late.reduce((a, b) => a + b, 0)).toBe(2)
    expect(await sendReviewReminders(t.db, t.config, at(20))).toBe(0)
    expect(await subjects(english.email, call.title)).toEqual([
      expect.stringMatching(/^Reviews due .* · Heritage shops call$/),
      'Late: one review · Heritage shops call',
    ])
    expect((await subjects(french.email, call.title))[1]).toBe('En retard : 2 évaluations · Heritage shops call')
  })

  it('sends nothing once the outcomes are released, nor for submitted reviews', async () => {
    const { call, experts } = await callUnderReview('Released call')
    await t.db
      .update(calls)
      .set({ decidedAt: at(1) })
      .where(eq(calls.id, call.id))
    await sendReviewReminders(t.db, t.config, at(15))
    for (const expert of experts) expect(await subjects(expert.email, call.title)).toEqual([])
    await t.db.update(calls).set({ decidedAt: null }).where(eq(calls.id, call.id))
    await t.db
      .update(callReviews)
      .set({ status: 'submitted' })
      .where(
        inArray(
          callReviews.expertId,
          experts.map((expert) => expert.id),
        ),
      )
    await sendReviewReminders(t.db, t.config, at(15))
    for (const expert of experts) expect(await subjects(expert.email, call.title)).toEqual([])
  })
})

describe.runIf(t.database.kind === 'postgres')('review reminders on two app instances', () => {
  let second: Awaited<ReturnType<typeof openPostgres>>
  beforeAll(async () => {
    second = await openPostgres(t.database.url!, 10)
  })
  afterAll(() => second.close())

  it('sends each reminder once when both instances run the job at the same moment', async () => {
    const { call, experts } = await callUnderReview('Two instances call')
    const runs = await Promise.all(
      [t.db, second.db, t.db, second.db].map((db) => sendReviewReminders(db, t.config, at(11.5))),
    )
    expect(runs.reduce((a, b) => a + b, 0)).toBe(2)
    for (const expert of experts) expect(await subjects(expert.email, call.title)).toHaveLength(1)
  })
})
