import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { PARTICIPANTS_FORM } from '../../calls/index.js'
import { actorOf, createTestCall, submitTestApplication } from '../../calls/testing.js'
import { createTestActivity, TEST_LINKS } from '../testing.js'
import { releaseSelection, selectApplicant } from './selection.js'

const now = new Date('2026-05-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

async function signedIn(options: Parameters<typeof createPerson>[2] = {}) {
  const person = await createPerson(t.db, t.config, options)
  return { ...person, cookie: await sessionCookieFor(t.db, t.config, person.email) }
}

const call = await createTestCall(t.db, now, { kind: 'participants', applicantType: 'both' }, PARTICIPANTS_FORM)
const activity = await createTestActivity(
  t.db,
  { registrationMode: 'application', applicationCallId: call.id, fundedPlaces: 1, selfFundedPlaces: 1, capacity: 2 },
  now,
)
const base = `/en/activities/${activity.slug}`
const editor = await signedIn({ roles: ['editor'] })
const organisation = await createOrganisation(t.db, { name: 'Ghent city', country: 'BE' })
const applicant = await signedIn({ name: 'Ana Applicant', memberOf: [{ organisationId: organisation.id }] })
const application = await submitTestApplication(
  t.db,
  t.config,
  actorOf(applicant, [{ organisationId: organisation.id, role: 'member' }]),
  call,
  organisation.id,
  { qrole: 'Planner', qmotivation: 'Parks.', qlearning: 'o2', qconsent: 'yes' },
  now,
)

describe('the application-mode pages', () => {
  it('shows Apply with the call on the activity page and no registration form', async () => {
    const html = await (await t.get(base)).text()
    expect(html).toContain(`href="/en/calls/${call.slug}"`)
    expect(html).not.toContain(`action="${base}/register"`)
  })

  it('keeps the selection to editors and the travel form to accepted participants', async () => {
    expect((await t.get(`${base}/selection`)).status).toBe(303)
    expect((await t.get(`${base}/selection`, { cookie: applicant.cookie })).status).toBe(403)
    const post = await t.postForm(
      `${base}/selection`,
      { applicationId: application.id, funding: 'funded' },
      { cookie: applicant.cookie },
    )
    expect(post.status).toBe(403)
    expect((await t.get(`${base}/travel`, { cookie: applicant.cookie })).status).toBe(404)
    const page = await t.get(`${base}/selection`, { cookie: editor.cookie })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Ana Applicant')
  })

  it('selects through the page, refuses past the quota on the page, and opens the travel form after release', async () => {
    const selected = await t.postForm(
      `${base}/selection`,
      { applicationId: application.id, funding: 'funded' },
      { cookie: editor.cookie },
    )
    expect(selected.status).toBe(303)
    const html = await (await t.get(`${base}/selection`, { cookie: editor.cookie })).text()
    expect(html).toContain('Funded places: 1 of 1 selected')
    expect(html).toContain('Belgium')
    const other = await signedIn()
    const second = await submitTestApplication(
      t.db,
      t.config,
      actorOf(other),
      call,
      null,
      { qrole: 'Researcher', qmotivation: 'Learning.', qlearning: 'o1', qconsent: 'yes' },
      now,
    )
    const refused = await t.postForm(
      `${base}/selection`,
      { applicationId: second.id, funding: 'funded' },
      { cookie: editor.cookie },
    )
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('Every place of this kind is taken')
    const editorActor = actorOf(editor, [], ['editor'])
    expect(
      (
        await selectApplicant(t.db, editorActor, {
          activityId: activity.id,
          applicationId: second.id,
          funding: 'self-funded',
          now,
        })
      ).ok,
    ).toBe(true)
    await releaseSelection(t.db, TEST_LINKS, editorActor, { activityId: activity.id, now })
    const travel = await t.get(`${base}/travel`, { cookie: applicant.cookie })
    expect(travel.status).toBe(200)
    const invalid = await t.postForm(
      `${base}/travel`,
      {
        travelFrom: 'Ghent',
        travelMode: 'train',
        arrivalDate: '2026-05-09',
        departureDate: '2026-05-08',
        accommodationNeeded: 'no',
      },
      { cookie: applicant.cookie },
    )
    expect(invalid.status).toBe(422)
    const invalidHtml = await invalid.text()
    expect(invalidHtml).toContain('Error: Your travel and needs')
    expect(invalidHtml).toContain('value="Ghent"')
    expect(invalidHtml).toContain('The departure date must be the same as or after the arrival date')
    const saved = await t.postForm(
      `${base}/travel`,
      {
        travelFrom: 'Ghent',
        travelMode: 'train',
        arrivalDate: '2026-05-08',
        departureDate: '2026-05-09',
        accommodationNeeded: 'no',
        accessibility: 'Step-free access',
      },
      { cookie: applicant.cookie },
    )
    expect(saved.status).toBe(303)
    const csv = await (await t.get(`${base}/participants.csv`, { cookie: editor.cookie })).text()
    expect(csv).toContain('Step-free access')
    expect(csv).toContain('funded place')
    expect(csv).toContain('self-funded place')
    // The participants' own page never shows another's needs.
    expect(await (await t.get(base, { cookie: applicant.cookie })).text()).not.toContain('Step-free access')
  })
})

describe('the application settings', () => {
  it('lets editors attach a participants call and places within the capacity, and nobody else', async () => {
    const open = await createTestActivity(t.db, { capacity: 5 }, now)
    const path = `/en/activities/${open.slug}/application`
    expect((await t.get(path, { cookie: applicant.cookie })).status).toBe(403)
    expect((await t.get(path, { cookie: editor.cookie })).status).toBe(200)
    const over = await t.postForm(
      path,
      { applicationCallId: call.id, fundedPlaces: '4', selfFundedPlaces: '2' },
      { cookie: editor.cookie },
    )
    expect(over.status).toBe(409)
    expect(await over.text()).toContain('must not exceed the 5 places')
    const bad = await t.postForm(
      path,
      { applicationCallId: '', fundedPlaces: 'x', selfFundedPlaces: '1' },
      { cookie: editor.cookie },
    )
    expect(bad.status).toBe(422)
    const saved = await t.postForm(
      path,
      { applicationCallId: call.id, fundedPlaces: '4', selfFundedPlaces: '1' },
      { cookie: editor.cookie },
    )
    expect(saved.status).toBe(303)
    const html = await (await t.get(`/en/activities/${open.slug}`)).text()
    expect(html).toContain(`href="/en/calls/${call.slug}"`)
    expect(html).toContain('4 funded places')
  })
})
