import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../db/client.js'
import { listAuditEvents } from '../../platform/audit/index.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson } from '../accounts/testing.js'
import { practices } from '../practices/tables.js'
import { updateCall } from './commands.js'
import { loadDashboard } from './dashboard.js'
import { decideApplication, releaseOutcomes } from './decisions.js'
import { assignExpert, autoAssign, declareConflict, forwardApplication, saveReview } from './evaluation.js'
import { setPanel } from './panel.js'
import { getCallById } from './queries.js'
import { callApplications, callReviews } from './tables.js'
import { actorOf, createTestCall, submitTestApplication, TEST_EDITOR } from './testing.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const MESSAGES = { score: 'Score {name}', recommendation: 'Recommend' }

async function applicant(country: string, locale = 'en') {
  const organisation = await createOrganisation(t.db, { country })
  const person = await createPerson(t.db, t.config, { locale, memberOf: [{ organisationId: organisation.id }] })
  return { organisation, person, actor: actorOf(person, [{ organisationId: organisation.id, role: 'member' }]) }
}

async function expert(organisationId?: string) {
  const person = await createPerson(t.db, t.config, {
    roles: ['expert'],
    memberOf: organisationId ? [{ organisationId }] : [],
  })
  return actorOf(person, organisationId ? [{ organisationId, role: 'member' }] : [], ['expert'])
}

async function closedCallWith(count: number, overrides = {}) {
  const call = await createTestCall(t.db, now, {
    closesAt: new Date(now.getTime() + 3600_000),
    practiceMapping: { qtitle: 'title', qsummary: 'summary' },
    ...overrides,
  })
  const people = []
  for (let index = 0; index < count; index += 1) {
    const who = await applicant(index % 2 === 0 ? 'PT' : 'AM', index % 2 === 0 ? 'en' : 'fr')
    const application = await submitTestApplication(
      t.db,
      t.config,
      who.actor,
      call,
      who.organisation.id,
      { qtitle: `Practice ${index}`, qsummary: 'A summary.' },
      now,
    )
    await forwardApplication(t.db, TEST_EDITOR, application.id, 'experts')
    people.push({ ...who, application })
  }
  return { call: await getCallById(t.db, call.id), people }
}

