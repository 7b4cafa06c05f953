import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents } from '../../platform/audit/tables.js'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { elementById, textOfId } from '../../platform/ui/testing.js'
import { browser, latestMailTo, linkInLatestMail } from './auth-testing.js'
import { users } from './tables.js'
import { createPerson, sessionCookieFor, TEST_PASSWORD } from './testing.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'true' } })
})
afterAll(() => t.close())

let ips = 0
/** Each test browses from its own address, so the per-IP limits of one test never reach another. */
const newBrowser = () => browser(t, `192.0.2.${++ips}`)
const PASSWORD = 'tiles of the Alfama at dusk'

async function auditActions(userId: string) {
  const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, userId))
  return rows.map((row) => [row.action, row.details])
}

describe('signing up', () => {
  it('mails a working confirmation link that confirms the address and signs the person in', async () => {
    const visitor = newBrowser()
    const signUp = await visitor.post('/fr/sign-up', {
      name: 'Ana Ribeiro',
      email: 'Ana@Lisboa.example',
      password: PASSWORD,
    })
    expect(signUp.status).toBe(303)
    expect(signUp.headers.get('location')).toBe('/fr/sign-up/check-email')
    expect(signUp.headers.getSetCookie()).toEqual([])
    expect(await (await visitor.get('/fr/sign-up/check-email')).text()).toContain('Consultez vos e-mails')

    const [stored] = await t.db.select().from(users).where(eq(users.email, 'ana@lisboa.example'))
    expect(stored).toMatchObject({ name: 'Ana Ribeiro', locale: 'fr', emailVerified: false })
    const mail = await latestMailTo(t.db, 'ana@lisboa.example')
    expect(mail?.subject).toBe('Confirmez votre adresse e-mail pour Stoa')

    // Opening the link asks for a click: a mail scanner fetching it confirms nothing.
    const link = await linkInLatestMail(t.db, 'ana@lisboa.example')
    expect(link).toMatch(/^\/fr\/account\/verify\?token=/)
    const confirmPage = await visitor.get(link)
    expect(confirmPage.status).toBe(200)
    expect(confirmPage.headers.getSetCookie()).toEqual([])
    const token = new URL(link, 'http://localhost').searchParams.get('token')!
    const confirmHtml = await confirmPage.text()
    expect(confirmHtml).toContain('Confirmez ana@lisboa.example comme adresse e-mail pour Stoa.')
    expect(confirmHtml).toContain(`name="token" value="${token}"`)

    const confirmed = await visitor.post('/fr/account/verify', { token })
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/fr/account/verified')
    expect(visitor.cookie).toMatch(/^stoa\.session_token=./)
    expect(await (await visitor.get('/fr/account/verified')).text()).toContain('Votre adresse e-mail est confirmée')

    const account = await (await visitor.get('/fr/account')).text()
    expect(account).toContain('ana@lisboa.example')
    expect(account).toContain('Vérifiée')
    expect(account).toContain('Ana Ribeiro')
    expect(await auditActions(stored!.id)).toEqual(
      expect.arrayContaining([
        ['account.signed_up', {}],
        ['account.verified', {}],
      ]),
    )
  })

  it('answers a known address exactly as a new one, and mails its owner instead', async () => {
    await createPerson(t.db, t.config, { email: 'known@example.org', name: 'Known Person' })
    const known = await newBrowser().post('/en/sign-up', { name: 'X', email: 'known@example.org', password: PASSWORD })
    const unknown = await newBrowser().post('/en/sign-up', {
      name: 'X',
      email: 'unknown@example.org',
      password: PASSWORD,
    })
    for (const response of [known, unknown]) {
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/en/sign-up/check-email')
      expect(response.headers.getSetCookie()).toEqual([])
      expect(await response.text()).toBe('')
    }
    expect((await latestMailTo(t.db, 'known@example.org'))?.subject).toBe(
      'Someone tried to create a Stoa account with your address',
    )
    expect((await latestMailTo(t.db, 'unknown@example.org'))?.subject).toBe('Confirm your e-mail address for Stoa')
  })

  it('refuses a common password beside the field, keeping the name and address but never the password', async () => {
    const response = await newBrowser().post('/en/sign-up', {
      name: 'Jan Kowalski',
      email: 'jan@krakow.example',
      password: 'Qwertyuiop123',
    })
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('<title>Error: Create an account – Stoa</title>')
    expect(textOfId(html, 'password-error')).toBe(
      'Error: This password is too common and easy to guess. Choose a different one',
    )
    expect(html).toContain('href="#password"')
    expect(elementById(html, 'name')?.attributes.value).toBe('Jan Kowalski')
    expect(elementById(html, 'email')?.attributes.value).toBe('jan@krakow.example')
    expect(elementById(html, 'password')?.attributes.value).toBeUndefined()
    expect(html).not.toContain('Qwertyuiop123')
  })

  it('refuses a short password and one containing the address, listing every problem at once', async () => {
    const short = await (
      await newBrowser().post('/en/sign-up', { name: '', email: 'jan@krakow.example', password: 'short' })
    ).text()
    expect(textOfId(short, 'name-error')).toBe('Error: Enter your full name')
    expect(textOfId(short, 'password-error')).toBe('Error: Your password must be at least 12 characters')

    const withAddress = await newBrowser().post('/de/sign-up', {
      name: 'Jan',
      email: 'jan.kowalski@krakow.example',
      password: 'hello jan.kowalski 1984',
    })
    expect(withAddress.status).toBe(422)
    expect(textOfId(await withAddress.text(), 'password-error')).toBe(
      'Fehler: Ihr Passwort darf Ihre E-Mail-Adresse nicht enthalten',
    )
  })
})

