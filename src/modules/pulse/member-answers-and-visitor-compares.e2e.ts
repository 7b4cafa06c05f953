import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'

// The demo editor starts a survey and gives it one number question; the demo member answers for
// Lisbon (an unusual value, confirmed) and agrees to publication by name; the editor closes and
// publishes; a visitor compares cities. Both projects run at once, each on a survey of its own.

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/en/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** A wall-clock moment in Brussels, as the form takes it, `days` from now (near enough for a test). */
function moment(days: number): string {
  const date = new Date(Date.now() + days * 24 * 3600_000)
  return date.toISOString().slice(0, 16)
}

async function newPage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, baseURL: test.info().project.use.baseURL })
  return context.newPage()
}

test('a member answers a survey, the editor publishes it, a visitor compares cities', async ({
  page,
  browser,
  browserProblems,
}) => {
  // Three people, a questionnaire built in the editor and five axe scans: more than the default minute on a loaded machine.
  test.setTimeout(150_000)
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false
  const stamp = `${test.info().project.name}-${Date.now().toString(36)}`
  const title = `Budgets ${stamp}`
  const slug = `budgets-${stamp}`.toLowerCase()
  const question = `Culture budget per inhabitant ${stamp}`

  // The editor starts the survey and its questionnaire.
  await signIn(page, 'editor@stoa.localhost', '/pulse/admin')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulse surveys (editors)')
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Short name in the address').fill(slug)
  await page.getByLabel('Year').fill('2026')
  await page.getByRole('checkbox', { name: 'City', exact: true }).check()
  await page.getByLabel('Opens').fill(moment(-1))
  await page.getByLabel('Closes').fill(moment(7))
  await page.getByRole('button', { name: 'Create the survey' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dashboard: ${title}`)
  await expectNoAxeViolations(page)
  const dashboard = page.url()

  await page.getByRole('link', { name: 'Edit the questions (questionnaire editor)' }).click()
  await page.getByLabel('Section title').fill('Budgets')
  await page.getByRole('button', { name: 'Add section' }).click()
  await page.getByRole('link', { name: /^Add a question/ }).click()
  await page.getByRole('radio', { name: 'Number, with a unit', exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Question', { exact: true }).fill(question)
  await page.getByLabel('Unit (optional)').fill('EUR')
  await page.getByLabel('Highest usual value (optional)').fill('600')
  await page.getByRole('button', { name: 'Save question' }).click()
  await expect(page.getByText('Your change was saved.')).toBeVisible()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByText('The questionnaire was published.')).toBeVisible()

  // The member answers for Lisbon: an unusual value is questioned, then confirmed.
  const member = await newPage(browser, javaScriptEnabled)
  await signIn(member, 'member@stoa.localhost', `/pulse/${slug}`)
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(title)
  await member.getByRole('link', { name: 'Answer for Lisbon City Council' }).click()
  await expectNoAxeViolations(member)
  await member.getByLabel(question).fill('950')
  await member.getByRole('checkbox', { name: 'Our answers may be published under our organisation’s name' }).check()
  await member.getByRole('button', { name: 'Submit the answers' }).click()
  await expect(member).toHaveTitle(/^Error: /)
  await expect(member.getByLabel(question)).toHaveValue('950')
  await expectNoAxeViolations(member)
  await member.getByRole('checkbox', { name: 'Yes, this value is right' }).check()
  await member.getByRole('button', { name: 'Submit the answers' }).click()
  await expect(member.getByText('Thank you: your organisation’s answers are submitted.')).toBeVisible()
  await member.context().close()

  // The editor closes the survey and publishes its results.
  await page.goto(dashboard)
  await page.getByRole('button', { name: 'Close the survey now' }).click()
  await expect(page.getByText('The survey is closed.')).toBeVisible()
  await page.getByRole('button', { name: 'Publish the results' }).click()
  await expect(page.getByText('The results are published.')).toBeVisible()

  // A visitor compares cities: the choice is in the address, to share it.
  const visitor = await newPage(browser, javaScriptEnabled)
  await visitor.goto('/en/pulse/compare')
  await visitor.getByLabel('Survey').selectOption({ label: title })
  await visitor.getByRole('button', { name: 'Compare' }).click()
  await visitor.getByRole('checkbox', { name: question }).check()
  await visitor.getByRole('checkbox', { name: 'Lisbon (Portugal)' }).check()
  await visitor.getByRole('button', { name: 'Compare' }).click()
  await expect(visitor).toHaveURL(/city=lisbon-city-council/)
  await expect(visitor.getByRole('row', { name: /Lisbon/ })).toContainText('950')
  await expectNoAxeViolations(visitor)

  // The published sample survey: charts with their tables, and one question's page.
  await visitor.goto('/en/pulse')
  await visitor.getByRole('link', { name: /culture and heritage budgets \(sample data\)/ }).click()
  await expect(visitor.getByText('Sample data: these figures are made up').first()).toBeVisible()
  await expect(visitor.locator('svg.app-chart').first()).toBeVisible()
  await expectNoAxeViolations(visitor)
  await visitor.getByRole('link', { name: 'Culture budget per inhabitant', exact: true }).click()
  await visitor.getByLabel('City', { exact: true }).selectOption({ index: 1 })
  await visitor.getByRole('button', { name: 'Compare' }).click()
  await expect(visitor.getByRole('table', { name: /beside the averages/ })).toBeVisible()
  await expectNoAxeViolations(visitor)
  await visitor.context().close()
})
