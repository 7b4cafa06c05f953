import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { signedIn } from '../activities/e2e-helpers.js'

// On the demo's call for good practices: a member applies for their city (check answers, submit,
// reference number), another member never sees the application, and the editor finds it on the
// evaluation dashboard. Each project applies as its own city, so both run at once on one server.

test('member applies to the call for good practices; nobody else sees it; the editor does', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const email = javaScriptEnabled ? 'member.krakow@stoa.localhost' : 'member.zaragoza@stoa.localhost'
  const member = await signedIn(browser, email, javaScriptEnabled)
  await member.goto('/en/calls')
  await expectNoAxeViolations(member)
  await member
    .getByRole('link', { name: 'Share your good practice to connect with the cultural heritage sector' })
    .first()
    .click()
  await expect(member.getByRole('heading', { level: 1 })).toContainText('Share your good practice')
  await expectNoAxeViolations(member)
  await member.getByRole('button', { name: 'Start an application' }).click()

  await member.getByLabel('Name of the practice').fill(`Practice from ${testInfo.project.name}`)
  await member.getByLabel('City or region where it happens').fill('Krakow')
  await member.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Check your answers before submitting')
  await expectNoAxeViolations(member)
  await member.getByRole('button', { name: 'Submit the application' }).click()
  // Required answers missing: every problem at once, on the form.
  await expect(member.getByText('There is a problem')).toBeVisible()
  await expectNoAxeViolations(member)
  await member.getByLabel('The practice in a few sentences').fill('Pocket parks built with neighbours.')
  await member.getByLabel('The challenge it answers').fill('Too few green spaces.')
  await member.getByLabel('How it works').fill('Neighbours choose and build.')
  await member.getByLabel('Results and impact').fill('Twelve parks.')
  await member.getByLabel('Transferability').fill('Any city with small plots.')
  await member
    .getByRole('group', { name: /host a peer-learning visit/ })
    .getByLabel('Yes')
    .check()
  await member
    .getByRole('group', { name: /I agree that the practice is published/ })
    .getByLabel('I agree')
    .check()
  await member.getByRole('button', { name: 'Save and check your answers' }).click()
  await member.getByRole('button', { name: 'Submit the application' }).click()
  await expect(member.getByText('Application submitted. Your reference number is')).toBeVisible()
  const reference =
    (await member
      .locator('strong')
      .filter({ hasText: /^GP-\d{4}-\d{4}$/ })
      .textContent()) ?? ''
  expect(reference).toMatch(/^GP-\d{4}-\d{4}$/)
  await expectNoAxeViolations(member)
  const applicationUrl = member.url().replace(/\?.*$/, '')

  const other = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  const response = await other.goto(applicationUrl)
  expect(response?.status()).toBe(404)
  await other.goto('/en/calls/mine')
  await expect(other.getByText(reference)).toHaveCount(0)

  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)
  await editor.goto('/en/calls/call-for-good-practices/applications')
  await expect(editor.getByRole('link', { name: reference })).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: reference }).click()
  await expect(editor.getByText('Pocket parks built with neighbours.')).toBeVisible()
  await expectNoAxeViolations(editor)
})