describe('signing in with a password', () => {
  it('signs in and returns the person to a local `next` page', async () => {
    const person = await createPerson(t.db, t.config, { name: 'Eva Novak' })
    const visitor = newBrowser()
    const page = await (await visitor.get('/en/sign-in?next=%2Fen%2Fprogrammes')).text()
    expect(page).toContain('name="next" value="/en/programmes"')
    const response = await visitor.post('/en/sign-in', {
      email: person.email,
      password: TEST_PASSWORD,
      next: '/en/programmes',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/programmes')
    const header = await (await visitor.get('/en/programmes')).text()
    expect(header).toContain('Eva Novak')
    expect(header).toContain('action="/en/sign-out"')
    expect(await auditActions(person.id)).toContainEqual(['account.signed_in', { method: 'password' }])
  })

  it('refuses a `next` that leads off the site', async () => {
    const person = await createPerson(t.db, t.config)
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const visitor = newBrowser()
      expect(await (await visitor.get(`/en/sign-in?next=${encodeURIComponent(next)}`)).text()).not.toContain(
        'name="next"',
      )
      const response = await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD, next })
      expect(response.headers.get('location')).toBe('/en/account')
    }
  })

  it('answers a wrong password and an unknown address with one message, keeping the address only', async () => {
    const person = await createPerson(t.db, t.config)
    for (const email of [person.email, 'nobody@example.org']) {
      const response = await newBrowser().post('/en/sign-in', { email, password: 'wrong password 123' })
      expect(response.status).toBe(422)
      expect(response.headers.getSetCookie()).toEqual([])
      const html = await response.text()
      expect(textOfId(html, 'email-error')).toBe('Error: Enter a correct e-mail address and password')
      expect(elementById(html, 'email')?.attributes.value).toBe(email)
      expect(html).not.toContain('wrong password 123')
    }
    const failures = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'account.sign_in_failed'))
    expect(failures.map((row) => row.actorLabel)).toEqual(expect.arrayContaining([person.email, 'nobody@example.org']))
  })
})

