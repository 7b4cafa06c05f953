import { existsSync } from 'node:fs'
import path from 'node:path'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, FORMER_MEMBER_LABEL, recordAudit } from '../../platform/audit/index.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { elementById } from '../../platform/ui/testing.js'
import { sessionCookieSetBy } from './auth-testing.js'
import { tombstoneEmail } from './commands/delete-account.js'
import { storeImage } from './images.js'
import { createRoleCast } from './organisation-testing.js'
import { registerPersonalDataSource } from './personal-data-sources.js'
import {
  authAccounts,
  authVerifications,
  invitations,
  organisationMemberships,
  profiles,
  sessions,
  users,
} from './tables.js'
import { createOrganisation, createPerson, TEST_PASSWORD } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>

beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'true' } })
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

let ips = 0
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) PrivacyTest/1.0'
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])

/** Signs in through the form, from an address of its own, as a browser would; returns the Cookie header. */
async function signIn(email: string, password = TEST_PASSWORD) {
  const ip = `198.51.100.${++ips}`
  const response = await t.postForm(
    '/en/sign-in',
    { email, password },
    { 'x-forwarded-for': ip, 'user-agent': USER_AGENT },
  )
  expect(response.status, `sign-in of ${email}`).toBe(303)
  return { cookie: sessionCookieSetBy(response)!, ip }
}

const post = (path: string, fields: Record<string, string>, who: { cookie: string; ip: string }) =>
  t.postForm(path, fields, { cookie: who.cookie, 'x-forwarded-for': who.ip })

/**
 * Someone with a bit of everything: a profile with a photo, organisation admin of an organisation
 * that has another member, a pending request to join another, an invitation sent and one received,
 * a mail, and a session signed in through the form (with its IP address and browser).
 */
async function createFullPerson(label: string) {
  const home = await createOrganisation(t.db, { name: `Ghent ${label} Heritage Office`, verifiedAt: new Date() })
  const elsewhere = await createOrganisation(t.db, { name: `Tartu ${label} Museum`, verifiedAt: new Date() })
  const other = await createPerson(t.db, t.config, {
    name: `Ottilie ${label} Neighbour`,
    email: `ottilie.${label}@neighbour.example`,
    memberOf: [{ organisationId: home.id }],
  })
  const person = await createPerson(t.db, t.config, {
    name: `Zelda ${label} Quistorp`,
    email: `zelda.${label}@quistorp.example`,
    memberOf: [{ organisationId: home.id, role: 'admin' }],
  })
  await t.db
    .insert(organisationMemberships)
    .values({ organisationId: elsewhere.id, userId: person.id, status: 'requested' })
  const photoPath = await storeImage(t.config, 'profile-photos', { bytes: PNG, type: 'image/png' })
  await t.db.insert(profiles).values({
    userId: person.id,
    country: 'BE',
    languages: ['nl', 'fr'],
    expertise: ['adaptive-reuse'],
    bio: `Bio of ${label}: I restored the Gravensteen roof.`,
    photoPath,
    photoAlt: 'Zelda on a scaffold',
    visibility: { bio: 'private' },
  })
  const later = new Date(Date.now() + 7 * 24 * 3600 * 1000)
  await t.db.insert(invitations).values({
    email: `invitee.${label}@typed-by-her.example`,
    tokenHash: `sent-${label}`,
    purpose: 'organisation',
    organisationId: home.id,
    organisationRole: 'member',
    invitedBy: person.id,
    expiresAt: later,
  })
  await t.db.insert(invitations).values({
    email: person.email,
    tokenHash: `received-${label}`,
    purpose: 'organisation',
    organisationId: elsewhere.id,
    organisationRole: 'member',
    invitedBy: other.id,
    expiresAt: later,
  })
  // The editor who once invited her names her address in their own audit event.
  await recordAudit(t.db, {
    action: 'invitation.sent',
    actorId: cast.people.editor.id,
    actorLabel: cast.people.editor.email,
    subjectType: 'invitation',
    subjectId: label,
    details: { email: person.email, purpose: 'expert' },
  })
  const reset = await t.postForm('/en/reset-password', { email: person.email }, { 'x-forwarded-for': '203.0.113.9' })
  expect(reset.status).toBe(303)
  const browser = await signIn(person.email)
  await signIn(other.email)
  return { person, other, home, elsewhere, photoPath, browser }
}

