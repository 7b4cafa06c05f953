import { and, eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { afterAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../../platform/mail/index.js'
import { createTestApp, TEST_ORIGIN } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { activities, activityRegistrations, activitySessions } from '../tables.js'
import { createTestActivity } from '../testing.js'
import { parseSessions } from './activity-form.js'
import { neutraliseFormula } from './participants-csv.js'

let now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

const post = (path: string, body: URLSearchParams, cookie: string) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN, cookie },
    body: body.toString(),
  })

const validForm = (overrides: Record<string, string> = {}) => ({
  kind: 'peer-learning-visit',
  title: 'Adaptive reuse in Łódź',
  summary: 'Three days among the old mills.',
  description: '## Programme\n\nVisits and **workshops**.',
  timeZone: 'Europe/Warsaw',
  startsAt: '2026-06-12 09:30',
  endsAt: '2026-06-14 17:00',
  sessions: '2026-06-12 09:30-11:00 | Welcome | Anna Nowak | Hall A\n2026-06-12 11:30-13:00 | Mill tour',
  format: 'on-site',
  venueName: 'Manufaktura',
  address: 'Drewnowska 58',
  hostCity: 'Łódź',
  hostCountry: 'PL',
  registrationMode: 'open',
  capacity: '1',
  perOrganisationLimit: '',
  registrationOpensAt: '',
  registrationClosesAt: '2026-06-10 18:00',
  hostOrganisationId: '',
  ...overrides,
})

async function signedIn(options: Parameters<typeof createPerson>[2] = {}) {
  const person = await createPerson(t.db, t.config, options)
  return { ...person, cookie: await sessionCookieFor(t.db, t.config, person.email) }
}

describe('the organisers’ form', () => {
  it('reads an agenda line by line and names the first bad line', () => {
    const sessions = parseSessions(
      '2026-06-12 09:30-11:00 | Welcome | Anna | Room 1\n\n2026-06-12 9:00-8:00 | Bad',
      'UTC',
    )
    expect(sessions).toEqual({ badLine: 3 })
    expect(parseSessions('2026-06-12 09:30-11:00 | Welcome', 'Europe/Warsaw')).toEqual([
      {
        title: 'Welcome',
        startsAt: new Date('2026-06-12T07:30:00Z'),
        endsAt: new Date('2026-06-12T09:00:00Z'),
        speakers: '',
        room: '',
      },
    ])
  })

  it('creates an activity after a validation error, with the input kept and messages in French', async () => {
    const editor = await signedIn({ roles: ['editor'] })
    expect((await t.get('/en/activities/new', { cookie: editor.cookie })).status).toBe(200)
    const refused = await post(
      '/fr/activities/new',
      new URLSearchParams(validForm({ title: '', endsAt: '2026-06-11 10:00', timeZone: 'Mars/Olympus' })),
      editor.cookie,
    )
    expect(refused.status).toBe(422)
    const html = await refused.text()
    expect(html).toContain('Saisissez un titre')
    expect(html).toContain('Saisissez un fuseau horaire')
    expect(html).toContain('value="Manufaktura"')
    const created = await post('/fr/activities/new', new URLSearchParams(validForm()), editor.cookie)
    expect(created.status).toBe(303)
    const location = created.headers.get('location')!
    expect(location).toMatch(/^\/fr\/activities\/adaptive-reuse-in-lodz-[a-z0-9]+\/edit\?done=created$/)
    const [activity] = await t.db.select().from(activities).where(eq(activities.title, 'Adaptive reuse in Łódź'))
    expect(activity).toMatchObject({ startsAt: new Date('2026-06-12T07:30:00Z'), capacity: 1, online: false })
    const sessions = await t.db.select().from(activitySessions).where(eq(activitySessions.activityId, activity!.id))
    expect(sessions).toHaveLength(2)
    const page = await (await t.get(`/en/activities/${activity!.slug}`)).text()
    expect(page).toContain('<h3>Programme</h3>')
    expect(page).toContain('<strong>workshops</strong>')
  })

  it('refuses members and other organisations’ admins, and lets the host’s admin edit', async () => {
    const krakow = await createOrganisation(t.db, { name: 'Kraków city' })
    const lisbon = await createOrganisation(t.db, { name: 'Lisboa city' })
    const member = await signedIn()
    const krakowAdmin = await signedIn({ memberOf: [{ organisationId: krakow.id, role: 'admin' }] })
    const lisbonAdmin = await signedIn({ memberOf: [{ organisationId: lisbon.id, role: 'admin' }] })
    const activity = await createTestActivity(t.db, { hostOrganisationId: krakow.id }, now)
    expect((await t.get('/en/activities/new')).status).toBe(303)
    expect((await t.get('/en/activities/new', { cookie: member.cookie })).status).toBe(403)
    expect((await t.get(`/en/activities/${activity.slug}/edit`, { cookie: lisbonAdmin.cookie })).status).toBe(403)
    expect((await t.get(`/en/activities/${activity.slug}/participants`, { cookie: member.cookie })).status).toBe(403)
    expect((await t.get(`/en/activities/${activity.slug}/participants.csv`, { cookie: member.cookie })).status).toBe(
      403,
    )
    // An admin cannot move the activity to an organisation they do not run.
    const moved = await post(
      `/en/activities/${activity.slug}/edit`,
      new URLSearchParams(validForm({ hostOrganisationId: lisbon.id })),
      krakowAdmin.cookie,
    )
    expect(moved.status).toBe(422)
    expect(await moved.text()).toContain('Choose the host organisation from the list')
    const page = await (await t.get(`/en/activities/${activity.slug}`, { cookie: krakowAdmin.cookie })).text()
    expect(page).toContain(`/en/activities/${activity.slug}/participants`)
    const saved = await post(
      `/en/activities/${activity.slug}/edit`,
      new URLSearchParams(validForm({ hostOrganisationId: krakow.id, title: 'Renamed visit' })),
      krakowAdmin.cookie,
    )
    expect(saved.status).toBe(303)
    const [after] = await t.db.select().from(activities).where(eq(activities.id, activity.id))
    expect(after).toMatchObject({ title: 'Renamed visit', hostOrganisationId: krakow.id })
  })
})