describe('signing in with an e-mailed link', () => {
  it('shows a button on GET, signs in on POST, and works only once', async () => {
    const person = await createPerson(t.db, t.config, { name: 'Lena Berg' })
    const visitor = newBrowser()
    const request = await visitor.post('/de/sign-in/link', { linkEmail: person.email, next: '/de/programmes' })
    expect(request.headers.get('location')).toBe('/de/sign-in/link-sent')
    const link = await linkInLatestMail(t.db, person.email, 'Anmeldelink')
    expect(link).toMatch(/^\/de\/sign-in\/link\?token=[^&]+&next=%2Fde%2Fprogrammes$/)

    // Fetching the link (as a mail scanner does) signs nobody in and leaves the token usable.
    const scanned = await newBrowser().get(link)
    expect(scanned.status).toBe(200)
    expect(scanned.headers.getSetCookie()).toEqual([])
    const confirm = await (await visitor.get(link)).text()
    const token = /name="token" value="([^"]+)"/.exec(confirm)?.[1]
    expect(token).toBe(new URL(link, 'http://localhost').searchParams.get('token'))
    expect(confirm).toContain('name="next" value="/de/programmes"')

    const signedIn = await visitor.post('/de/sign-in/link/confirm', { token: token!, next: '/de/programmes' })
    expect(signedIn.status).toBe(303)
    expect(signedIn.headers.get('location')).toBe('/de/programmes')
    expect(visitor.cookie).toMatch(/^stoa\.session_token=./)
    expect(await (await visitor.get('/de/account')).text()).toContain('Lena Berg')
    expect(await auditActions(person.id)).toContainEqual(['account.signed_in', { method: 'link' }])

    const again = await newBrowser().post('/de/sign-in/link/confirm', { token: token! })
    expect(again.status).toBe(400)
    expect(again.headers.getSetCookie()).toEqual([])
    expect(await again.text()).toContain('Dieser Anmeldelink ist abgelaufen oder wurde schon verwendet')
  })

  it('confirms the address of an unconfirmed person who signs in with a link', async () => {
    const person = await createPerson(t.db, t.config, { verified: false })
    const visitor = newBrowser()
    await visitor.post('/en/sign-in/link', { linkEmail: person.email })
    const link = await linkInLatestMail(t.db, person.email, 'sign-in link')
    const token = new URL(link, 'http://localhost').searchParams.get('token')!
    expect((await visitor.post('/en/sign-in/link/confirm', { token })).status).toBe(303)
    expect(await (await visitor.get('/en/account')).text()).toContain('Verified')
    expect(await auditActions(person.id)).toEqual(
      expect.arrayContaining([
        ['account.verified', { method: 'link' }],
        ['account.signed_in', { method: 'link' }],
      ]),
    )
  })

  it('answers a known and an unknown address alike, and mails only the known one', async () => {
    const person = await createPerson(t.db, t.config)
    const known = await newBrowser().post('/en/sign-in/link', { linkEmail: person.email })
    const unknown = await newBrowser().post('/en/sign-in/link', { linkEmail: 'stranger@example.org' })
    for (const response of [known, unknown]) {
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/en/sign-in/link-sent')
      expect(await response.text()).toBe('')
    }
    expect(await latestMailTo(t.db, person.email, 'sign-in link')).toBeDefined()
    expect(await latestMailTo(t.db, 'stranger@example.org')).toBeUndefined()
  })
})