async function download(who: { cookie: string; ip: string }) {
  return post('/en/account/privacy/download', {}, who)
}

describe('who may see the privacy pages', () => {
  it('answers each page with the status each role must get, in every language', async () => {
    const everyone = [
      'visitor',
      'unverified',
      'member',
      'orgAdmin',
      'otherMember',
      'expert',
      'editor',
      'admin',
    ] as const
    const matrix: [string, number[]][] = [
      ['/account/privacy', [303, 200, 200, 200, 200, 200, 200, 200]],
      ['/account/delete', [303, 200, 200, 200, 200, 200, 200, 200]],
      ['/account/deleted', [200, 200, 200, 200, 200, 200, 200, 200]],
    ]
    const problems: string[] = []
    for (const locale of ['en', 'fr', 'de']) {
      for (const [page, statuses] of matrix) {
        for (const [index, who] of everyone.entries()) {
          const headers: Record<string, string> = who === 'visitor' ? {} : { cookie: cast.cookies[who] }
          const response = await t.get(`/${locale}${page}`, headers)
          if (response.status !== statuses[index]) problems.push(`${who} ${locale}${page}: ${response.status}`)
          if (response.status === 303) {
            expect(response.headers.get('location')).toBe(`/${locale}/sign-in?next=${encodeURIComponent(page)}`)
          }
          if (response.status === 200) {
            expect(response.headers.get('cache-control')).toBe('no-store')
            expect(await response.text()).toContain(`<html lang="${locale}"`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('sends a visitor who posts to sign in first, and never deletes or exports anything for them', async () => {
    const downloaded = await t.postForm('/en/account/privacy/download', {})
    expect(downloaded.status).toBe(303)
    expect(downloaded.headers.get('location')).toBe(`/en/sign-in?next=${encodeURIComponent('/account/privacy')}`)
    const deleted = await t.postForm('/en/account/delete', { password: TEST_PASSWORD })
    expect(deleted.status).toBe(303)
    expect(deleted.headers.get('location')).toBe(`/en/sign-in?next=${encodeURIComponent('/account/delete')}`)
  })

  it('links the privacy page from the account page', async () => {
    const html = await (await t.get('/en/account', { cookie: cast.cookies.member })).text()
    expect(html).toContain('href="/en/account/privacy"')
  })
})

describe('the privacy page', () => {
  it('summarises what the site holds, with the download and the way to delete the account', async () => {
    const { person, browser } = await createFullPerson('summary')
    const html = await (await t.get('/en/account/privacy', { cookie: browser.cookie })).text()
    expect(html).toContain(person.email)
    expect(html).toContain('Member of 1 organisation, 1 request to join waiting')
    expect(html).toContain('1 sent, 1 received')
    expect(html).toContain('Filled in, with your choice of who sees each part')
    expect(html).toMatch(/<form method="post" action="\/en\/account\/privacy\/download"/)
    expect(html).toContain('href="/en/account/delete"')
    expect(html).toContain('href="/en/privacy"')
  })
})

describe('downloading one’s data', () => {
  it('is a JSON attachment no cache keeps, with the person’s data and nobody else’s', async () => {
    const { person, other, home, elsewhere, browser } = await createFullPerson('export')
    const response = await download(browser)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="stoa-personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    const bytes = await response.text()

    // Another member of the same organisation, and the one who invited her, stay out of it.
    expect(bytes).not.toContain(other.email)
    expect(bytes).not.toContain(other.name)
    expect(bytes).not.toContain('Neighbour')
    expect(bytes).not.toContain(cast.people.editor.email)
    for (const someone of Object.values(cast.people)) {
      expect(bytes).not.toContain(someone.email)
      expect(bytes).not.toContain(someone.name)
    }

    const data = JSON.parse(bytes)
    expect(data.account).toMatchObject({
      id: person.id,
      name: person.name,
      email: person.email,
      emailVerified: true,
      siteRoles: [],
      locale: 'en',
    })
    expect(data.profile).toMatchObject({
      country: 'BE',
      languages: ['nl', 'fr'],
      bio: 'Bio of export: I restored the Gravensteen roof.',
      visibility: { bio: 'private', name: 'public', languages: 'members' },
    })
    expect(data.profile.photo).toMatchObject({ alt: 'Zelda on a scaffold', type: 'image/png' })
    expect(Buffer.from(data.profile.photo.base64, 'base64')).toEqual(Buffer.from(PNG))
    expect(data.organisations).toEqual([
      expect.objectContaining({ organisation: { name: home.name, slug: home.slug }, role: 'admin', status: 'active' }),
      expect.objectContaining({ organisation: { name: elsewhere.name, slug: elsewhere.slug }, status: 'requested' }),
    ])
    expect(data.invitations.sent).toEqual([
      expect.objectContaining({
        email: 'invitee.export@typed-by-her.example',
        organisation: { name: home.name, slug: home.slug },
      }),
    ])
    expect(data.invitations.received).toEqual([
      expect.objectContaining({ organisation: { name: elsewhere.name, slug: elsewhere.slug }, acceptedAt: null }),
    ])
    expect(data.invitations.received[0]).not.toHaveProperty('invitedBy')
    expect(data.sessions).toEqual([expect.objectContaining({ ipAddress: browser.ip, userAgent: USER_AGENT })])
    expect(data.sessions[0]).not.toHaveProperty('token')
    expect(data.auditEvents.map((event: { action: string }) => event.action)).toContain('account.signed_in')
    expect(data.mail.length).toBeGreaterThan(0)
    for (const mail of data.mail) expect(mail.to).toBe(person.email)
    expect(data.mail.some((mail: { text: string }) => mail.text.includes('/en/reset-password?token='))).toBe(true)

    const [recorded] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.data_exported'), eq(auditEvents.actorId, person.id)))
    expect(recorded).toMatchObject({ subjectId: person.id, ip: browser.ip })
  })

  it('includes the part of each registered data source', async () => {
    const person = await createPerson(t.db, t.config)
    const browser = await signIn(person.email)
    const unregister = registerPersonalDataSource({
      name: 'test-activities',
      labelKey: 'privacy.summary.mail',
      export: async (_db, userId) => ({ registrations: [{ userId, activity: 'Krakow pocket parks visit' }] }),
      erase: async () => {},
    })
    try {
      const data = JSON.parse(await (await download(browser)).text())
      expect(data.modules['test-activities']).toEqual({
        registrations: [{ userId: person.id, activity: 'Krakow pocket parks visit' }],
      })
      const html = await (await t.get('/en/account/privacy', { cookie: browser.cookie })).text()
      expect(html).toContain('Also in the download')
    } finally {
      unregister()
    }
  })
})

/** Every row of these tables as JSON text, to search the stored bytes for what must be gone. */
async function storedText() {
  const tables = [
    'users',
    'profiles',
    'sessions',
    'auth_accounts',
    'auth_verifications',
    'organisation_memberships',
    'invitations',
    'mail_outbox',
    'audit_events',
  ]
  const parts: string[] = []
  for (const table of tables) {
    const { rows } = await t.db.execute(
      sql.raw(`select coalesce(string_agg(row_to_json(x)::text, ' '), '') as text from ${table} x`),
    )
    parts.push(String((rows[0] as { text: string }).text))
  }
  return parts.join('\n')
}

describe('deleting one’s account', () => {
  it('explains what is erased and kept, and asks for the password', async () => {
    const { home, browser } = await createFullPerson('page')
    const html = await (await t.get('/en/account/delete', { cookie: browser.cookie })).text()
    expect(html).toContain('What is erased')
    expect(html).toContain('What is kept, and why')
    expect(html).toContain(`You are the only organisation admin of ${home.name}.`)
    expect(elementById(html, 'password')?.attributes.type).toBe('password')
    expect(html).not.toContain('name="confirmation"')
  })

  it('refuses a missing or wrong password, with the error summary linked to the field, and keeps the account', async () => {
    const person = await createPerson(t.db, t.config)
    const browser = await signIn(person.email)
    const missing = await post('/en/account/delete', { password: '' }, browser)
    expect(missing.status).toBe(422)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain('<title>Error: Delete your account')
    expect(missingHtml).toContain('href="#password"')
    expect(missingHtml).toContain('Enter your password')
    expect(elementById(missingHtml, 'password')).toBeDefined()

    const wrong = await post('/en/account/delete', { password: 'not the password at all' }, browser)
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('The password is not right')
    const [stored] = await t.db.select().from(users).where(eq(users.id, person.id))
    expect(stored).toMatchObject({ email: person.email, deletedAt: null })
    expect((await t.get('/en/account', { cookie: browser.cookie })).status).toBe(200)
  })

  it('erases the personal data, keeps a tombstone, signs out everywhere and frees the address', async () => {
    const { person, home, photoPath, browser } = await createFullPerson('delete')
    const secondBrowser = await signIn(person.email)
    const photoFile = path.join(t.config.dataDir, 'files', 'profile-photos', photoPath)
    expect(existsSync(photoFile)).toBe(true)

    const response = await post('/en/account/delete', { password: TEST_PASSWORD }, browser)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/account/deleted')
    expect(sessionCookieSetBy(response)).toBe('')
    const confirmation = await t.get('/en/account/deleted')
    expect(await confirmation.text()).toContain('Your account has been deleted')

    const [tombstone] = await t.db.select().from(users).where(eq(users.id, person.id))
    expect(tombstone).toMatchObject({
      name: '',
      email: tombstoneEmail(person.id),
      emailVerified: false,
      roles: [],
      image: null,
    })
    expect(tombstone?.deletedAt).toBeInstanceOf(Date)
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, person.id))).toEqual([])
    expect(await t.db.select().from(authAccounts).where(eq(authAccounts.userId, person.id))).toEqual([])
    expect(await t.db.select().from(profiles).where(eq(profiles.userId, person.id))).toEqual([])
    expect(
      await t.db.select().from(organisationMemberships).where(eq(organisationMemberships.userId, person.id)),
    ).toEqual([])
    expect(await t.db.select().from(authVerifications).where(eq(authVerifications.value, person.id))).toEqual([])
    expect(existsSync(photoFile)).toBe(false)

    const [sent] = await t.db.select().from(invitations).where(eq(invitations.tokenHash, 'sent-delete'))
    expect(sent?.revokedAt).toBeInstanceOf(Date)
    expect(await t.db.select().from(invitations).where(eq(invitations.tokenHash, 'received-delete'))).toEqual([])
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))).toEqual([])

    // Not a byte of who she was is left in any table that held it.
    const stored = await storedText()
    expect(stored).not.toContain(person.email)
    expect(stored).not.toContain(person.name)
    expect(stored.toLowerCase()).not.toContain('zelda.delete')
    expect(stored).not.toContain('Bio of delete')
    expect(stored).not.toContain(`"${browser.ip}"`)

    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.actorId, person.id))
    expect(events.length).toBeGreaterThan(2)
    for (const event of events) expect(event).toMatchObject({ actorLabel: FORMER_MEMBER_LABEL, ip: null })
    const deleted = events.find((event) => event.action === 'account.deleted')
    expect(deleted?.details).toMatchObject({
      organisationsLeft: 1,
      organisationsWithoutAdmin: [home.id],
      invitationsWithdrawn: 1,
    })
    const left = events.find((event) => event.action === 'membership.left')
    expect(left).toMatchObject({ organisationId: home.id, details: { noAdminLeft: true, reason: 'account-deleted' } })

    // Signed out in every browser: neither old cookie opens the account any more.
    for (const old of [browser, secondBrowser]) {
      const account = await t.get('/en/account', { cookie: old.cookie })
      expect(account.status).toBe(303)
      expect(account.headers.get('location')).toMatch(/^\/en\/sign-in/)
    }
    expect((await t.get(`/en/people/${person.id}`, { cookie: cast.cookies.admin })).status).toBe(404)
    expect((await t.get(`/en/people/${person.id}/photo`, { cookie: cast.cookies.admin })).status).toBe(404)
    const organisationPage = await (
      await t.get(`/en/organisations/${home.slug}`, { cookie: cast.cookies.editor })
    ).text()
    expect(organisationPage).not.toContain(person.name)
    const auditPage = await (await t.get(`/fr/admin/audit?actor=${person.id}`, { cookie: cast.cookies.admin })).text()
    expect(auditPage).toContain('un ancien membre')
    expect(auditPage).not.toContain(person.email)

    const signInAgain = await t.postForm(
      '/en/sign-in',
      { email: person.email, password: TEST_PASSWORD },
      { 'x-forwarded-for': '198.51.100.250' },
    )
    expect(signInAgain.status).toBe(422)
    expect(sessionCookieSetBy(signInAgain)).toBeUndefined()

    const signUp = await t.postForm(
      '/en/sign-up',
      { name: 'Zelda Returns', email: person.email, password: 'a brand new start in Ghent' },
      { 'x-forwarded-for': '198.51.100.251' },
    )
    expect(signUp.status).toBe(303)
    const [fresh] = await t.db.select().from(users).where(eq(users.email, person.email))
    expect(fresh).toMatchObject({ name: 'Zelda Returns', deletedAt: null })
    expect(fresh?.id).not.toBe(person.id)
  })

  it('keeps the site’s only administrator, who is told why', async () => {
    const admin = cast.people.admin
    const page = await (await t.get('/en/account/delete', { cookie: cast.cookies.admin })).text()
    expect(page).toContain('You are the only administrator of this site')
    expect(page).not.toContain('name="password"')
    const refused = await t.postForm('/en/account/delete', { password: TEST_PASSWORD }, { cookie: cast.cookies.admin })
    expect(refused.status).toBe(409)
    const [stored] = await t.db.select().from(users).where(eq(users.id, admin.id))
    expect(stored).toMatchObject({ email: admin.email, deletedAt: null, roles: ['admin'] })
  })

  it('asks an account without a password to type the word in its own language', async () => {
    const person = await createPerson(t.db, t.config, { locale: 'fr' })
    const browser = await signIn(person.email)
    await t.db.delete(authAccounts).where(eq(authAccounts.userId, person.id))
    const page = await (await t.get('/fr/account/delete', { cookie: browser.cookie })).text()
    expect(page).toContain('Saisissez SUPPRIMER pour confirmer')
    expect(page).not.toContain('name="password"')

    const wrong = await post('/fr/account/delete', { confirmation: 'DELETE' }, browser)
    expect(wrong.status).toBe(422)
    const wrongHtml = await wrong.text()
    expect(wrongHtml).toContain('href="#confirmation"')
    expect(elementById(wrongHtml, 'confirmation')?.attributes.value).toBe('DELETE')
    expect((await t.db.select().from(users).where(eq(users.id, person.id)))[0]?.deletedAt).toBeNull()

    const done = await post('/fr/account/delete', { confirmation: ' supprimer ' }, browser)
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('/fr/account/deleted')
    expect((await t.db.select().from(users).where(eq(users.id, person.id)))[0]?.email).toBe(tombstoneEmail(person.id))
  })
})

