import { eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { afterAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createPractice } from '../practices/testing.js'
import { createSeries } from './commands.js'
import { createTestActivity } from './testing.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

/** Parses with a real iCalendar parser and returns each event's UTC start, as a client would compute it. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: event.startDate.zone?.tzid,
      text: component.toString(),
    }
  })
}

describe('activity pages', () => {
  it('lists upcoming activities and filters them by kind and format, without JavaScript', async () => {
    const visit = await createTestActivity(t.db, { title: 'Pocket parks visit' }, now)
    await createTestActivity(t.db, { title: 'Stories webinar', kind: 'webinar', online: true }, now)
    const all = await (await t.get('/en/activities')).text()
    expect(all).toContain('Pocket parks visit')
    expect(all).toContain('Stories webinar')
    const online = await (await t.get('/en/activities?format=online')).text()
    expect(online).not.toContain('Pocket parks visit')
    expect(online).toContain('Stories webinar')
    const visits = await (await t.get('/en/activities?kind=peer-learning-visit&kind=nonsense')).text()
    expect(visits).toContain('Pocket parks visit')
    expect(visits).not.toContain('Stories webinar')
    const past = await (await t.get('/en/activities?when=past')).text()
    expect(past).not.toContain(visit.title)
  })

  it('shows an activity with its JSON-LD Event, its practices, and no joining link for the public', async () => {
    const practice = await createPractice(t.db, { title: 'Pocket parks' })
    const activity = await createTestActivity(
      t.db,
      {
        online: true,
        joiningUrl: 'https://meet.example.org/secret-room',
        practiceIds: [practice.id],
        description: 'First.\n\nSecond <b>bold</b>.',
      },
      now,
    )
    const response = await t.get(`/en/activities/${activity.slug}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('"@type":"Event"')
    expect(html).toContain('Pocket parks')
    expect(html).toContain('<p>Second &lt;b&gt;bold&lt;/b&gt;.</p>')
    expect(html).not.toContain('secret-room')
    const ics = await (await t.get(`/en/activities/${activity.slug}/calendar.ics`)).text()
    expect(ics).not.toContain('secret-room')
    expect((await t.get('/en/activities/no-such-activity')).status).toBe(404)
  })

  it('produces calendars a real parser reads back to the same instants, with VTIMEZONE and a stable UID', async () => {
    // Krakow in summer (UTC+2) and New York in winter (UTC−5): the zone data must be right in both.
    const summer = await createTestActivity(
      t.db,
      {
        startsAt: new Date('2026-06-12T08:00:00Z'),
        endsAt: new Date('2026-06-12T15:00:00Z'),
        timeZone: 'Europe/Warsaw',
      },
      now,
    )
    const winter = await createTestActivity(
      t.db,
      {
        startsAt: new Date('2027-01-12T15:00:00Z'),
        endsAt: new Date('2027-01-12T16:30:00Z'),
        timeZone: 'America/New_York',
      },
      now,
    )
    const one = parseCalendar(await (await t.get(`/en/activities/${summer.slug}/calendar.ics`)).text())
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({ start: '2026-06-12T08:00:00.000Z', end: '2026-06-12T15:00:00.000Z', sequence: 0 })
    expect(one[0]!.text).toContain('DTSTART;TZID=Europe/Warsaw:20260612T100000')
    const feed = await t.get('/en/activities/calendar.ics')
    expect(feed.headers.get('content-type')).toContain('text/calendar')
    const events = parseCalendar(await feed.text())
    const byUid = new Map(events.map((event) => [event.uid, event]))
    expect(byUid.get(`activity-${summer.id}@localhost`)?.start).toBe('2026-06-12T08:00:00.000Z')
    expect(byUid.get(`activity-${winter.id}@localhost`)?.start).toBe('2027-01-12T15:00:00.000Z')
  })
})

describe('beyond the module’s pages', () => {
  it('shows upcoming activities on the home page and finds them in the site search', async () => {
    await createTestActivity(t.db, { title: 'Heritage walk in Ghent' }, now)
    expect(await (await t.get('/en')).text()).toContain('Upcoming activities')
    const search = await (await t.get('/en/search?q=heritage%20walk')).text()
    expect(search).toContain('Heritage walk in Ghent')
  })
})

describe('series', () => {
  it('shows a series with its episodes, its iCal feed and its Atom feed', async () => {
    const seriesId = await createSeries(t.db, {
      slug: 'sharing-stories-test',
      title: 'Sharing stories',
      summary: 'Webinars.',
    })
    await createTestActivity(t.db, { title: 'Episode one & more', seriesId, episodeNumber: 1, kind: 'webinar' }, now)
    await createTestActivity(t.db, { title: 'Episode two', seriesId, episodeNumber: 2, kind: 'webinar' }, now)
    const html = await (await t.get('/en/activities/series/sharing-stories-test')).text()
    expect(html).toContain('Series: Sharing stories')
    expect(html).toContain('Episode one &amp; more')
    expect(html).toContain('Sharing stories · Episode 2')
    expect(
      parseCalendar(await (await t.get('/en/activities/series/sharing-stories-test/calendar.ics')).text()),
    ).toHaveLength(2)
    const atom = await (await t.get('/en/activities/series/sharing-stories-test/feed.xml')).text()
    expect(atom).toContain('<title>Episode one &amp; more</title>')
    expect((await t.get('/en/activities/series/none')).status).toBe(404)
    const filtered = await (await t.get('/en/activities?series=sharing-stories-test')).text()
    expect(filtered).toContain('Episode two')
  })
})

describe('the month calendar', () => {
  it('lists the month’s activities by day in a table, with links to other months', async () => {
    await createTestActivity(
      t.db,
      { title: 'June clinic', startsAt: new Date('2026-06-12T08:00:00Z'), endsAt: new Date('2026-06-13T15:00:00Z') },
      now,
    )
    const html = await (await t.get('/en/activities/calendar?month=2026-06')).text()
    expect(html).toContain('<h1 class="app-heading-xl">Activities in June 2026</h1>')
    expect(html).toContain('<time datetime="2026-06-12">Friday 12 June</time>')
    expect(html).toContain('<time datetime="2026-06-13">Saturday 13 June</time>')
    expect(html).toContain('June clinic')
    expect(html).toContain('href="/en/activities/calendar?month=2026-07"')
    const other = await (await t.get('/en/activities/calendar?month=2026-07')).text()
    expect(other).toContain('No activity this month.')
    expect((await t.get('/en/activities/calendar?month=nonsense')).status).toBe(200)
  })
})

describe('registering through the pages', () => {
  it('registers a member, shows them the joining link, and cancels on their request', async () => {
    const activity = await createTestActivity(
      t.db,
      { online: true, kind: 'webinar', joiningUrl: 'https://meet.example.org/secret-room', capacity: 10 },
      now,
    )
    const person = await createPerson(t.db, t.config, { name: 'Rita Registrant' })
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    const page = await (await t.get(`/en/activities/${activity.slug}`, { cookie })).text()
    expect(page).toContain('10 seats left of 10.')
    const response = await t.postForm(`/en/activities/${activity.slug}/register`, { needs: 'Vegetarian' }, { cookie })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/en/activities/${activity.slug}?done=confirmed`)
    const after = await (await t.get(`/en/activities/${activity.slug}?done=confirmed`, { cookie })).text()
    expect(after).toContain('secret-room')
    expect(after).toContain('You are registered for this activity.')
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))
    const mail = mails.find((candidate) => candidate.subject.startsWith('Your place is confirmed'))
    expect(mail?.textBody).toContain('https://meet.example.org/secret-room')
    const again = await t.postForm(`/en/activities/${activity.slug}/register`, {}, { cookie })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('Already registered for this activity.')
    const cancel = await t.postForm(`/en/activities/${activity.slug}/cancel`, {}, { cookie })
    expect(cancel.headers.get('location')).toBe(`/en/activities/${activity.slug}?done=cancelled`)
    expect(await (await t.get(`/en/activities/${activity.slug}`, { cookie })).text()).not.toContain('secret-room')
  })

  it('cancels from the e-mail’s signed link without signing in, after a confirmation page', async () => {
    const activity = await createTestActivity(t.db, { title: 'Clinic with a link' }, now)
    const person = await createPerson(t.db, t.config)
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    await t.postForm(`/en/activities/${activity.slug}/register`, {}, { cookie })
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))
    const link = /http:\/\/localhost(\/en\/activities\/registrations\/\S+)/.exec(
      mails.find((mail) => mail.subject.includes('Clinic with a link'))!.textBody,
    )![1]!
    const confirm = await t.get(link)
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Yes, cancel my registration')
    expect((await t.get(link.replace(/token=.*/, 'token=forged'))).status).toBe(404)
    const done = await t.postForm(link, {})
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Registration cancelled')
    expect((await t.postForm(link, {})).status).toBe(404)
  })

  it('sends visitors to sign in and refuses needs that are too long, keeping what was typed', async () => {
    const activity = await createTestActivity(t.db, {}, now)
    const visitor = await t.postForm(`/en/activities/${activity.slug}/register`, {})
    expect(visitor.headers.get('location')).toContain('/en/sign-in?next=')
    const person = await createPerson(t.db, t.config)
    const cookie = await sessionCookieFor(t.db, t.config, person.email)
    const response = await t.postForm(
      `/en/activities/${activity.slug}/register`,
      { needs: 'x'.repeat(1001) },
      { cookie },
    )
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('Needs must be 1,000 characters or fewer')
    expect(html).toContain('<title>Error: ')
  })
})