describe('resetting a forgotten password', () => {
  it('mails a link whose form sets a new password, checked like sign-up, and ends every old session', async () => {
    const person = await createPerson(t.db, t.config, { email: 'maria.lopez@zaragoza.example' })
    const oldSession = newBrowser()
    await oldSession.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    expect((await oldSession.get('/en/account')).status).toBe(200)

    const visitor = newBrowser()
    const requested = await visitor.post('/en/reset-password', { email: person.email })
    expect(requested.headers.get('location')).toBe('/en/reset-password/sent')
    const link = await linkInLatestMail(t.db, person.email, 'new password')
    expect(link).toMatch(/^\/en\/reset-password\?token=/)
    const token = new URL(link, 'http://localhost').searchParams.get('token')!
    const form = await (await visitor.get(link)).text()
    expect(form).toContain(`name="token" value="${token}"`)

    const refused = await visitor.post('/en/reset-password', { token, password: 'maria.lopez is my name' })
    expect(refused.status).toBe(422)
    expect(textOfId(await refused.text(), 'password-error')).toBe(
      'Error: Your password must not contain your e-mail address',
    )

    const reset = await visitor.post('/en/reset-password', { token, password: PASSWORD })
    expect(reset.status).toBe(303)
    expect(reset.headers.get('location')).toBe('/en/sign-in?notice=password-reset')
    expect(await (await visitor.get('/en/sign-in?notice=password-reset')).text()).toContain(
      'Your password has been changed',
    )

    expect((await oldSession.get('/en/account')).status).toBe(303)
    const withOld = await newBrowser().post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    expect(withOld.status).toBe(422)
    const withNew = await newBrowser().post('/en/sign-in', { email: person.email, password: PASSWORD })
    expect(withNew.status).toBe(303)
    expect((await visitor.post('/en/reset-password', { token, password: 'another long passphrase' })).status).toBe(400)
    expect(await auditActions(person.id)).toContainEqual(['account.password_reset', {}])
  })

  it('answers a known and an unknown address alike', async () => {
    const person = await createPerson(t.db, t.config)
    const known = await newBrowser().post('/en/reset-password', { email: person.email })
    const unknown = await newBrowser().post('/en/reset-password', { email: 'nobody-here@example.org' })
    for (const response of [known, unknown]) {
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/en/reset-password/sent')
      expect(await response.text()).toBe('')
    }
  })

  it('shows a clear page for a link that does not work', async () => {
    const response = await newBrowser().get('/en/reset-password?token=not-a-token')
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('This link has expired or has already been used')
    expect(html).toContain('href="/en/reset-password"')
  })
})

