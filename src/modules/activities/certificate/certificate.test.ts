import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../platform/testing/test-app.js'
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

async function textOf(response: Response) {
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

// A visit to Łódź that ended a week ago, with one person who attended and one who did not.
const host = await createOrganisation(t.db, { name: 'Miasto Łódź', country: 'PL', city: 'Łódź' })
const activity = await createTestActivity(
  t.db,
  {
    title: 'Adaptive reuse in Łódź and Kraków',
    hostCity: 'Łódź',
    venueName: 'Księży Młyn',
    hostOrganisationId: host.id,
    startsAt: new Date('2026-05-12T07:30:00Z'),
    endsAt: new Date('2026-05-13T15:00:00Z'),
  },
  new Date('2026-04-01T10:00:00Z'),
)
const organisation = await createOrganisation(t.db, { name: 'Stadt München' })
const attendee = await signedIn({ name: 'Jürgen Müller-Łukasiewicz' })
const absent = await signedIn({ name: 'Zoë Absent' })
const stranger = await signedIn({ name: 'Not Registered' })
const editor = await signedIn({ roles: ['editor'] })
const [attended, missed] = await t.db
  .insert(activityRegistrations)
  .values([
    {
      activityId: activity.id,
      userId: attendee.id,
      organisationId: organisation.id,
      status: 'confirmed',
      arrival: 1,
      attended: true,
    },
    { activityId: activity.id, userId: absent.id, status: 'confirmed', arrival: 2, attended: false },
  ])
  .returning()

describe('the certificate of attendance as a PDF', () => {
  it('gives an attendee their own, with accented names and places drawn in an embedded font', async () => {
    const response = await t.get(`/en/activities/${activity.slug}/certificate.pdf`, { cookie: attendee.cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const text = await textOf(response)
    expect(text).toContain('Certificate of attendance')
    expect(text).toContain('This certifies that')
    expect(text).toContain('Jürgen Müller-Łukasiewicz')
    expect(text).toContain('Stadt München')
    expect(text).toContain('Adaptive reuse in Łódź and Kraków')
    expect(text).toContain('Księży Młyn, Łódź, Poland')
    expect(text).toContain('Hosted by Miasto Łódź')
  })

  it('speaks the language of the page it was asked from', async () => {
    const fr = await textOf(await t.get(`/fr/activities/${activity.slug}/certificate.pdf`, { cookie: attendee.cookie }))
    expect(fr).toContain('Attestation de participation')
    expect(fr).toContain('Nous attestons que')
    expect(fr).toContain('Pologne')
    const de = await textOf(await t.get(`/de/activities/${activity.slug}/certificate.pdf`, { cookie: attendee.cookie }))
    expect(de).toContain('Teilnahmebescheinigung')
    expect(de).toContain('teilgenommen hat an')
    expect(de).toContain('Polen')
  })

  it('lets an organiser download any attendee’s, and nobody else’s', async () => {
    const byEditor = await t.get(`/en/activities/${activity.slug}/certificate.pdf?registration=${attended!.id}`, {
      cookie: editor.cookie,
    })
    expect(byEditor.status).toBe(200)
    expect(await textOf(byEditor)).toContain('Jürgen Müller-Łukasiewicz')
    // Someone marked absent has no certificate, even for an organiser.
    const ofAbsent = await t.get(`/en/activities/${activity.slug}/certificate.pdf?registration=${missed!.id}`, {
      cookie: editor.cookie,
    })
    expect(ofAbsent.status).toBe(404)
  })

  it('answers "not found" to those who did not attend, and asks visitors to sign in', async () => {
    expect((await t.get(`/en/activities/${activity.slug}/certificate.pdf`, { cookie: absent.cookie })).status).toBe(404)
    expect((await t.get(`/en/activities/${activity.slug}/certificate.pdf`, { cookie: stranger.cookie })).status).toBe(
      404,
    )
    // Naming someone else's registration does not work for a non-organiser: they get their own or nothing.
    const other = await t.get(`/en/activities/${activity.slug}/certificate.pdf?registration=${attended!.id}`, {
      cookie: stranger.cookie,
    })
    expect(other.status).toBe(404)
    const visitor = await t.get(`/en/activities/${activity.slug}/certificate.pdf`)
    expect(visitor.status).toBe(303)
    expect(visitor.headers.get('location')).toContain('/en/sign-in?next=')
  })

  it('links the PDF from the activity page for an attendee', async () => {
    const page = await (await t.get(`/en/activities/${activity.slug}`, { cookie: attendee.cookie })).text()
    expect(page).toContain(`/en/activities/${activity.slug}/certificate.pdf`)
    const other = await (await t.get(`/en/activities/${activity.slug}`, { cookie: absent.cookie })).text()
    expect(other).not.toContain('certificate.pdf')
  })
})
