import { createHmac, timingSafeEqual } from 'node:crypto'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { magicLink } from 'better-auth/plugins'
import { eq } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Locale } from '../../platform/i18n/catalogue.js'
import { isLocale } from '../../platform/i18n/negotiate.js'
import { authAccounts, authVerifications, sessions, users } from './tables.js'

/** The e-mails Better Auth asks us to send; links point at our own server-rendered pages. */
export type AccountMailKind = 'verify-email' | 'sign-in-link' | 'reset-password' | 'sign-up-attempt' | 'change-email'

export type SendAccountMail = (mail: {
  kind: AccountMailKind
  to: string
  name: string
  locale: Locale
  /** The link to follow, absolute; absent for notices that carry none. */
  link?: string
}) => Promise<void>

export const SESSION_COOKIE_PREFIX = 'stoa'

/**
 * Better Auth keeps passwords (scrypt), sessions, verification, sign-in links and resets. We never
 * mount its HTTP handler: our forms call `auth.api.*` on the server, so every page works without
 * JavaScript and shows its errors our way. Its tokens travel in links to our own pages.
 */
export function createAuth(options: { db: Db; config: Config; sendMail: SendAccountMail }) {
  const { db, config, sendMail } = options
  const baseUrl = config.http.baseUrl
  const link = (locale: string, path: string, token: string) =>
    `${baseUrl}/${isLocale(locale) ? locale : config.i18n.defaultLocale}${path}?token=${encodeURIComponent(token)}`
  const localeOf = (user: object): Locale =>
    isLocale((user as { locale?: string }).locale) ? (user as { locale: Locale }).locale : config.i18n.defaultLocale

  return betterAuth({
    appName: 'Stoa',
    baseURL: baseUrl,
    basePath: '/auth',
    secret: config.sessionSecret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { users, sessions, auth_accounts: authAccounts, auth_verifications: authVerifications },
      transaction: true,
    }),
    user: {
      modelName: 'users',
      additionalFields: {
        roles: { type: 'string[]', required: false, input: false, defaultValue: [] },
        locale: { type: 'string', required: false, input: true, defaultValue: config.i18n.defaultLocale },
      },
      changeEmail: { enabled: true },
    },
    session: {
      modelName: 'sessions',
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    account: { modelName: 'auth_accounts' },
    verification: { modelName: 'auth_verifications' },
    emailAndPassword: {
      enabled: true,
      // People may sign in before verifying; the policy keeps everything member-only from them until they do.
      requireEmailVerification: false,
      // No session at sign-up: the answer is the same whether the address is new or known.
      autoSignIn: false,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        const locale = localeOf(user)
        await sendMail({
          kind: 'reset-password',
          to: user.email,
          name: user.name,
          locale,
          link: link(locale, '/reset-password', token),
        })
      },
      onExistingUserSignUp: async ({ user }) => {
        const locale = localeOf(user)
        await sendMail({
          kind: 'sign-up-attempt',
          to: user.email,
          name: user.name,
          locale,
          link: `${baseUrl}/${locale}/sign-in`,
        })
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      // Better Auth sends a change of address through this hook too, with the new address as
      // user.email; the token says which flow it is.
      sendVerificationEmail: async ({ user, token }) => {
        const locale = localeOf(user)
        await sendMail({
          kind: verificationTokenPayload(token)?.updateTo ? 'change-email' : 'verify-email',
          to: user.email,
          name: user.name,
          locale,
          link: link(locale, '/account/verify', token),
        })
      },
    },
    plugins: [
      magicLink({
        expiresIn: 60 * 15,
        // A link never creates an account: signing up asks for a name and a password policy we check.
        disableSignUp: true,
        storeToken: 'hashed',
        // Better Auth stores a token for any address; we mail only people who have an account, so
        // a typed address never receives mail it did not ask for. The page answers the same either way.
        sendMagicLink: async ({ email, token, metadata }) => {
          const [user] = await db
            .select({ name: users.name, deletedAt: users.deletedAt })
            .from(users)
            .where(eq(users.email, email.toLowerCase()))
          if (!user || user.deletedAt) return
          const locale = isLocale(metadata?.locale) ? metadata.locale : config.i18n.defaultLocale
          const next = typeof metadata?.next === 'string' ? `&next=${encodeURIComponent(metadata.next)}` : ''
          await sendMail({
            kind: 'sign-in-link',
            to: email,
            name: user.name,
            locale,
            link: `${link(locale, '/sign-in/link', token)}${next}`,
          })
        },
      }),
    ],
    // Our own per-address and per-IP limits (rate-limit.ts) cover the forms, shared by all instances.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: baseUrl.startsWith('https://'),
      // Better Auth relaxes these checks when it thinks it runs under test; tests must see production.
      disableOriginCheck: false,
      ipAddress: { ipAddressHeaders: config.http.trustProxy ? ['x-forwarded-for'] : [] },
    },
    telemetry: { enabled: false },
  })
}

export type Auth = ReturnType<typeof createAuth>

/**
 * The claims of an e-mail verification token (a JWT Better Auth signs with HS256 and our secret).
 * With the secret, a token whose signature does not match gives undefined, so a forged token never
 * gets a page that shows its made-up address; without it, the claims are read unchecked, only to
 * choose a message. Better Auth's verifyEmail checks everything again before anything changes.
 * `updateTo` is set when the token confirms a new address.
 */
export function verificationTokenPayload(
  token: string,
  secret?: string,
): { email: string; updateTo?: string; userId?: string; exp?: number } | undefined {
  const [header = '', body = '', signature = ''] = token.split('.')
  if (secret !== undefined) {
    const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest()
    const given = Buffer.from(signature, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  }
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    return typeof payload?.email === 'string' ? payload : undefined
  } catch {
    return undefined
  }
}