describe('confirming an address', () => {
  it('shows a page with a form for a new link when the link is damaged or expired', async () => {
    const garbage = await newBrowser().get('/en/account/verify?token=garbage')
    expect(garbage.status).toBe(400)
    const html = await garbage.text()
    expect(html).toContain('This link has expired or is not valid')
    expect(html).toContain('action="/en/account/verify/resend"')

    const claims = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`
    const expired = claims({ email: 'a@example.org', exp: Math.floor(Date.now() / 1000) - 60 })
    expect((await newBrowser().get(`/en/account/verify?token=${expired}`)).status).toBe(400)
    // A forged token never gets a page showing the address it made up, nor confirms anything.
    const forged = claims({ email: 'made-up@example.org', exp: Math.floor(Date.now() / 1000) + 600 })
    const forgedPage = await newBrowser().get(`/en/account/verify?token=${forged}`)
    expect(forgedPage.status).toBe(400)
    expect(await forgedPage.text()).not.toContain('made-up@example.org')
    expect((await newBrowser().post('/en/account/verify', { token: forged })).status).toBe(400)
  })

  it('sends a new link from the expired-link page with the same answer for any address', async () => {
    const person = await createPerson(t.db, t.config, { verified: false })
    for (const email of [person.email, 'nobody@example.org']) {
      const response = await newBrowser().post('/en/account/verify/resend', { email })
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/en/account/verify/sent')
    }
    expect(await latestMailTo(t.db, person.email, 'Confirm your e-mail')).toBeDefined()
  })

  it('tells a signed-in, unconfirmed person on their account page, with a button for a new link', async () => {
    const person = await createPerson(t.db, t.config, { verified: false })
    const visitor = newBrowser()
    await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    const account = await (await visitor.get('/en/account')).text()
    expect(account).toContain('Confirm your e-mail address')
    expect(account).toContain('Not verified')
    const resent = await visitor.post('/en/account/verify/resend')
    expect(resent.headers.get('location')).toBe('/en/account?notice=verification-sent')
    expect(await (await visitor.get('/en/account?notice=verification-sent')).text()).toContain(
      `We have sent a new link to ${person.email}`,
    )
  })
})

describe('the account page', () => {
  it('sends a visitor to sign in first', async () => {
    const response = await newBrowser().get('/en/account')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/sign-in?next=%2Faccount')
  })

  it('changes the address only once the new one is confirmed; the old one works until then', async () => {
    const person = await createPerson(t.db, t.config, { email: 'old@lille.example' })
    const visitor = newBrowser()
    await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })

    const same = await visitor.post('/en/account/email', { newEmail: 'OLD@lille.example' })
    expect(same.status).toBe(422)
    expect(textOfId(await same.text(), 'newEmail-error')).toBe(
      'Error: This is already your e-mail address. Enter a different one',
    )

    const requested = await visitor.post('/en/account/email', { newEmail: 'new@lille.example' })
    expect(requested.headers.get('location')).toBe('/en/account?notice=email-change-sent')
    expect((await latestMailTo(t.db, 'new@lille.example'))?.subject).toBe('Confirm your new e-mail address for Stoa')

    expect(
      (await newBrowser().post('/en/sign-in', { email: 'old@lille.example', password: TEST_PASSWORD })).status,
    ).toBe(303)
    expect(
      (await newBrowser().post('/en/sign-in', { email: 'new@lille.example', password: TEST_PASSWORD })).status,
    ).toBe(422)

    const link = await linkInLatestMail(t.db, 'new@lille.example')
    const confirmPage = await (await visitor.get(link)).text()
    expect(confirmPage).toContain('Confirm new@lille.example as your new e-mail address')
    const token = new URL(link, 'http://localhost').searchParams.get('token')!
    const confirmed = await visitor.post('/en/account/verify', { token })
    expect(confirmed.headers.get('location')).toBe('/en/account/verified?change=1')

    expect(
      (await newBrowser().post('/en/sign-in', { email: 'new@lille.example', password: TEST_PASSWORD })).status,
    ).toBe(303)
    expect(
      (await newBrowser().post('/en/sign-in', { email: 'old@lille.example', password: TEST_PASSWORD })).status,
    ).toBe(422)
    expect(await auditActions(person.id)).toEqual(
      expect.arrayContaining([
        ['account.email_change_requested', { to: 'new@lille.example' }],
        ['account.email_changed', { from: 'old@lille.example' }],
      ]),
    )
  })

  it('changes the password with the current one and ends the other sessions', async () => {
    const person = await createPerson(t.db, t.config)
    const here = newBrowser()
    const elsewhere = newBrowser()
    await here.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    await elsewhere.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })

    const wrong = await here.post('/en/account/password', { currentPassword: 'not my password', newPassword: PASSWORD })
    expect(wrong.status).toBe(422)
    expect(textOfId(await wrong.text(), 'currentPassword-error')).toBe('Error: Your current password is not correct')
    const common = await here.post('/en/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password1234',
    })
    expect(textOfId(await common.text(), 'newPassword-error')).toContain('too common')

    const changed = await here.post('/en/account/password', { currentPassword: TEST_PASSWORD, newPassword: PASSWORD })
    expect(changed.headers.get('location')).toBe('/en/account?notice=password-changed')
    expect((await here.get('/en/account')).status).toBe(200)
    expect((await elsewhere.get('/en/account')).status).toBe(303)
    expect(await auditActions(person.id)).toContainEqual(['account.password_changed', {}])
  })
})

describe('signing out', () => {
  it('signs out this browser with the header’s button and says so', async () => {
    const person = await createPerson(t.db, t.config)
    const visitor = newBrowser()
    await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    expect(await (await visitor.get('/en/sign-out')).text()).toContain('Sign out of Stoa in this browser.')
    const cookie = visitor.cookie
    const response = await visitor.post('/en/sign-out')
    expect(response.headers.get('location')).toBe('/en/sign-out')
    expect(visitor.cookie).toBe('')
    expect(await (await visitor.get('/en/sign-out')).text()).toContain('You have signed out')
    visitor.cookie = cookie
    expect((await visitor.get('/en/account')).status).toBe(303)
  })

  it('signs out everywhere', async () => {
    const person = await createPerson(t.db, t.config)
    const here = newBrowser()
    const elsewhere = newBrowser()
    await here.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    await elsewhere.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    const response = await here.post('/en/account/sign-out-everywhere')
    expect(response.headers.get('location')).toBe('/en/sign-out')
    expect((await elsewhere.get('/en/account')).status).toBe(303)
    expect(await auditActions(person.id)).toContainEqual(['account.signed_out_everywhere', {}])
    const [signedOut] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, person.id), eq(auditEvents.action, 'account.signed_out_everywhere')))
    expect(signedOut?.ip).toBe(here.ip)
  })
})

describe('the pages', () => {
  it('render in every language, are never cached and never indexed', async () => {
    for (const locale of ['en', 'fr', 'de']) {
      for (const path of [
        '/sign-up',
        '/sign-up/check-email',
        '/sign-in',
        '/sign-in/link-sent',
        '/sign-in/link?token=x',
        '/sign-out',
        '/reset-password',
        '/reset-password/sent',
        '/account/verify/sent',
        '/account/verified',
        '/account/verified?change=1',
      ]) {
        const response = await newBrowser().get(`/${locale}${path}`)
        expect(response.status, path).toBe(200)
        expect(response.headers.get('cache-control')).toBe('no-store')
        const html = await response.text()
        expect(html).toContain(`<html lang="${locale}"`)
        expect(html).toContain('<meta name="robots" content="noindex"/>')
      }
    }
  })

  it('offers a visitor "Sign in" in the header, returning to the page they were on', async () => {
    const html = await (await newBrowser().get('/fr/programmes?x=1')).text()
    expect(html).toContain(`href="/fr/sign-in?next=${encodeURIComponent('/programmes?x=1')}"`)
    expect(html).toContain('Se connecter')
  })
})

describe('who gets what', () => {
  it('answers every sign-in and account page with the status each role must get', async () => {
    const cookies: Record<string, string> = { visitor: '' }
    const cast: [string, Parameters<typeof createPerson>[2]][] = [
      ['unverified', { verified: false }],
      ['member', {}],
      ['admin', { roles: ['admin'] }],
    ]
    for (const [who, options] of cast) {
      const person = await createPerson(t.db, t.config, options)
      const visitor = newBrowser()
      await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
      cookies[who] = visitor.cookie
    }
    // visitor, unverified, member, admin
    const matrix: [string, number[]][] = [
      ['/en/sign-up', [200, 303, 303, 303]],
      ['/en/sign-up/check-email', [200, 200, 200, 200]],
      ['/en/sign-in', [200, 303, 303, 303]],
      ['/en/sign-in/link-sent', [200, 200, 200, 200]],
      ['/en/sign-in/link?token=x', [200, 200, 200, 200]],
      ['/en/sign-in/link', [400, 400, 400, 400]],
      ['/en/sign-out', [200, 200, 200, 200]],
      ['/en/reset-password', [200, 200, 200, 200]],
      ['/en/reset-password?token=x', [400, 400, 400, 400]],
      ['/en/reset-password/sent', [200, 200, 200, 200]],
      ['/en/account', [303, 200, 200, 200]],
      ['/en/account/verify', [400, 400, 400, 400]],
      ['/en/account/verify/sent', [200, 200, 200, 200]],
      ['/en/account/verified', [200, 200, 200, 200]],
    ]
    const problems: string[] = []
    for (const [path, statuses] of matrix) {
      for (const [index, who] of ['visitor', 'unverified', 'member', 'admin'].entries()) {
        const response = await t.get(path, cookies[who] ? { cookie: cookies[who]! } : {})
        if (response.status !== statuses[index])
          problems.push(`${who} ${path}: ${response.status}, not ${statuses[index]}`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('caching of personal pages', () => {
  it('marks a signed-in person’s pages private and every page as varying by cookie', async () => {
    const t = await createTestApp()
    try {
      const person = await createPerson(t.db, t.config)
      const cookie = await sessionCookieFor(t.db, t.config, person.email)
      const signedIn = await t.get('/en/programmes', { cookie })
      expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
      expect(signedIn.headers.get('vary')).toContain('Cookie')
      const anonymous = await t.get('/en/programmes')
      expect(anonymous.headers.get('cache-control')).toBeNull()
      expect(anonymous.headers.get('vary')).toContain('Cookie')
    } finally {
      await t.close()
    }
  })
})
