import { desc } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp } from '../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../accounts/testing.js'
import { createTestCall } from './testing.js'

let now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

async function member(country = 'PT') {
  const organisation = await createOrganisation(t.db, { country })
  const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id }] })
  return { organisation, person, cookie: await sessionCookieFor(t.db, t.config, person.email) }
}

const location = (response: Response) => response.headers.get('location') ?? ''

describe('call pages', () => {
  it('lists calls with their computed state, filters them, and has a JSON twin, a feed and a deadline event', async () => {
    const open = await createTestCall(t.db, now, { title: 'Open call for parks' })
    await createTestCall(t.db, now, {
      title: 'Upcoming call for experts',
      kind: 'experts',
      opensAt: new Date(now.getTime() + 5 * 24 * 3600_000),
      closesAt: new Date(now.getTime() + 30 * 24 * 3600_000),
    })
    const list = await (await t.get('/en/calls')).text()
    expect(list).toContain('Open call for parks')
    expect(list).toContain('Upcoming call for experts')
    const filtered = await (await t.get('/en/calls?state=open&kind=good-practices')).text()
    expect(filtered).toContain('Open call for parks')
    expect(filtered).not.toContain('Upcoming call for experts')
    const api = (await (await t.get('/api/calls?state=upcoming')).json()) as {
      data: { title: string; state: string }[]
    }
    expect(api.data.map((call) => call.title)).toContain('Upcoming call for experts')
    expect(api.data.every((call) => call.state === 'upcoming')).toBe(true)
    const feed = await t.get('/en/calls/feed.xml')
    expect(feed.headers.get('content-type')).toContain('application/atom+xml')
    expect(await feed.text()).toContain('Open call for parks')
    const ics = await t.get(`/en/calls/${open.slug}/deadline.ics`)
    expect(ics.headers.get('content-type')).toContain('text/calendar')
    expect(await ics.text()).toContain('BEGIN:VEVENT')
    const closing = await createTestCall(t.db, now, { closesAt: new Date(now.getTime() + (2 * 24 + 3) * 3600_000) })
    const page = await (await t.get(`/en/calls/${closing.slug}`)).text()
    expect(page).toContain(closing.title)
    expect(page).toContain('Closes in 2 days and 3 hours')
    expect(page).toContain('Sign in to apply')
  })

  it('lets editors create a call, keeping every field and saying every problem', async () => {
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    const somebody = await member()
    expect((await t.get('/en/calls/new', { cookie: somebody.cookie })).status).toBe(403)
    const fields = {
      title: 'Call for host cities',
      slug: '',
      kind: 'host-cities',
      description: '',
      guidance: '',
      applicantType: 'organisations',
      timeZone: 'Europe/Brussels',
      opensAt: '2027-01-10T10:00',
      closesAt: '2027-01-01T10:00',
      quota: '3',
      reviewsPerSubmission: '2',
      criteria: 'Readiness | 1 | 5 | Able to host',
      practiceMapping: '',
      referencePrefix: 'HC',
    }
    const invalid = await t.postForm('/en/calls/new', fields, { cookie })
    expect(invalid.status).toBe(422)
    const html = await invalid.text()
    expect(html).toContain('There is a problem')
    expect(html).toContain('Enter a description')
    expect(html).toContain('value="Call for host cities"')
    const backwards = await t.postForm('/en/calls/new', { ...fields, description: 'Host a visit.' }, { cookie })
    expect(await backwards.text()).toContain('The deadline must be after the opening')
    const created = await t.postForm(
      '/en/calls/new',
      { ...fields, description: 'Host a visit.', closesAt: '2027-02-01T23:59' },
      { cookie },
    )
    expect(created.status).toBe(303)
    expect(location(created)).toBe('/en/calls/call-for-host-cities/edit?created=1')
    const edit = await (await t.get('/en/calls/call-for-host-cities/edit', { cookie })).text()
    expect(edit).toContain('/en/admin/questionnaires/')
    expect(edit).toContain('2027-02-01T23:59')
  })
})

