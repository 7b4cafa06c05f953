import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import type { Database } from '../../db/client.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { type Auth, createAuth } from './auth.js'

let database: Database
let auth: Auth
const sent: { kind: string; to: string; link?: string }[] = []

beforeAll(async () => {
  database = await createTestDatabase()
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' })
  auth = createAuth({ db: database.db, config, sendMail: async (mail) => void sent.push(mail) })
})
afterAll(() => database.close())

const tokenOf = (link?: string) => new URL(link!).searchParams.get('token')!

describe('Better Auth on our tables', () => {
  it('signs up, verifies by link, signs in with the password and reads the session', async () => {
    await auth.api.signUpEmail({
      body: { name: 'Ana Ribeiro', email: 'ana@lisboa.example', password: 'a long enough passphrase', locale: 'fr' },
    })
    const verification = sent.find((mail) => mail.kind === 'verify-email' && mail.to === 'ana@lisboa.example')
    expect(verification?.link).toMatch(/^http:\/\/localhost\/fr\/account\/verify\?token=/)
    await auth.api.verifyEmail({ query: { token: tokenOf(verification?.link) } })

    const { headers } = await auth.api.signInEmail({
      body: { email: 'ana@lisboa.example', password: 'a long enough passphrase' },
      returnHeaders: true,
    })
    const cookie = headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/stoa\.session_token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) })
    expect(session?.user.email).toBe('ana@lisboa.example')
    expect(session?.user.emailVerified).toBe(true)
  })

  it('answers a sign-up with a known address like any other, and tells the owner by e-mail', async () => {
    const result = await auth.api.signUpEmail({
      body: { name: 'Someone else', email: 'ana@lisboa.example', password: 'another long passphrase' },
    })
    expect(result.user.email).toBe('ana@lisboa.example')
    expect(sent.some((mail) => mail.kind === 'sign-up-attempt' && mail.to === 'ana@lisboa.example')).toBe(true)
  })
})