describe('evaluation', () => {
  it('never assigns a conflicted expert, automatically or by hand, and balances the others', async () => {
    const { call, people } = await closedCallWith(3, { reviewsPerSubmission: 2 })
    const conflicted = await expert(people[0]!.organisation.id)
    const others = [await expert(), await expert()]
    await setPanel(t.db, TEST_EDITOR, call.id, 'experts', [conflicted.id, ...others.map((other) => other.id)])
    await autoAssign(t.db, TEST_EDITOR, call, now)
    const reviews = await t.db.select().from(callReviews)
    const mine = reviews.filter((review) => people.some((p) => p.application.id === review.applicationId))
    expect(
      mine
        .filter((review) => review.applicationId === people[0]!.application.id)
        .map((r) => r.expertId)
        .sort(),
    ).toEqual(others.map((other) => other.id).sort())
    expect(mine).toHaveLength(6)
    expect(
      await assignExpert(
        t.db,
        TEST_EDITOR,
        { call, applicationId: people[0]!.application.id, expertId: conflicted.id },
        now,
      ),
    ).toEqual({ ok: false, reason: 'conflicted' })
    expect((await getCallById(t.db, call.id)).evaluationStartedAt).not.toBeNull()
  })

  it('lets an expert declare a conflict, score on the scale, and submit only a complete review', async () => {
    const { call, people } = await closedCallWith(1, {
      reviewsPerSubmission: 1,
      criteria: { experts: [{ id: 'c1', name: 'Impact', description: '', weight: 1, scaleMax: 5 }] },
    })
    const first = await expert()
    const second = await expert()
    await setPanel(t.db, TEST_EDITOR, call.id, 'experts', [first.id])
    await autoAssign(t.db, TEST_EDITOR, call, now)
    const [review] = await t.db
      .select()
      .from(callReviews)
      .where(eq(callReviews.applicationId, people[0]!.application.id))
    expect(await declareConflict(t.db, second, review!.id)).toBe(false)
    expect(await declareConflict(t.db, first, review!.id)).toBe(true)
    await setPanel(t.db, TEST_EDITOR, call.id, 'experts', [first.id, second.id])
    await autoAssign(t.db, TEST_EDITOR, call, now)
    const [again] = await t.db
      .select()
      .from(callReviews)
      .where(eq(callReviews.applicationId, people[0]!.application.id))
    expect(again!.expertId).toBe(second.id)
    const input = (scores: Record<string, number>, recommendation: 'select' | null, submit: boolean) => ({
      reviewId: again!.id,
      review: { scores, comment: 'Good', recommendation },
      submit,
      call,
      messages: MESSAGES,
    })
    expect(await saveReview(t.db, second, input({ c1: 6 }, null, false), now)).toMatchObject({ reason: 'invalid' })
    expect(await saveReview(t.db, second, input({}, null, true), now)).toMatchObject({
      reason: 'invalid',
      errors: [{ field: 'score-c1' }, { field: 'recommendation' }],
    })
    expect(await saveReview(t.db, first, input({ c1: 4 }, 'select', true), now)).toMatchObject({ reason: 'not-found' })
    expect(await saveReview(t.db, second, input({ c1: 4 }, 'select', true), now)).toEqual({ ok: true })
    expect(await saveReview(t.db, second, input({ c1: 1 }, 'select', true), now)).toMatchObject({ reason: 'submitted' })
  })

  it('selects within the quota, releases outcomes in the applicant’s language, and makes the draft practice', async () => {
    const { call, people } = await closedCallWith(3, { quota: 1 })
    expect(
      await decideApplication(t.db, TEST_EDITOR, {
        applicationId: people[0]!.application.id,
        decision: 'selected',
        reason: 'Strong',
      }),
    ).toEqual({ ok: true })
    expect(
      await decideApplication(t.db, TEST_EDITOR, {
        applicationId: people[1]!.application.id,
        decision: 'selected',
        reason: '',
      }),
    ).toEqual({ ok: false, reason: 'quota' })
    await decideApplication(t.db, TEST_EDITOR, {
      applicationId: people[1]!.application.id,
      decision: 'reserve',
      reason: '',
    })
    await decideApplication(t.db, TEST_EDITOR, {
      applicationId: people[2]!.application.id,
      decision: 'not-selected',
      reason: 'Out of scope',
    })
    const before = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people[1]!.person.email))
    expect(before.filter((mail) => mail.subject.includes('réserve'))).toHaveLength(0)
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, call, now)).toBe(3)
    const french = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people[1]!.person.email))
    expect(french.some((mail) => mail.subject.startsWith('Sur la liste de réserve'))).toBe(true)
    const [selected] = await t.db
      .select()
      .from(callApplications)
      .where(eq(callApplications.id, people[0]!.application.id))
    const [practice] = await t.db.select().from(practices).where(eq(practices.id, selected!.practiceId!))
    expect(practice).toMatchObject({
      title: 'Practice 0',
      publicationStatus: 'draft',
      selectedInCallId: call.id,
      selectedInCallTitle: call.title,
      selectedInCallUrl: `/calls/${call.slug}`,
    })
    expect(await releaseOutcomes(t.db, t.config, TEST_EDITOR, call, now)).toBe(0)
    expect((await getCallById(t.db, call.id)).decidedAt).not.toBeNull()
    const audit = await listAuditEvents(t.db, { action: 'call_application.decided', page: 1, pageSize: 100 })
    expect(audit.events.filter((event) => people.some((p) => p.application.id === event.subjectId))).toHaveLength(3)
  })

  it('runs each round with its own panel and criteria; an application moves on only when forwarded', async () => {
    const { call, people } = await closedCallWith(2, {
      reviewsPerSubmission: 1,
      criteria: {
        experts: [{ id: 'c1', name: 'Impact', description: '', weight: 1, scaleMax: 5 }],
        panel: [
          { id: 'c1', name: 'Fit', description: '', weight: 1, scaleMax: 10 },
          { id: 'c2', name: 'Readiness', description: '', weight: 3, scaleMax: 4 },
        ],
      },
    })
    const scorer = await expert()
    const juror = await expert()
    await setPanel(t.db, TEST_EDITOR, call.id, 'experts', [scorer.id])
    await setPanel(t.db, TEST_EDITOR, call.id, 'panel', [juror.id])
    expect(await autoAssign(t.db, TEST_EDITOR, call, now, 'experts')).toBe(2)
    // Nobody has reached the panel round yet: nothing to assign there.
    expect(await autoAssign(t.db, TEST_EDITOR, call, now, 'panel')).toBe(0)
    const [first, second] = people.map((person) => person.application.id) as [string, string]
    expect(await assignExpert(t.db, TEST_EDITOR, { call, applicationId: first, expertId: juror.id }, now)).toEqual({
      ok: false,
      reason: 'not-on-panel',
    })
    const submitReview = async (who: typeof scorer, applicationId: string, scores: Record<string, number>) => {
      const [review] = await t.db
        .select()
        .from(callReviews)
        .where(eq(callReviews.applicationId, applicationId))
        .then((rows) => rows.filter((row) => row.expertId === who.id))
      return saveReview(
        t.db,
        who,
        {
          reviewId: review!.id,
          review: { scores, comment: '', recommendation: 'select' },
          submit: true,
          call,
          messages: MESSAGES,
        },
        now,
      )
    }
    expect(await submitReview(scorer, first, { c1: 4 })).toEqual({ ok: true })
    expect(await submitReview(scorer, second, { c1: 2 })).toEqual({ ok: true })
    const experts = await loadDashboard(t.db, call, now, { round: 'experts' })
    expect(experts.rows.map((row) => [row.application.id, row.mean])).toEqual([
      [first, 80],
      [second, 40],
    ])

    await forwardApplication(t.db, TEST_EDITOR, first, 'panel')
    expect(await autoAssign(t.db, TEST_EDITOR, call, now, 'panel')).toBe(1)
    const panelReviews = await t.db.select().from(callReviews).where(eq(callReviews.round, 'panel'))
    expect(panelReviews.filter((review) => review.applicationId === first).map((review) => review.expertId)).toEqual([
      juror.id,
    ])
    // Scored against the panel round's criteria: the expert round's scale (0–5) does not apply.
    expect(await submitReview(juror, first, { c1: 10 })).toMatchObject({ reason: 'invalid' })
    expect(await submitReview(juror, first, { c1: 10, c2: 2 })).toEqual({ ok: true })
    const panel = await loadDashboard(t.db, call, now, { round: 'panel' })
    expect(panel.total).toBe(1)
    expect(panel.rows[0]).toMatchObject({ mean: 62.5, done: 1 })

    // New weights: kept totals follow, so the ranking does.
    await updateCall(t.db, TEST_EDITOR, call.id, {
      criteria: {
        ...call.criteria,
        panel: [
          { id: 'c1', name: 'Fit', description: '', weight: 1, scaleMax: 10 },
          { id: 'c2', name: 'Readiness', description: '', weight: 1, scaleMax: 4 },
        ],
      },
    })
    expect((await loadDashboard(t.db, call, now, { round: 'panel' })).rows[0]!.mean).toBe(75)
    const everyone = await loadDashboard(t.db, call, now, { round: 'eligibility', pageSize: 1 })
    expect(everyone).toMatchObject({ total: 2, pageCount: 2, page: 1 })
    expect((await loadDashboard(t.db, call, now, { round: 'eligibility', pageSize: 1, page: 2 })).rows).toHaveLength(1)
  })

  it('refuses everything evaluation to anyone but editors', async () => {
    const { call } = await closedCallWith(0)
    const member = (await applicant('PT')).actor
    await expect(autoAssign(t.db, member, call, now)).rejects.toThrow()
    await expect(setPanel(t.db, member, call.id, 'experts', [])).rejects.toThrow()
    await expect(
      decideApplication(t.db, member, { applicationId: call.id, decision: 'selected', reason: '' }),
    ).rejects.toThrow()
    await expect(releaseOutcomes(t.db, t.config, await expert(), call, now)).rejects.toThrow()
  })
})

describe.runIf(t.database.kind === 'postgres')('quota on PostgreSQL with two app instances', () => {
  let second: Awaited<ReturnType<typeof openPostgres>>
  beforeAll(async () => {
    second = await openPostgres(t.database.url!, 10)
  })
  afterAll(() => second.close())

  it('never selects more than the quota when editors select at once over two pools', async () => {
    const { call, people } = await closedCallWith(8, { quota: 3 })
    const results = await Promise.all(
      people.map((person, index) =>
        decideApplication(index % 2 === 0 ? t.db : second.db, TEST_EDITOR, {
          applicationId: person.application.id,
          decision: 'selected',
          reason: '',
        }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(3)
    const selected = await t.db.select().from(callApplications).where(eq(callApplications.callId, call.id))
    expect(selected.filter((row) => row.decision === 'selected')).toHaveLength(3)
  })
})