describe('applying through the pages', () => {
  it('walks start, save, check, submit, confirmation and receipt; another member sees nothing of it', async () => {
    const call = await createTestCall(t.db, now, { title: 'Call with a walk', referencePrefix: 'WALK' })
    const applicant = await member('PT')
    const started = await t.postForm(
      `/en/calls/${call.slug}/apply`,
      { organisationId: applicant.organisation.id },
      { cookie: applicant.cookie },
    )
    expect(started.status).toBe(303)
    const applicationPath = location(started)
    const form = await (await t.get(applicationPath, { cookie: applicant.cookie })).text()
    expect(form).toContain('Name of the practice')
    const saved = await t.postForm(
      applicationPath,
      { revision: '1', qtitle: 'Pocket parks', next: 'check' },
      { cookie: applicant.cookie },
    )
    expect(location(saved)).toBe(`${applicationPath}/check`)
    const check = await (await t.get(`${applicationPath}/check`, { cookie: applicant.cookie })).text()
    expect(check).toContain('Pocket parks')
    const stale = await t.postForm(
      applicationPath,
      { revision: '1', qtitle: 'Old tab text' },
      { cookie: applicant.cookie },
    )
    expect(stale.status).toBe(409)
    const staleHtml = await stale.text()
    expect(staleHtml).toContain('saved in another window')
    expect(staleHtml).toContain('Old tab text')
    const submitted = await t.postForm(`${applicationPath}/submit`, { revision: '2' }, { cookie: applicant.cookie })
    expect(location(submitted)).toBe(`${applicationPath}?done=submitted`)
    const again = await t.postForm(`${applicationPath}/submit`, { revision: '2' }, { cookie: applicant.cookie })
    expect(location(again)).toBe(`${applicationPath}?done=submitted`)
    const confirmation = await (await t.get(`${applicationPath}?done=submitted`, { cookie: applicant.cookie })).text()
    const reference = `WALK-${call.closesAt.getUTCFullYear()}-0001`
    expect(confirmation).toContain(reference)
    const mails = await t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(5)
    const receipts = mails.filter((mail) => mail.subject.includes(reference))
    expect(receipts).toHaveLength(1)
    expect(receipts[0]!.textBody).toContain('Pocket parks')
    const mine = await (await t.get('/en/calls/mine', { cookie: applicant.cookie })).text()
    expect(mine).toContain(reference)

    const other = await member('AM')
    expect((await t.get(applicationPath, { cookie: other.cookie })).status).toBe(404)
    expect((await t.get(`${applicationPath}/check`, { cookie: other.cookie })).status).toBe(404)
    expect((await t.get(`${applicationPath}/files/qtitle`, { cookie: other.cookie })).status).toBe(404)
    expect((await t.postForm(`${applicationPath}/withdraw`, {}, { cookie: other.cookie })).status).toBe(404)
    expect(await (await t.get('/en/calls/mine', { cookie: other.cookie })).text()).not.toContain(reference)
    expect(JSON.stringify(await (await t.get('/api/calls')).json())).not.toContain(reference)
  })

  it('refuses a submission after the deadline and shows the text to copy', async () => {
    const call = await createTestCall(t.db, now, { closesAt: new Date(now.getTime() + 3600_000) })
    const applicant = await member()
    const started = await t.postForm(
      `/en/calls/${call.slug}/apply`,
      { organisationId: applicant.organisation.id },
      { cookie: applicant.cookie },
    )
    const applicationPath = location(started)
    await t.postForm(
      applicationPath,
      { revision: '1', qtitle: 'Typed before the deadline' },
      { cookie: applicant.cookie },
    )
    const before = now
    now = new Date(call.closesAt.getTime())
    try {
      const late = await t.postForm(`${applicationPath}/submit`, { revision: '2' }, { cookie: applicant.cookie })
      expect(late.status).toBe(409)
      const html = await late.text()
      expect(html).toContain('The deadline has passed')
      expect(html).toContain('Typed before the deadline')
      const lateSave = await t.postForm(
        applicationPath,
        { revision: '2', qtitle: 'Typed after' },
        { cookie: applicant.cookie },
      )
      expect(lateSave.status).toBe(409)
      expect(await lateSave.text()).toContain('Typed after')
    } finally {
      now = before
    }
  })

  it('lets the applicant reopen, change and resubmit on a call that allows it, keeping the reference, until the deadline', async () => {
    const call = await createTestCall(t.db, now, { editAfterSubmit: true, referencePrefix: 'EDIT' })
    const applicant = await member('PT')
    const started = await t.postForm(
      `/en/calls/${call.slug}/apply`,
      { organisationId: applicant.organisation.id },
      { cookie: applicant.cookie },
    )
    const applicationPath = location(started)
    await t.postForm(applicationPath, { revision: '1', qtitle: 'First version' }, { cookie: applicant.cookie })
    await t.postForm(`${applicationPath}/submit`, { revision: '2' }, { cookie: applicant.cookie })
    const reference = `EDIT-${call.closesAt.getUTCFullYear()}-0001`
    const page = await (await t.get(applicationPath, { cookie: applicant.cookie })).text()
    expect(page).toContain('Reopen the application to change it')
    const other = await member('AM')
    expect((await t.postForm(`${applicationPath}/reopen`, {}, { cookie: other.cookie })).status).toBe(404)

    const reopened = await t.postForm(`${applicationPath}/reopen`, {}, { cookie: applicant.cookie })
    expect(location(reopened)).toBe(`${applicationPath}?done=reopened`)
    const form = await (await t.get(applicationPath, { cookie: applicant.cookie })).text()
    expect(form).toContain(`You reopened application ${reference}`)
    expect(form).toContain('First version')
    // Every answer is checked again: an empty required answer stops the new submission.
    await t.postForm(applicationPath, { revision: '4', qtitle: '' }, { cookie: applicant.cookie })
    const invalid = await t.postForm(`${applicationPath}/submit`, { revision: '5' }, { cookie: applicant.cookie })
    expect(invalid.status).toBe(422)
    await t.postForm(applicationPath, { revision: '5', qtitle: 'Second version' }, { cookie: applicant.cookie })
    const resubmitted = await t.postForm(`${applicationPath}/submit`, { revision: '6' }, { cookie: applicant.cookie })
    expect(location(resubmitted)).toBe(`${applicationPath}?done=submitted`)
    const confirmation = await (await t.get(applicationPath, { cookie: applicant.cookie })).text()
    expect(confirmation).toContain(reference)
    expect(confirmation).toContain('Second version')
    const receipts = (await t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(10)).filter(
      (mail) => mail.subject.includes(reference),
    )
    expect(receipts).toHaveLength(2)
    expect(receipts[0]!.textBody).toContain('Second version')

    const before = now
    now = new Date(call.closesAt.getTime())
    try {
      expect(await (await t.get(applicationPath, { cookie: applicant.cookie })).text()).not.toContain(
        'Reopen the application',
      )
      const late = await t.postForm(`${applicationPath}/reopen`, {}, { cookie: applicant.cookie })
      expect(late.status).toBe(409)
      expect(await late.text()).toContain('can no longer be changed')
    } finally {
      now = before
    }
  })

  it('refuses changes to a submitted application when the call does not allow them', async () => {
    const call = await createTestCall(t.db, now)
    const applicant = await member('PT')
    const started = await t.postForm(
      `/en/calls/${call.slug}/apply`,
      { organisationId: applicant.organisation.id },
      { cookie: applicant.cookie },
    )
    const applicationPath = location(started)
    await t.postForm(applicationPath, { revision: '1', qtitle: 'Final text' }, { cookie: applicant.cookie })
    await t.postForm(`${applicationPath}/submit`, { revision: '2' }, { cookie: applicant.cookie })
    expect(await (await t.get(applicationPath, { cookie: applicant.cookie })).text()).not.toContain(
      'Reopen the application',
    )
    const refused = await t.postForm(`${applicationPath}/reopen`, {}, { cookie: applicant.cookie })
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('does not allow changes after submitting')
    await t.postForm(applicationPath, { revision: '3', qtitle: 'Changed' }, { cookie: applicant.cookie })
    expect(await (await t.get(applicationPath, { cookie: applicant.cookie })).text()).toContain('Final text')
  })
})
