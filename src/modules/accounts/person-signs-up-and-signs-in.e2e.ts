import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'

// Confirming the address needs the link from the mail: that journey reads it in the admin outbox
// (person-signs-up-and-verifies.e2e.ts). Unconfirmed people may sign in, so everything else is here.

test('person signs up, signs in and out with the keyboard alone', async ({ page, browserProblems }, testInfo) => {
  // Chromium logs the 422 of a form sent back with errors as a console error; this one is expected.
  browserProblems.allow(/status of 422\b/)
  const email = `keyboard-${testInfo.project.name}-${Date.now().toString(36)}@example.org`
  const password = 'granite steps above the Tagus'

  await page.goto('/en')
  await tabTo(page, page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await expectNoAxeViolations(page)

  await tabTo(page, page.getByRole('link', { name: 'Create an account' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account')
  await expectNoAxeViolations(page)

  // A first try with a common password: the error sits beside the field, the rest is kept.
  await tabTo(page, page.getByLabel('Full name'))
  await page.keyboard.type('Keyboard Person')
  await page.keyboard.press('Tab')
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await page.keyboard.type('password1234')
  await page.keyboard.press('Enter')
  await expect(page).toHaveTitle(/^Error: Create an account/)
  const summary = page.getByRole('alert')
  await expect(summary).toContainText('This password is too common')
  await expect(page.getByLabel('E-mail address')).toHaveValue(email)
  await expect(page.getByLabel('Password')).toHaveValue('')
  await expectNoAxeViolations(page)

  await tabTo(page, summary.getByRole('link', { name: /too common/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Password')).toBeFocused()
  await page.keyboard.type(password)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your e-mail')
  await expectNoAxeViolations(page)

  await page.goto('/en/sign-in')
  await tabTo(page, page.getByLabel('E-mail address').first())
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await page.keyboard.type(password)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByRole('region', { name: 'Important' })).toContainText('Confirm your e-mail address')
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Keyboard Person')
  await expectNoAxeViolations(page)

  await tabTo(page, page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have signed out')
  await expectNoAxeViolations(page)
  await page.goto('/en/account')
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/)
})

test('visitor sees clear answers from the sign-in forms and from links that do not work', async ({
  page,
  browserProblems,
}) => {
  // Chromium logs a page's 4xx status as a console error; these ones are what the test asks for.
  browserProblems.allow(/status of 4(00|22)\b/)

  await page.goto('/fr/sign-in')
  await page.getByLabel('Adresse e-mail').first().fill('personne@example.org')
  await page.getByLabel('Mot de passe').fill('pas le bon mot de passe')
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Saisissez une adresse e-mail et un mot de passe corrects')
  await expect(page.getByLabel('Mot de passe')).toHaveValue('')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click()
  await expect(page.getByRole('alert')).toContainText('Saisissez votre adresse e-mail')
  await expectNoAxeViolations(page)
  await page.locator('#linkEmail').fill('personne@example.org')
  await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consultez vos e-mails')
  await expectNoAxeViolations(page)

  await page.goto('/de/reset-password')
  await expectNoAxeViolations(page)
  await page.getByLabel('E-Mail-Adresse').fill('niemand@example.org')
  await page.getByRole('button', { name: 'Link senden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sehen Sie in Ihre E-Mails')

  await page.goto('/en/sign-in/link?token=not-a-real-token')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Sign in' }).last().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This sign-in link has expired or has already been used',
  )
  await expectNoAxeViolations(page)

  await page.goto('/en/account/verify?token=damaged')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired or is not valid')
  await expectNoAxeViolations(page)

  await page.goto('/en/reset-password?token=damaged')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired or has already been used')
  await expectNoAxeViolations(page)
})

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} was not reached within ${maxPresses} presses of Tab`)
}