describe('participants', () => {
  it('lists, exports with formulas neutralised, cancels, promotes on more seats and marks attendance', async () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
    const editor = await signedIn({ roles: ['editor'] })
    const activity = await createTestActivity(t.db, { capacity: 1 }, now)
    const people = [
      await signedIn({ name: '=cmd|calc' }),
      await signedIn({ name: 'Bea Second' }),
      await signedIn({ name: 'Cai Third' }),
    ]
    for (const person of people)
      expect(
        (await t.postForm(`/en/activities/${activity.slug}/register`, { needs: 'Vegan' }, { cookie: person.cookie }))
          .status,
      ).toBe(303)
    const list = await (await t.get(`/en/activities/${activity.slug}/participants`, { cookie: editor.cookie })).text()
    expect(list).toContain('Bea Second')
    expect(list).toContain('Waiting list')
    const csv = await t.get(`/en/activities/${activity.slug}/participants.csv`, { cookie: editor.cookie })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = await csv.text()
    expect(text).toContain("'=cmd|calc")
    expect(text.split('\r\n')[2]).toContain('Bea Second')

    // The organiser cancels the first: Bea is promoted and mailed.
    const registrations = await t.db
      .select()
      .from(activityRegistrations)
      .where(eq(activityRegistrations.activityId, activity.id))
      .orderBy(activityRegistrations.arrival)
    const cancelled = await t.postForm(
      `/en/activities/${activity.slug}/participants/${registrations[0]!.id}/cancel`,
      {},
      { cookie: editor.cookie },
    )
    expect(cancelled.status).toBe(303)
    const promotedMail = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people[1]!.email))
    expect(promotedMail.map((mail) => mail.subject)).toContain(`A place is free for you: ${activity.title}`)

    // Two more seats: Cai is promoted at once.
    const form = validForm({
      title: activity.title,
      timeZone: activity.timeZone ?? 'Europe/Warsaw',
      startsAt: '2026-05-08 12:00',
      endsAt: '2026-05-08 18:00',
      registrationClosesAt: '',
      capacity: '3',
      sessions: '',
    })
    const saved = await post(`/en/activities/${activity.slug}/edit`, new URLSearchParams(form), editor.cookie)
    expect(saved.status).toBe(303)
    const cai = await t.db
      .select()
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.activityId, activity.id), eq(activityRegistrations.arrival, 3)))
    expect(cai[0]?.status).toBe('confirmed')

    // Attendance only once the activity has started.
    const early = await post(
      `/en/activities/${activity.slug}/participants/attendance`,
      new URLSearchParams([['attended', registrations[1]!.id]]),
      editor.cookie,
    )
    expect(early.status).toBe(409)
    now = new Date('2026-05-08T11:00:00Z')
    const marked = await post(
      `/en/activities/${activity.slug}/participants/attendance`,
      new URLSearchParams([['attended', registrations[1]!.id]]),
      editor.cookie,
    )
    expect(marked.status).toBe(303)
    const after = await t.db
      .select({ arrival: activityRegistrations.arrival, attended: activityRegistrations.attended })
      .from(activityRegistrations)
      .where(eq(activityRegistrations.activityId, activity.id))
      .orderBy(activityRegistrations.arrival)
    expect(after).toEqual([
      { arrival: 1, attended: null },
      { arrival: 2, attended: true },
      { arrival: 3, attended: false },
    ])
    // A certificate for who attended: their own, or any attendee's for an organiser.
    const own = await t.get(`/en/activities/${activity.slug}/certificate`, { cookie: people[1]!.cookie })
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('This certifies that Bea Second attended')
    expect((await t.get(`/en/activities/${activity.slug}/certificate`, { cookie: people[2]!.cookie })).status).toBe(404)
    const byOrganiser = await t.get(
      `/en/activities/${activity.slug}/certificate?registration=${registrations[1]!.id}`,
      {
        cookie: editor.cookie,
      },
    )
    expect(await byOrganiser.text()).toContain('This certifies that Bea Second attended')
    const byOther = await t.get(`/en/activities/${activity.slug}/certificate?registration=${registrations[1]!.id}`, {
      cookie: people[2]!.cookie,
    })
    expect(byOther.status).toBe(404)
    now = new Date('2026-05-01T10:00:00Z')
  })
})

