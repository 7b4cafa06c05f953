import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../../platform/mail/index.js'
import { createTestApp, TEST_ORIGIN } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { activityRegistrations } from '../tables.js'
import { createTestActivity } from '../testing.js'

const now = new Date('2026-05-20T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

async function signedIn(options: Parameters<typeof createPerson>[2] = {}) {
  const person = await createPerson(t.db, t.config, options)
  return { ...person, cookie: await sessionCookieFor(t.db, t.config, person.email) }
}

const post = (path: string, body: URLSearchParams, cookie: string) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN, cookie },
    body: body.toString(),
  })

// A visit that ended last week, hosted by Kraków; a webinar still to come.
const host = await createOrganisation(t.db, { name: 'Kraków city', country: 'PL' })
const other = await createOrganisation(t.db, { name: 'Lisboa city' })
const visit = await createTestActivity(
  t.db,
  {
    title: 'Reuse of old premises',
    hostOrganisationId: host.id,
    startsAt: new Date('2026-05-12T07:30:00Z'),
    endsAt: new Date('2026-05-13T15:00:00Z'),
  },
  new Date('2026-04-01T10:00:00Z'),
)
const upcoming = await createTestActivity(t.db, { hostOrganisationId: host.id }, now)
const hostAdmin = await signedIn({ memberOf: [{ organisationId: host.id, role: 'admin' }] })
const otherAdmin = await signedIn({ memberOf: [{ organisationId: other.id, role: 'admin' }] })
const editor = await signedIn({ roles: ['editor'] })
const attendee = await signedIn({ name: 'Agnieszka Attendee' })
const unmarked = await signedIn({ name: 'Uwe Unmarked' })
const absent = await signedIn({ name: 'Ada Absent' })
const waitlisted = await signedIn({ name: 'Wim Waitlisted' })
const stranger = await signedIn({ name: 'Sam Stranger' })
await t.db.insert(activityRegistrations).values([
  { activityId: visit.id, userId: attendee.id, status: 'confirmed', arrival: 1, attended: true },
  { activityId: visit.id, userId: unmarked.id, status: 'confirmed', arrival: 2 },
  { activityId: visit.id, userId: absent.id, status: 'confirmed', arrival: 3, attended: false },
  { activityId: visit.id, userId: waitlisted.id, status: 'waitlisted', arrival: 4 },
  { activityId: upcoming.id, userId: attendee.id, status: 'confirmed', arrival: 1 },
])
const base = `/en/activities/${visit.slug}`

describe('the follow-up questionnaire', () => {
  it('is not there until an organiser sets it up', async () => {
    expect((await t.get(`${base}/follow-up`, { cookie: attendee.cookie })).status).toBe(404)
    const page = await t.get(`${base}/follow-up/answers`, { cookie: hostAdmin.cookie })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Set up the follow-up questionnaire')
  })

  it('keeps the organisers’ page and the set-up to organisers', async () => {
    for (const person of [otherAdmin, attendee, stranger]) {
      expect((await t.get(`${base}/follow-up/answers`, { cookie: person.cookie })).status).toBe(403)
      expect((await post(`${base}/follow-up/set-up`, new URLSearchParams(), person.cookie)).status).toBe(403)
    }
    const visitor = await t.get(`${base}/follow-up/answers`)
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toContain('/en/sign-in?next=')
  })

  it('is set up by the host’s admin and mails those who may answer, once the activity has ended', async () => {
    const setUp = await post(`${base}/follow-up/set-up`, new URLSearchParams(), hostAdmin.cookie)
    expect(setUp.status).toBe(303)
    expect(setUp.headers.get('location')).toBe(`${base}/follow-up/answers?done=set-up`)
    // Setting up twice does not make a second questionnaire nor mail again.
    await post(`${base}/follow-up/set-up`, new URLSearchParams(), editor.cookie)
    const mails = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.subject, `Follow-up: ${visit.title}`))
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([attendee.email, unmarked.email].sort())
    expect(mails[0]?.textBody).toContain(`/activities/${visit.slug}/follow-up`)
  })

  it('is answered by a participant who was there, with the required question checked', async () => {
    const activityPage = await (await t.get(base, { cookie: attendee.cookie })).text()
    expect(activityPage).toContain('Answer the follow-up questionnaire')
    const form = await t.get(`${base}/follow-up`, { cookie: attendee.cookie })
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('What do you intend to transfer to your city or organisation?')

    const empty = await post(`${base}/follow-up`, new URLSearchParams({ qcontacts: 'Anna' }), attendee.cookie)
    expect(empty.status).toBe(422)
    const refused = await empty.text()
    expect(refused).toContain('Error: ')
    expect(refused).toContain('Anna')

    const sent = await post(
      `${base}/follow-up`,
      new URLSearchParams({ qtransfer: 'A shop-window scheme for empty ground floors', quseful: '5' }),
      attendee.cookie,
    )
    expect(sent.status).toBe(303)
    const after = await (await t.get(`${base}/follow-up?done=sent`, { cookie: attendee.cookie })).text()
    expect(after).toContain('Thank you')
    expect(after).toContain('A shop-window scheme for empty ground floors')
    // A second post changes nothing.
    const again = await post(`${base}/follow-up`, new URLSearchParams({ qtransfer: 'Other' }), attendee.cookie)
    expect(again.status).toBe(303)
  })

  it('is not offered to those marked absent, waitlisted or not registered, nor before the end', async () => {
    for (const person of [absent, waitlisted, stranger]) {
      expect((await t.get(`${base}/follow-up`, { cookie: person.cookie })).status).toBe(404)
      expect((await post(`${base}/follow-up`, new URLSearchParams({ qtransfer: 'x' }), person.cookie)).status).toBe(404)
    }
    expect((await t.get(`/en/activities/${upcoming.slug}/follow-up`, { cookie: attendee.cookie })).status).toBe(404)
    expect(await (await t.get(base, { cookie: absent.cookie })).text()).not.toContain('follow-up questionnaire')
  })

  it('shows the answers to the host’s admins and the editors, with who gave them', async () => {
    for (const person of [hostAdmin, editor]) {
      const page = await t.get(`${base}/follow-up/answers`, { cookie: person.cookie })
      expect(page.status).toBe(200)
      expect(page.headers.get('cache-control')).toContain('no-store')
      const html = await page.text()
      expect(html).toContain('Answers of Agnieszka Attendee')
      expect(html).toContain('A shop-window scheme for empty ground floors')
      expect(html).toContain('1 answer.')
    }
    expect((await t.get(`${base}/follow-up/answers`, { cookie: unmarked.cookie })).status).toBe(403)
  })
})