describe('a module’s part in a deletion', () => {
  it('runs inside the deletion’s transaction and commits with it', async () => {
    const person = await createPerson(t.db, t.config)
    const browser = await signIn(person.email)
    const seen: { userId: string; sessionsLeft: number }[] = []
    const unregister = registerPersonalDataSource({
      name: 'test-registrations',
      labelKey: 'privacy.summary.mail',
      export: async () => [],
      erase: async (tx, userId) => {
        // The deletion's own changes, not yet committed, are visible here: the same transaction.
        const left = await tx.select().from(sessions).where(eq(sessions.userId, userId))
        seen.push({ userId, sessionsLeft: left.length })
        await recordAudit(tx, {
          action: 'activity.registration_cancelled',
          actorId: null,
          actorLabel: 'system',
          subjectType: 'user',
          subjectId: userId,
        })
      },
    })
    try {
      expect((await post('/en/account/delete', { password: TEST_PASSWORD }, browser)).status).toBe(303)
    } finally {
      unregister()
    }
    expect(seen).toEqual([{ userId: person.id, sessionsLeft: 0 }])
    const [cancelled] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'activity.registration_cancelled'), eq(auditEvents.subjectId, person.id)))
    expect(cancelled).toBeDefined()
    const [deleted] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.deleted'), eq(auditEvents.actorId, person.id)))
    // Other modules' sources run too (every module registers its own); this one must be among them.
    expect(deleted?.details).toMatchObject({ modules: expect.arrayContaining(['test-registrations']) })
  })

  it('rolls the whole deletion back when it fails', async () => {
    const { person, home, photoPath, browser } = await createFullPerson('rollback')
    const mailBefore = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))
    expect(mailBefore.length).toBeGreaterThan(0)
    const unregister = registerPersonalDataSource({
      name: 'test-failing',
      labelKey: 'privacy.summary.mail',
      export: async () => [],
      erase: async () => {
        throw new Error('the activities module could not cancel a registration')
      },
    })
    try {
      expect((await post('/en/account/delete', { password: TEST_PASSWORD }, browser)).status).toBe(500)
    } finally {
      unregister()
    }
    const [stored] = await t.db.select().from(users).where(eq(users.id, person.id))
    expect(stored).toMatchObject({ name: person.name, email: person.email, deletedAt: null })
    expect(await t.db.select().from(profiles).where(eq(profiles.userId, person.id))).toHaveLength(1)
    expect(await t.db.select().from(authAccounts).where(eq(authAccounts.userId, person.id))).toHaveLength(1)
    expect(
      await t.db
        .select()
        .from(organisationMemberships)
        .where(and(eq(organisationMemberships.userId, person.id), eq(organisationMemberships.organisationId, home.id))),
    ).toHaveLength(1)
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email))).toHaveLength(
      mailBefore.length,
    )
    const [sent] = await t.db.select().from(invitations).where(eq(invitations.tokenHash, 'sent-rollback'))
    expect(sent?.revokedAt).toBeNull()
    const labels = await t.db
      .select({ label: auditEvents.actorLabel })
      .from(auditEvents)
      .where(eq(auditEvents.actorId, person.id))
    expect(labels.every((row) => row.label === person.email)).toBe(true)
    expect(existsSync(path.join(t.config.dataDir, 'files', 'profile-photos', photoPath))).toBe(true)
    expect((await t.get('/en/account', { cookie: browser.cookie })).status).toBe(200)
  })
})

