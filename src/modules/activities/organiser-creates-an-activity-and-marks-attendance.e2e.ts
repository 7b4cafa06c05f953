import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { createActivity, signedIn, utcInput } from './e2e-helpers.js'

// The editor creates an activity (a missing title sent back and corrected), a member registers,
// the editor reads the participant list, downloads it as CSV, and marks attendance once it began.

test('organiser creates an activity, sees the participants, exports them and marks attendance', async ({
  browser,
  browserProblems,
}, testInfo) => {
  // Chromium logs the 422 of the form sent back with its errors: the one this journey asks for.
  test.setTimeout(90_000)
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const title = `Attendance clinic ${testInfo.project.name}`
  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)
  await editor.goto('/en/activities')
  await editor.getByRole('link', { name: 'Create an activity' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Create an activity')
  await expectNoAxeViolations(editor)

  await createActivity(editor, { title: '', starts: utcInput(48), ends: utcInput(50), places: '5' })
  await expect(editor).toHaveTitle(/^Error: Create an activity/)
  await expect(editor.getByRole('alert').getByRole('link', { name: 'Enter a title' })).toBeVisible()
  await expect(editor.getByLabel('Host city')).toHaveValue('Ghent')
  await expectNoAxeViolations(editor)
  await editor.getByLabel('Title', { exact: true }).fill(title)
  await editor.getByRole('button', { name: 'Create the activity' }).click()
  await expect(editor.getByText('The activity is created and published.')).toBeVisible()
  await expectNoAxeViolations(editor)
  const editUrl = editor.url().replace(/\?.*$/, '')
  const activityUrl = editUrl.replace(/\/edit$/, '')

  const member = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  await member.goto(activityUrl)
  await member.getByLabel('Dietary or accessibility needs', { exact: false }).fill('Step-free access')
  await member.getByRole('button', { name: 'Register', exact: true }).click()
  await expect(member.getByText('You are registered.')).toBeVisible()

  await editor.goto(activityUrl)
  await editor.getByRole('link', { name: 'Participants, export and attendance' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Participants of “${title}”`)
  const row = editor.getByRole('row', { name: /Marta Demo/ })
  await expect(row).toContainText('Confirmed')
  await expect(row).toContainText('Step-free access')
  await expect(editor.getByText('Attendance can be marked once the activity has started.')).toBeVisible()
  await expectNoAxeViolations(editor)
  const [download] = await Promise.all([
    editor.waitForEvent('download'),
    editor.getByRole('link', { name: 'Download the list (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/-participants\.csv$/)

  // The activity in fact began an hour ago: the organiser corrects the time, then marks who came.
  await editor.goto(editUrl)
  await editor.getByLabel('Starts').fill(utcInput(-1))
  await editor.getByLabel('Ends').fill(utcInput(1))
  await editor.getByRole('button', { name: 'Save the changes' }).click()
  await expect(editor.getByText('Your changes are saved.')).toBeVisible()
  await editor.goto(`${activityUrl}/participants`)
  await editor.getByRole('checkbox', { name: /Marta Demo/ }).check()
  await editor.getByRole('button', { name: 'Save the attendance' }).click()
  await expect(editor.getByText('The attendance is saved.')).toBeVisible()
  await expect(editor.getByRole('row', { name: /Marta Demo/ })).toContainText('Attended')
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: /Certificate.*Marta Demo/ }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Certificate of attendance')
  await expect(editor.getByText('This certifies that Marta Demo attended')).toBeVisible()
  await expectNoAxeViolations(editor)
})
