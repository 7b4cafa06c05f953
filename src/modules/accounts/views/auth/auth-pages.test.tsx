import type { Child } from 'hono/jsx'
import { describe, expect, it } from 'vitest'
import type { Actor } from '../../../../platform/http/actor.js'
import { LOCALES, type Locale, registerMessages } from '../../../../platform/i18n/catalogue.js'
import { platformMessages } from '../../../../platform/i18n/platform-messages.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { idsIn, startTags, uiTranslator } from '../../../../platform/ui/testing.js'
import { authMessages } from '../../auth-messages.js'
import { privacyMessages } from '../../privacy-messages.js'
import { AccountPage } from './account-page.js'
import { NewPasswordPage, ResetRequestPage } from './reset-password-pages.js'
import { SignInPage } from './sign-in-pages.js'
import { SignUpPage } from './sign-up-page.js'
import { VerifyInvalidPage } from './verify-pages.js'

registerMessages(platformMessages)
registerMessages(authMessages)
// The account page links to the privacy area, whose link text is in its catalogue.
registerMessages(privacyMessages)

const contextIn = (locale: Locale): PageContext => ({
  locale,
  t: uiTranslator(locale),
  path: '/sign-in',
  query: '',
  baseUrl: 'http://localhost',
  nav: [],
  asset: (name) => `/assets/${name}`,
  timeZone: 'Europe/Brussels',
  now: new Date('2030-01-01T00:00:00Z'),
  actor: null,
})

const actor: Actor = {
  id: 'u1',
  name: 'Ana Ribeiro',
  email: 'ana@lisboa.example',
  emailVerified: false,
  roles: [],
  locale: 'en',
  memberships: [],
}

const error = (field: string) => ({ field, message: `Problem with ${field}` })

/** Every form page with an error on each of its fields. */
const pages: [string, (ctx: PageContext) => Child][] = [
  ['sign-up', (ctx) => <SignUpPage ctx={ctx} errors={['name', 'email', 'password'].map(error)} next="/en/x" />],
  ['sign-in', (ctx) => <SignInPage ctx={ctx} errors={['email', 'password', 'linkEmail'].map(error)} />],
  ['reset request', (ctx) => <ResetRequestPage ctx={ctx} errors={[error('email')]} />],
  ['new password', (ctx) => <NewPasswordPage ctx={ctx} token="t" errors={[error('password')]} />],
  ['expired confirmation link', (ctx) => <VerifyInvalidPage ctx={ctx} errors={[error('email')]} />],
  [
    'account',
    (ctx) => (
      <AccountPage
        ctx={{ ...ctx, actor }}
        actor={actor}
        errors={['newEmail', 'currentPassword', 'newPassword'].map(error)}
      />
    ),
  ],
]

describe('the sign-in and account pages', () => {
  for (const [name, render] of pages) {
    it(`link every error of the ${name} page to its field, with unique ids, in every language`, async () => {
      for (const locale of LOCALES) {
        const html = (await render(contextIn(locale))?.toString()) ?? ''
        const ids = idsIn(html)
        expect(new Set(ids).size, `duplicate ids in ${ids.join(', ')}`).toBe(ids.length)
        const summaryLinks = startTags(html, 'a')
          .map((link) => link.attributes.href ?? '')
          .filter((href) => href.startsWith('#') && href !== '#main-content')
        expect(summaryLinks.length).toBeGreaterThan(0)
        for (const href of summaryLinks) expect(ids, `${href} has no target`).toContain(href.slice(1))
        for (const input of startTags(html, 'input')) {
          if (input.attributes.type === 'password') expect(input.attributes.value).toBeUndefined()
          if (input.attributes.type !== 'hidden') expect(input.attributes.id).toBe(input.attributes.name)
        }
        expect(html).toContain('<title>')
        expect(html).toMatch(/<title>(Error|Erreur|Fehler)/)
      }
    })
  }
})
