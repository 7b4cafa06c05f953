import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'

// A member proposes a practice, the editor asks for changes, the member makes them, the editor
// publishes, and a visitor finds it. Both projects run at once on one server: each proposes its
// own practice, named after the project.

async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
  return page
}

test('member proposes a practice, editor requests changes, then publishes it', async ({
  page,
  browser,
  browserProblems,
}, testInfo) => {
  test.setTimeout(120_000)
  // Chromium logs the 422 of a form sent back with its errors: the one this journey asks for.
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const title = `Lending libraries of Zinnia ${testInfo.project.name}`
  const member = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)

  await member.goto('/en/practices/mine')
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('My practices')
  await expectNoAxeViolations(member)
  await member.getByRole('link', { name: 'Propose a practice' }).click()
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Propose a practice')
  await expect(member.getByText('On behalf of Lisbon City Council')).toBeVisible()
  await expectNoAxeViolations(member)

  await member.getByLabel('Title', { exact: true }).fill(title)
  await member.getByLabel('City or region').fill('Lisbon')
  await member.getByLabel('Country', { exact: true }).selectOption('PT')
  await member
    .getByLabel('Summary', { exact: true })
    .fill('Neighbourhood libraries lend tools and books from old kiosks.')
  await member.getByLabel('The approach').fill('The city restored twelve kiosks and handed them to residents’ groups.')
  await member.getByLabel('Results', { exact: true }).fill('Twelve kiosks open again.')
  await member.getByLabel('Transferability').fill('Any city with disused kiosks.')
  await member.getByRole('checkbox', { name: 'Social' }).check()
  await member.getByRole('button', { name: 'Submit for review' }).click()
  await expect(member).toHaveTitle(/^Error: Propose a practice/)
  const problem = 'Describe “The challenge” before submitting the practice for review'
  await expect(member.getByRole('alert').getByRole('link', { name: problem })).toBeVisible()
  await expect(member.getByLabel('Results', { exact: true })).toHaveValue('Twelve kiosks open again.')
  await expectNoAxeViolations(member)

  await member.getByLabel('The challenge').fill('Kiosks stood empty and the neighbourhoods had no library.')
  await member.getByRole('button', { name: 'Submit for review' }).click()
  await expect(member.getByText('The practice was submitted for review.')).toBeVisible()
  await expect(member.getByRole('row', { name: new RegExp(title) })).toContainText('Submitted for review')
  await expectNoAxeViolations(member)

  await editor.goto('/en/practices/review?state=submitted')
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Practices to review')
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: title }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Review “${title}”`)
  await expectNoAxeViolations(editor)
  await editor
    .getByLabel('What should the organisation change?')
    .fill('Say who runs the kiosks and how often they open.')
  await editor.getByRole('button', { name: 'Request changes' }).click()
  await expect(editor.getByText('Changes were requested; the proposer was told by e-mail')).toBeVisible()
  await expectNoAxeViolations(editor)

  await member.goto('/en/practices/mine')
  await member.getByRole('link', { name: title }).click()
  await expect(member.getByText('Say who runs the kiosks and how often they open.')).toBeVisible()
  await expectNoAxeViolations(member)
  await member
    .getByLabel('The approach')
    .fill('The city restored twelve kiosks; residents’ groups run them and open them every Saturday.')
  await member.getByRole('button', { name: 'Submit for review' }).click()
  await expect(member.getByText('The practice was submitted for review.')).toBeVisible()
  await expectNoAxeViolations(member)

  await editor.reload()
  await editor.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(editor.getByText('The practice is published')).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: 'History', exact: true }).click()
  await expect(editor.getByRole('table')).toContainText('Changes requested')
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Compare' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('Changes from revision')
  await expectNoAxeViolations(editor)

  await page.goto(`/en/practices?q=${encodeURIComponent(`"${title}"`)}`)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('every Saturday')).toBeVisible()
  await expectNoAxeViolations(page)
})
