import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from './demo.js'

// Journeys through the organisation, profile, invitation and admin pages, on the demo programme,
// scanning every page with axe. Both projects (JavaScript on and off) run at once against one
// server: what a test changes is its own (a fresh address), or harmless to do twice.

async function signIn(page: Page, email: string) {
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
}

async function signedInPage(browser: Browser, email: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  await signIn(page, email)
  return page
}

test('visitor finds an organisation in the directory and one of its members', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations')
  await expectNoAxeViolations(page)

  await page.getByLabel('Country').selectOption({ label: 'Spain' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/country=ES/)
  await expect(page.getByRole('heading', { level: 2, name: '2 organisations' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'City of Zaragoza' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City of Zaragoza')
  await expect(page.getByText('Verified', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('region', { name: 'Members' }).getByRole('link', { name: 'Lucía Demo' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lucía Demo')
  // Her bio is for members: a visitor does not get it.
  await expect(page.getByText('museum educator')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('member edits their profile and looks after their organisation', async ({ page, browserProblems }) => {
  // Chromium logs the 422 of a form sent back with its errors; these are the ones the test asks for.
  browserProblems.allow(/status of 422\b/)
  await signIn(page, 'member@stoa.localhost')

  await page.goto('/en/account/profile')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile')
  await expectNoAxeViolations(page)
  await page.getByLabel('Bio').fill('x'.repeat(1001))
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page).toHaveTitle(/^Error: Your profile/)
  await page.getByRole('alert').getByRole('link', { name: 'Your bio must be 1,000 characters or fewer' }).click()
  await expect(page.getByLabel('Bio')).toBeFocused()
  await expectNoAxeViolations(page)
  await page.getByLabel('Bio').fill('A fictional city officer in Lisbon, for the demo.')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Your profile was saved.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Lisbon City Council' }).first().click()
  await expect(page.getByText('You are an organisation admin of Lisbon City Council.')).toBeVisible()
  await page.getByRole('link', { name: 'Members, requests and invitations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage Lisbon City Council')
  await expect(page.getByRole('region', { name: 'Requests to join' })).toContainText('Tiago Demo')
  await expectNoAxeViolations(page)
  await page.getByLabel('E-mail address').fill('not an address')
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page).toHaveTitle(/^Error: Manage Lisbon City Council/)
  await expect(page.getByLabel('E-mail address')).toHaveValue('not an address')
  await expectNoAxeViolations(page)

  for (const [path, heading] of [
    ['/en/organisations/lisbon-city-council/edit', 'Edit Lisbon City Council'],
    ['/en/organisations/lisbon-city-council/leave', 'Leave Lisbon City Council?'],
    ['/en/organisations/new', 'Propose an organisation'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expectNoAxeViolations(page)
  }
  await page.getByRole('button', { name: 'Add organisation' }).click()
  await expect(page).toHaveTitle(/^Error: Propose an organisation/)
  await expectNoAxeViolations(page)
})

test('editor invites an expert, who creates an account from the link', async ({
  page,
  browser,
  browserProblems,
}, testInfo) => {
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const email = `expert-${testInfo.project.name}-${Date.now().toString(36)}@example.org`
  await signIn(page, 'editor@stoa.localhost')

  await page.goto('/en/organisations/city-of-krakow/merge')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merge City of Krakow into another organisation')
  await expectNoAxeViolations(page)

  await page.goto('/en/admin/experts')
  await expect(page.getByRole('region', { name: /The pool/ })).toContainText('Ines Demo')
  await expectNoAxeViolations(page)
  await page.getByLabel('E-mail address').fill(email)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByText('The invitation was sent.')).toBeVisible()
  await expectNoAxeViolations(page)

  const admin = await signedInPage(browser, 'admin@stoa.localhost', javaScriptEnabled)
  await admin.goto(`/en/admin/outbox?to=${encodeURIComponent(email)}`)
  await admin.getByRole('link', { name: 'You are invited to join the Stoa expert pool' }).click()
  const link = await admin
    .getByRole('link', { name: /\/en\/invitations\// })
    .first()
    .getAttribute('href')
  expect(link).toMatch(/\/en\/invitations\/[A-Za-z0-9_-]+$/)

  await admin.goto('/en/admin/people')
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('People')
  await expectNoAxeViolations(admin)
  await admin.getByRole('link', { name: 'Tiago Demo' }).click()
  // Scan the person's page, not the list still unloading: wait for the navigation to land.
  await expect(admin).toHaveURL(/\/en\/admin\/people\/[^/?]+$/)
  await expectNoAxeViolations(admin)
  await admin.getByRole('link', { name: 'Give role Editor' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Give Tiago Demo the editor role?')
  await expectNoAxeViolations(admin)
  await admin.context().close()

  const newcomer = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await newcomer.goto(link!)
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Join the expert pool on Stoa')
  await expectNoAxeViolations(newcomer)
  await newcomer.getByLabel('Full name').fill('Nora Newexpert')
  await newcomer.getByLabel('Choose a password').fill('password1234')
  await newcomer.getByRole('button', { name: 'Create account and accept' }).click()
  await expect(newcomer.getByRole('alert')).toContainText('This password is too common')
  await expect(newcomer.getByLabel('Full name')).toHaveValue('Nora Newexpert')
  await expectNoAxeViolations(newcomer)
  await newcomer.getByLabel('Choose a password').fill('weighted criteria, fairly applied')
  await newcomer.getByRole('button', { name: 'Create account and accept' }).click()
  await expect(newcomer.getByText('You joined the expert pool.')).toBeVisible()
  await expect(newcomer.getByRole('navigation', { name: 'Account' })).toContainText('Nora Newexpert')
  await expectNoAxeViolations(newcomer)
  await newcomer.context().close()
})
