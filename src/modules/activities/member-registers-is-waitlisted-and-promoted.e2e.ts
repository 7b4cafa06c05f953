import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { createActivity, signedIn, utcInput } from './e2e-helpers.js'

// One seat: the member takes it, the expert joins the waiting list, the member cancels, the expert
// is promoted (the mail is in the outbox), and the reminder job mails the expert the day before.
// Both projects run at once on one server: each creates its own activity, named after the project.

test('member registers, the next is waitlisted, then promoted when a seat frees, and reminded', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const title = `Clinic on one chair ${testInfo.project.name}`
  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)
  await createActivity(editor, { title, starts: utcInput(20), ends: utcInput(22), places: '1' })
  await expect(editor.getByText('The activity is created and published.')).toBeVisible()
  await editor.getByRole('link', { name: 'View the activity page' }).click()
  const activityUrl = editor.url()

  const member = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  await member.goto(activityUrl)
  await member.getByRole('button', { name: 'Register', exact: true }).click()
  await expect(member.getByText('You are registered.')).toBeVisible()
  await expectNoAxeViolations(member)

  const expert = await signedIn(browser, 'expert@stoa.localhost', javaScriptEnabled)
  await expert.goto(activityUrl)
  await expect(expert.getByText('No seat left: new registrations join the waiting list.')).toBeVisible()
  await expert.getByRole('button', { name: 'Join the waiting list' }).click()
  await expect(expert.getByText('You are number 1 on the waiting list.', { exact: true })).toBeVisible()
  await expectNoAxeViolations(expert)

  await member.getByRole('button', { name: 'Cancel my registration' }).click()
  await expect(member.getByText('Your registration is cancelled.')).toBeVisible()
  await expert.reload()
  await expect(expert.getByText('You are registered for this activity.')).toBeVisible()

  const admin = await signedIn(browser, 'admin@stoa.localhost', javaScriptEnabled)
  await admin.goto('/en/admin/outbox?to=expert%40stoa.localhost')
  await expect(admin.getByRole('link', { name: `A place is free for you: ${title}` })).toBeVisible()
  await expectNoAxeViolations(admin)
  // The reminder job runs every 15 seconds: the day-before reminder arrives without anyone asking.
  await expect(async () => {
    await admin.reload()
    await expect(admin.getByRole('link', { name: `Tomorrow: ${title}` })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 40_000, intervals: [2_000] })
  await admin.getByRole('link', { name: `Tomorrow: ${title}` }).click()
  await expect(admin.getByText('starts tomorrow', { exact: false }).first()).toBeVisible()
  await expectNoAxeViolations(admin)
})