describe('a new time', () => {
  it('mails everyone registered the updated invitation: same UID, SEQUENCE one higher', async () => {
    const editor = await signedIn({ roles: ['editor'] })
    const activity = await createTestActivity(t.db, { capacity: 1 }, now)
    const confirmed = await signedIn()
    const waiting = await signedIn({ locale: 'de' })
    for (const person of [confirmed, waiting])
      await t.postForm(`/en/activities/${activity.slug}/register`, {}, { cookie: person.cookie })
    const form = validForm({
      title: activity.title,
      timeZone: 'Europe/Warsaw',
      startsAt: '2026-05-09 14:00',
      endsAt: '2026-05-09 18:00',
      registrationClosesAt: '',
      capacity: '1',
      sessions: '',
    })
    expect((await post(`/en/activities/${activity.slug}/edit`, new URLSearchParams(form), editor.cookie)).status).toBe(
      303,
    )
    for (const [person, subject] of [
      [confirmed, `New time: ${activity.title}`],
      [waiting, `Neue Zeit: ${activity.title}`],
    ] as const) {
      const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))
      const mail = mails.find((candidate) => candidate.subject === subject)
      expect(mail?.attachments).toHaveLength(1)
      const file = mail!.attachments[0]!
      expect(file).toMatchObject({
        filename: `${activity.slug}.ics`,
        contentType: expect.stringContaining('text/calendar'),
      })
      const calendar = new ICAL.Component(ICAL.parse(file.content))
      for (const zone of calendar.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(new ICAL.Timezone(zone))
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
      expect(event.uid).toBe(`activity-${activity.id}@localhost`)
      expect(event.sequence).toBe(1)
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-05-09T12:00:00.000Z')
    }
  })
})

describe('delegations', () => {
  it('lets an organisation admin register members within the per-organisation limit', async () => {
    const organisation = await createOrganisation(t.db, { name: 'Porto city' })
    const admin = await signedIn({ memberOf: [{ organisationId: organisation.id, role: 'admin' }] })
    const one = await createPerson(t.db, t.config, { name: 'Ana One', memberOf: [{ organisationId: organisation.id }] })
    const two = await createPerson(t.db, t.config, { name: 'Rui Two', memberOf: [{ organisationId: organisation.id }] })
    const member = await signedIn({ memberOf: [{ organisationId: organisation.id }] })
    const activity = await createTestActivity(t.db, { perOrganisationLimit: 1 }, now)
    expect((await t.get(`/en/activities/${activity.slug}/delegation`, { cookie: member.cookie })).status).toBe(403)
    const page = await (await t.get(`/en/activities/${activity.slug}/delegation`, { cookie: admin.cookie })).text()
    expect(page).toContain('Ana One')
    const empty = await post(`/en/activities/${activity.slug}/delegation`, new URLSearchParams(), admin.cookie)
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Choose at least one person')
    const response = await post(
      `/en/activities/${activity.slug}/delegation`,
      new URLSearchParams([
        ['people', one.id],
        ['people', two.id],
      ]),
      admin.cookie,
    )
    const html = await response.text()
    expect(html).toContain('1 person registered.')
    expect(html).toContain('Rui Two: Your organisation has taken all the places it may have.')
    const rows = await t.db
      .select()
      .from(activityRegistrations)
      .where(eq(activityRegistrations.activityId, activity.id))
    expect(rows).toMatchObject([{ userId: one.id, organisationId: organisation.id, registeredById: admin.id }])
  })
})
