import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'

// An editor writes and publishes a story; a visitor finds it on the home page, in /news and through
// the header's search; the visitor opens a method and learns that member resources exist, never
// what they are; a member downloads a template. Both projects run at once on one server: each
// writes its own story, named after the project.

async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
  return page
}

test('editor publishes news, a visitor finds it and sees member resources exist, a member downloads a template', async ({
  page,
  browser,
  browserProblems,
}, testInfo) => {
  test.setTimeout(90_000)
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const title = `Harbour lanterns return ${testInfo.project.name}`

  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)
  await editor.goto('/en/news')
  await editor.getByRole('link', { name: 'Write news' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Write news')
  await editor.getByLabel('Title', { exact: true }).fill(title)
  await editor.getByLabel('Text', { exact: true }).fill('# A night of light\n\nLanterns on the **water** again.')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toHaveTitle(/^Error: Write news/)
  await expect(editor.getByRole('alert').getByRole('link', { name: 'Enter a lead' })).toBeVisible()
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expectNoAxeViolations(editor)
  await editor.getByLabel('Lead', { exact: true }).fill('The harbour festival is back after three years.')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByText('It is a draft until you publish it.')).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Publish' }).click()
  await expect(editor.getByText('The news was published.')).toBeVisible()

  await page.goto('/en')
  await expect(page.getByRole('region', { name: 'Latest news' }).or(page.locator('#home-news'))).toContainText(title)
  await page.goto('/en/news')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(title)
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: /^News/ })).toBeVisible()
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('heading', { level: 2, name: 'A night of light' })).toBeVisible()

  await page.goto('/en/methods?format=on-site')
  await page.getByRole('link', { name: 'Peer-learning visit' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-learning visit')
  await expect(page.getByText('Members find 2 templates, 1 example and 1 contact for this method.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'become a member' })).toBeVisible()
  expect(await page.content()).not.toContain('Peer-learning visit programme (three days)')
  await expectNoAxeViolations(page)

  const member = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  await member.goto('/en/methods/peer-learning-visit')
  const download = member.waitForEvent('download')
  await member.getByRole('link', { name: 'Peer-learning visit programme (three days)' }).click()
  expect((await download).suggestedFilename()).toBe('peer-learning-visit-programme.pdf')
})
