import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'

// The demo editor builds a small questionnaire with a question asked only after "yes", previews
// it as a respondent would, submits it with mistakes and corrects them. Both projects run at once
// against one server, each on a questionnaire of its own.

async function signInAsEditor(page: Page) {
  await page.goto('/en/sign-in?next=%2Fadmin%2Fquestionnaires')
  await page.getByLabel('E-mail address').first().fill('editor@stoa.localhost')
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questionnaires')
}

async function addQuestion(page: Page, type: string, fill: (page: Page) => Promise<void>) {
  await page.getByRole('link', { name: /^Add a question/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a question')
  await page.getByRole('radio', { name: type, exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`New question: ${type}`)
  await fill(page)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Save question' }).click()
  await expect(page.getByText('Your change was saved.')).toBeVisible()
}

test('editor builds a questionnaire with a conditional question, previews it and fixes a submission', async ({
  page,
  browserProblems,
}) => {
  // A long journey (a dozen pages, each scanned by axe): more than the default 30 s on a loaded machine.
  test.setTimeout(240_000)
  // Chromium logs the 422 of a form sent back with its errors; these are the ones the test asks for.
  browserProblems.allow(/status of 422\b/)
  const withScript = test.info().project.use.javaScriptEnabled !== false
  const title = `Good practice form ${test.info().project.name} ${Date.now()}`

  await signInAsEditor(page)
  await expectNoAxeViolations(page)
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Create questionnaire' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit “${title}”`)
  await expectNoAxeViolations(page)

  await page.getByLabel('Section title').fill('Funding')
  await page.getByRole('button', { name: 'Add section' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Funding' })).toBeVisible()

  await addQuestion(page, 'Yes or no', async (form) => {
    await form.getByLabel('Question', { exact: true }).fill('Was the practice funded by the EU?')
  })
  await addQuestion(page, 'Short text', async (form) => {
    await form.getByLabel('Question', { exact: true }).fill('Which EU programme?')
    await form
      .getByLabel('Ask it only after a given answer')
      .selectOption({ label: '“Was the practice funded by the EU?” is “Yes”' })
  })
  await addQuestion(page, 'Long text, with a word limit', async (form) => {
    await form.getByLabel('Question', { exact: true }).fill('Summary of the practice')
    await form.getByLabel('Word limit (optional)').fill('5')
  })
  await expect(page.getByText('Shown when “Was the practice funded by the EU?” is “Yes”')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Preview' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Preview of “${title}”`)
  const programme = page.getByLabel('Which EU programme?')
  if (withScript) {
    // Asked only after "yes": hidden until then, shown as soon as "Yes" is chosen.
    await expect(programme).toBeHidden()
    await page.getByRole('radio', { name: 'Yes' }).check()
    await expect(programme).toBeVisible()
  } else {
    await expect(
      page.getByText('Answer only if you answered “Yes” to “Was the practice funded by the EU?”.'),
    ).toBeVisible()
    await page.getByRole('radio', { name: 'Yes' }).check()
  }
  await expectNoAxeViolations(page)

  await page.getByLabel('Summary of the practice').fill('Old shops kept alive by the city')
  await page.getByRole('button', { name: 'Check these answers' }).click()
  await expect(page).toHaveTitle(/^Error: Preview of/)
  const summary = page.getByRole('alert')
  await expect(summary.getByRole('link', { name: 'Enter your answer to “Which EU programme?”' })).toBeVisible()
  await expect(
    summary.getByRole('link', { name: '“Summary of the practice” must be 5 words or fewer; it has 7' }),
  ).toBeVisible()
  // What was typed is kept.
  await expect(page.getByLabel('Summary of the practice')).toHaveValue('Old shops kept alive by the city')
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked()
  await expectNoAxeViolations(page)

  await summary.getByRole('link', { name: 'Enter your answer to “Which EU programme?”' }).click()
  await expect(programme).toBeFocused()
  await programme.fill('Interreg Europe')
  await page.getByLabel('Summary of the practice').fill('Old shops kept alive')
  await page.getByRole('button', { name: 'Check these answers' }).click()
  await expect(page.getByText('These answers would be accepted. Nothing was stored.')).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'Interreg Europe' })).toBeVisible()
  await expectNoAxeViolations(page)
})
