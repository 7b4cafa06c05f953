import { readFile } from 'node:fs/promises'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'

// A fresh account per project (JavaScript on and off run at once against one server), so the
// deletion touches nobody else's data.

test('person downloads their data, then deletes their account', async ({ page, browserProblems }, testInfo) => {
  // Chromium logs the 422 of a form sent back with its errors; this one is asked for.
  browserProblems.allow(/status of 422\b/)
  const email = `leaving-${testInfo.project.name}-${Date.now().toString(36)}@example.org`
  const password = 'cobbles of the Ribeira at noon'

  await page.goto('/en/sign-up')
  await page.getByLabel('Full name').fill('Leonor Leaving')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your e-mail')

  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/account$/)

  await page.getByRole('link', { name: /^Your data:/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data')
  await expect(page.getByText(email)).toBeVisible()
  await expectNoAxeViolations(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download your data (JSON)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^stoa-personal-data-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'))
  expect(data.account).toMatchObject({ name: 'Leonor Leaving', email })

  await page.getByRole('link', { name: 'Delete your account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete your account')
  await expectNoAxeViolations(page)

  await page.getByLabel('Your password').fill('not my password at all')
  await page.getByRole('button', { name: 'Delete my account' }).click()
  await expect(page).toHaveTitle(/^Error: Delete your account/)
  await page.getByRole('alert').getByRole('link', { name: 'The password is not right' }).click()
  await expect(page.getByLabel('Your password')).toBeFocused()
  await expectNoAxeViolations(page)

  await page.getByLabel('Your password').fill(password)
  await page.getByRole('button', { name: 'Delete my account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account has been deleted')
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/en/account')
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/)
})