describe('two administrators deleting their accounts at the same moment', () => {
  it('lets one go and keeps the other, so the site always has an administrator', async () => {
    // Its own database, where these two are the only administrators.
    const own = await createTestApp({ env: { TRUST_PROXY: 'true' } })
    try {
      const admins = [
        await createPerson(own.db, own.config, { roles: ['admin'] }),
        await createPerson(own.db, own.config, { roles: ['admin'] }),
      ]
      const browsers = await Promise.all(
        admins.map(async (admin, index) => {
          const ip = `198.18.0.${index + 1}`
          const response = await own.postForm(
            '/en/sign-in',
            { email: admin.email, password: TEST_PASSWORD },
            { 'x-forwarded-for': ip },
          )
          return { cookie: sessionCookieSetBy(response)!, ip }
        }),
      )
      const answers = await Promise.all(
        browsers.map((browser) =>
          own.postForm(
            '/en/account/delete',
            { password: TEST_PASSWORD },
            { cookie: browser.cookie, 'x-forwarded-for': browser.ip },
          ),
        ),
      )
      expect(answers.map((answer) => answer.status).sort()).toEqual([303, 409])
      const remaining = await own.db
        .select()
        .from(users)
        .where(sql`'admin' = any(${users.roles}) and ${users.deletedAt} is null`)
      expect(remaining).toHaveLength(1)
    } finally {
      await own.close()
    }
  })
})
