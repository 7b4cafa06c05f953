import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { getCallById } from './queries.js'
import { callReviews } from './tables.js'
import { actorOf, createTestCall, submitTestApplication } from './testing.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())
const location = (response: Response) => response.headers.get('location') ?? ''

describe('evaluating through the pages', () => {
  it('walks panel, assignment, blind scoring, ranking, decisions within quota, release and exports', async () => {
    const call = await createTestCall(t.db, now, {
      blind: true,
      quota: 1,
      reviewsPerSubmission: 1,
      criteria: { experts: [{ id: 'c1', name: 'Impact', description: 'Results', weight: 1, scaleMax: 5 }] },
      practiceMapping: { qtitle: 'title', qsummary: 'summary' },
    })
    const lisbon = await createOrganisation(t.db, { name: 'Lisbon Heritage Office', country: 'PT' })
    const yerevan = await createOrganisation(t.db, { name: 'Yerevan Municipality', country: 'AM' })
    const a = await createPerson(t.db, t.config, { memberOf: [{ organisationId: lisbon.id }] })
    const b = await createPerson(t.db, t.config, { locale: 'de', memberOf: [{ organisationId: yerevan.id }] })
    const first = await submitTestApplication(
      t.db,
      t.config,
      actorOf(a, [{ organisationId: lisbon.id, role: 'member' }]),
      call,
      lisbon.id,
      { qtitle: 'Tiled facades' },
      now,
    )
    const second = await submitTestApplication(
      t.db,
      t.config,
      actorOf(b, [{ organisationId: yerevan.id, role: 'member' }]),
      call,
      yerevan.id,
      { qtitle: 'Courtyards' },
      now,
    )
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const expert = await createPerson(t.db, t.config, { name: 'Xenia Expert', roles: ['expert'] })
    const conflicted = await createPerson(t.db, t.config, {
      name: 'Carl Conflicted',
      roles: ['expert'],
      memberOf: [{ organisationId: lisbon.id }],
    })
    const base = `/en/calls/${call.slug}/applications`

    const applicantCookie = await sessionCookieFor(t.db, t.config, a.email)
    expect((await t.get(base, { cookie: applicantCookie })).status).toBe(403)
    expect((await t.get(`${base}.csv`, { cookie: applicantCookie })).status).toBe(403)

    expect(location(await t.postForm(`${base}/panel`, { round: 'experts', experts: expert.id }, { cookie }))).toBe(
      `${base}?round=experts&done=panel`,
    )
    await t.app.request(`${base}/panel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', cookie },
      body: new URLSearchParams([
        ['round', 'experts'],
        ['experts', expert.id],
        ['experts', conflicted.id],
      ]).toString(),
    })
    expect(
      location(await t.postForm(`${base}/actions`, { action: 'forward-all', round: 'eligibility' }, { cookie })),
    ).toBe(`${base}?round=experts&done=forwarded`)
    await t.postForm(`${base}/actions`, { action: 'assign', round: 'experts' }, { cookie })
    const reviews = await t.db.select().from(callReviews).where(eq(callReviews.applicationId, first.id))
    expect(reviews.map((review) => review.expertId)).toEqual([expert.id])
    const manual = await t.postForm(`${base}/${first.id}/assign`, { expertId: conflicted.id }, { cookie })
    expect(manual.status).toBe(409)
    expect(await manual.text()).toContain('conflict of interest')

    const expertCookie = await sessionCookieFor(t.db, t.config, expert.email)
    const mine = await (await t.get('/en/calls/reviews', { cookie: expertCookie })).text()
    expect(mine).toContain(first.reference!)
    const reviewPath = `/en/calls/reviews/${reviews[0]!.id}`
    const page = await (await t.get(reviewPath, { cookie: expertCookie })).text()
    expect(page).toContain('Tiled facades')
    expect(page).not.toContain('Lisbon Heritage Office')
    expect(page).toContain('Blind review')
    const applicationPage = await (await t.get(`/en/calls/applications/${first.id}`, { cookie: expertCookie })).text()
    expect(applicationPage).not.toContain('Lisbon Heritage Office')
    const incomplete = await t.postForm(
      reviewPath,
      { intent: 'submit', comment: 'Kept comment' },
      { cookie: expertCookie },
    )
    expect(incomplete.status).toBe(422)
    const incompleteHtml = await incomplete.text()
    expect(incompleteHtml).toContain('Choose a score for Impact')
    expect(incompleteHtml).toContain('Kept comment')
    const submitted = await t.postForm(
      reviewPath,
      { intent: 'submit', 'score-c1': '4', recommendation: 'select', comment: 'Strong' },
      { cookie: expertCookie },
    )
    expect(location(submitted)).toBe(`${reviewPath}?done=submitted`)
    expect((await t.get(`/en/calls/reviews/${reviews[0]!.id}`, { cookie: applicantCookie })).status).toBe(404)

    const dashboard = await (await t.get(`${base}?round=experts`, { cookie })).text()
    expect(dashboard).toContain('80')
    expect(dashboard).toContain('Lisbon Heritage Office')
    expect(dashboard).toContain('Criteria of this round: Impact')
    expect(dashboard).toContain('Xenia Expert')
    const eligibility = await (await t.get(base, { cookie })).text()
    expect(eligibility).toContain('This round has no criteria')

    expect(
      location(
        await t.postForm(`${base}/${first.id}/decide`, { decision: 'selected', reason: 'Inspiring' }, { cookie }),
      ),
    ).toBe(`${base}/${first.id}`)
    const overQuota = await t.postForm(`${base}/${second.id}/decide`, { decision: 'selected', reason: '' }, { cookie })
    expect(overQuota.status).toBe(409)
    expect(await overQuota.text()).toContain('The quota is reached')
    await t.postForm(`${base}/${second.id}/decide`, { decision: 'reserve', reason: '' }, { cookie })
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, b.email))).toHaveLength(1)
    await t.postForm(`${base}/actions`, { action: 'release' }, { cookie })
    const german = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, b.email))
    expect(german.some((mail) => mail.subject.startsWith('Auf der Nachrückliste'))).toBe(true)
    expect((await getCallById(t.db, call.id)).decidedAt).not.toBeNull()

    const csv = await t.get(`${base}.csv`, { cookie })
    expect(csv.headers.get('content-disposition')).toContain('attachment')
    const csvText = await csv.text()
    expect(csvText).toContain(first.reference!)
    expect(csvText).toContain('Tiled facades')
    const scores = await (await t.get(`${base}/scores.csv?round=experts`, { cookie })).text()
    expect(scores).toContain('Xenia Expert')
    const xlsx = await t.get(`${base}.xlsx`, { cookie })
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })
})
