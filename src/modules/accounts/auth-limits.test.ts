import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openPostgres } from '../../db/client.js'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { textOfId } from '../../platform/ui/testing.js'
import { browser, sessionCookieSetBy } from './auth-testing.js'
import { RATE_LIMITS } from './rate-limit.js'
import { createPerson, TEST_PASSWORD } from './testing.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'true' } })
})
afterAll(() => t.close())

let ips = 0
const newBrowser = (app: TestApp = t) => browser(app, `198.51.100.${++ips}`)
const TOO_MANY = 'Too many attempts. Wait 15 minutes and try again.'

describe('rate limits', () => {
  it('refuse sign-in for an address after its limit, from whatever IP, with 429 and the form kept', async () => {
    const person = await createPerson(t.db, t.config)
    for (let i = 0; i < RATE_LIMITS['sign-in'].perAddress; i++) {
      expect((await newBrowser().post('/en/sign-in', { email: person.email, password: 'a wrong guess' })).status).toBe(
        422,
      )
    }
    // Even the right password waits: the limit is on attempts, not on failures.
    const limited = await newBrowser().post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.getSetCookie()).toEqual([])
    const html = await limited.text()
    expect(html).toContain(TOO_MANY)
    expect(html).toContain(`value="${person.email}"`)
    expect(html).toContain('<title>Error: Sign in – Stoa</title>')
  })

  it('count only failed sign-ins, so signing in again and again is never refused', async () => {
    const person = await createPerson(t.db, t.config)
    const visitor = newBrowser()
    for (let i = 0; i <= RATE_LIMITS['sign-in'].perAddress; i++) {
      expect((await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })).status).toBe(303)
    }
  })

  it('refuse an IP after its limit, whatever addresses it tries', async () => {
    const visitor = newBrowser()
    for (let i = 0; i < RATE_LIMITS['sign-in-link'].perIp; i++) {
      expect((await visitor.post('/en/sign-in/link', { linkEmail: `someone${i}@example.org` })).status).toBe(303)
    }
    const limited = await visitor.post('/en/sign-in/link', { linkEmail: 'one-more@example.org' })
    expect(limited.status).toBe(429)
    expect(await limited.text()).toContain(TOO_MANY)
  })

  for (const [form, path, field] of [
    ['sign-up', '/en/sign-up', 'email'],
    ['sign-in link', '/en/sign-in/link', 'linkEmail'],
    ['password reset', '/en/reset-password', 'email'],
  ] as const) {
    it(`treat known and unknown addresses alike on the ${form} form`, async () => {
      const person = await createPerson(t.db, t.config)
      const answers: { status: number; body: string }[] = []
      for (const email of [person.email, `unknown-${form.replace(' ', '-')}@example.org`]) {
        const fields = { name: 'Someone', password: 'a long enough passphrase', [field]: email }
        for (let i = 0; i < 3; i++) expect((await newBrowser().post(path, fields)).status).toBe(303)
        const limited = await newBrowser().post(path, fields)
        answers.push({ status: limited.status, body: (await limited.text()).replaceAll(email, 'ADDRESS') })
      }
      expect(answers[0]!.status).toBe(429)
      expect(answers[1]).toEqual(answers[0])
    })
  }

  it('limit the "send a new link" button of an unconfirmed person', async () => {
    const person = await createPerson(t.db, t.config, { verified: false })
    const visitor = newBrowser()
    await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    for (let i = 0; i < RATE_LIMITS.verification.perAddress; i++) {
      expect((await visitor.post('/en/account/verify/resend')).status).toBe(303)
    }
    const limited = await visitor.post('/en/account/verify/resend')
    expect(limited.status).toBe(429)
    expect(await limited.text()).toContain(TOO_MANY)
  })

  it('are shared by two app instances on the same database', async () => {
    const other = await createTestApp({ env: { TRUST_PROXY: 'true' }, database: t.database })
    const email = 'shared-limit@example.org'
    const results: number[] = []
    for (let i = 0; i <= RATE_LIMITS['password-reset'].perAddress; i++) {
      const app = i % 2 === 0 ? t : other
      results.push((await newBrowser(app).post('/en/reset-password', { email })).status)
    }
    expect(results).toEqual([303, 303, 303, 429])
  })

  it.runIf(inject('stoaTest').kind === 'postgres')(
    'are shared by two app instances with their own connection pools on one PostgreSQL database',
    async () => {
      const database = await openPostgres(t.database.url!, 4)
      try {
        const other = await createTestApp({ env: { TRUST_PROXY: 'true' }, database })
        const email = 'two-pools@example.org'
        const attempts = Array.from({ length: 8 }, (_, i) =>
          newBrowser(i % 2 === 0 ? t : other).post('/en/sign-in/link', { linkEmail: email }),
        )
        const statuses = (await Promise.all(attempts)).map((response) => response.status)
        expect(statuses.filter((status) => status === 303)).toHaveLength(RATE_LIMITS['sign-in-link'].perAddress)
        expect(statuses.filter((status) => status === 429)).toHaveLength(8 - RATE_LIMITS['sign-in-link'].perAddress)
      } finally {
        await database.close()
      }
    },
  )
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure over plain http', async () => {
    const person = await createPerson(t.db, t.config)
    const response = await newBrowser().post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('stoa.session_token='))!
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).toMatch(/;\s*Path=\//i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  it('is Secure (and __Secure- prefixed) when the site is served over https', async () => {
    const https = await createTestApp({ env: { BASE_URL: 'https://stoa.example.org', TRUST_PROXY: 'true' } })
    try {
      const person = await createPerson(https.db, https.config)
      const visitor = newBrowser(https)
      const response = await visitor.post('/en/sign-in', { email: person.email, password: TEST_PASSWORD })
      expect(response.status).toBe(303)
      const cookie = response.headers.getSetCookie().find((value) => value.includes('session_token='))!
      expect(cookie).toMatch(/^__Secure-stoa\.session_token=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
      expect(sessionCookieSetBy(response)).toBeTruthy()
      expect((await visitor.get('/en/account')).status).toBe(200)
    } finally {
      await https.close()
    }
  })

  it('is not set by a wrong password, nor echoed with the password', async () => {
    const response = await newBrowser().post('/en/sign-in', { email: 'x@example.org', password: 'secret guess 42' })
    expect(response.headers.getSetCookie()).toEqual([])
    const html = await response.text()
    expect(textOfId(html, 'email-error')).toContain('Enter a correct e-mail address and password')
    expect(html).not.toContain('secret guess 42')
  })
})
