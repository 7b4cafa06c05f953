import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { signedIn } from '../activities/e2e-helpers.js'

// The whole cycle of a call, through the real pages: the editor builds a call for good practices,
// a member from Krakow applies in time, a member from Zaragoza too late (told so, text kept), three
// experts are on the panel but the one who works for Krakow is never assigned, two review, the
// editor selects within the quota, releases the outcomes and publishes the practice the selected
// application became; a member of another organisation never reaches the application. The deadline
// passes the honest way: the editor moves it to the current minute. One run (JavaScript on): the
// no-JavaScript project walks the same forms in member-applies-and-editor-evaluates.e2e.ts.

/** "2027-01-10T09:30" in UTC, `minutes` from now (the call is set in UTC). */
function utcMinute(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16)
}

async function fillPractice(page: Page, name: string, city: string) {
  await page.getByLabel('Name of the practice').fill(name)
  await page.getByLabel('City or region where it happens').fill(city)
  await page.getByLabel('The practice in a few sentences').fill(`${name}: neighbours restore a market hall.`)
  await page.getByLabel('The challenge it answers').fill('An empty hall in the old town.')
  await page.getByLabel('How it works').fill('Neighbours, traders and the city share the work.')
  await page.getByLabel('Results and impact').fill('The hall opens six days a week.')
  await page.getByLabel('Transferability').fill('Any city with an empty public building.')
  await page
    .getByRole('group', { name: /host a peer-learning visit/ })
    .getByLabel('Yes')
    .check()
  await page
    .getByRole('group', { name: /I agree that the practice is published/ })
    .getByLabel('I agree')
    .check()
}

async function review(page: Page, reference: string, score: string) {
  await page.goto('/en/calls/reviews')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: new RegExp(reference) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${reference}`)
  await expectNoAxeViolations(page)
  await page
    .getByRole('group', { name: /^Relevance/ })
    .getByLabel(score, { exact: true })
    .check()
  await page.getByRole('group', { name: 'Overall recommendation' }).getByLabel('Select', { exact: true }).check()
  await page.getByLabel('Comment').fill('A clear case other cities can learn from.')
  await page.getByRole('button', { name: 'Submit the review' }).click()
  await expect(page.getByText('Your review is submitted. Thank you.')).toBeVisible()
}

test('editor builds a call; members apply, one too late; experts review; the selected practice reaches the catalogue', async ({
  browser,
  browserProblems,
}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'one run: the forms are the same without JavaScript')
  test.setTimeout(180_000)
  // Pages the journey asks for on purpose: the late submission (409) and the outsider's 404s and 403.
  browserProblems.allow(/status of (403|404|409)\b/)
  const stamp = Date.now().toString(36)
  const title = `Call for market halls ${stamp}`
  const practiceName = `Market hall of neighbours ${stamp}`

  // The editor builds the call: a good-practice call starts from the standard form, published here.
  const editor = await signedIn(browser, 'editor@stoa.localhost', true)
  await editor.goto('/en/calls/new')
  await expectNoAxeViolations(editor)
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(title)
  await editor.getByRole('group', { name: 'Kind of call' }).getByLabel('Good practices').check()
  await editor
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('Tell us how your city brought a market hall back to life.')
  await editor.getByRole('textbox', { name: 'Time zone', exact: true }).fill('UTC')
  await editor.getByRole('textbox', { name: 'Opens at', exact: true }).fill(utcMinute(-60))
  await editor.getByRole('textbox', { name: 'Deadline', exact: true }).fill(utcMinute(2 * 24 * 60))
  await editor.getByRole('textbox', { name: 'How many will be selected', exact: true }).fill('1')
  await editor.getByRole('textbox', { name: 'Expert reviews per application', exact: true }).fill('2')
  await editor.getByRole('textbox', { name: 'Reference prefix', exact: true }).fill('MH')
  await editor.getByRole('button', { name: 'Create the call' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${title}`)
  await expectNoAxeViolations(editor)
  const slug = new URL(editor.url()).pathname.split('/')[3] ?? ''
  await editor.getByRole('link', { name: 'Build the application form' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toContainText(title)
  await expect(editor.getByText('Name of the practice').first()).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(editor.getByText('The questionnaire was published.')).toBeVisible()

  // Krakow applies in time.
  const krakow = await signedIn(browser, 'member.krakow@stoa.localhost', true)
  await krakow.goto(`/en/calls/${slug}`)
  await expect(krakow.getByRole('heading', { level: 1 })).toHaveText(title)
  await expectNoAxeViolations(krakow)
  await krakow.getByRole('button', { name: 'Start an application' }).click()
  await fillPractice(krakow, practiceName, 'Krakow')
  await expectNoAxeViolations(krakow)
  await krakow.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(krakow.getByRole('heading', { level: 1 })).toHaveText('Check your answers before submitting')
  await expectNoAxeViolations(krakow)
  await krakow.getByRole('button', { name: 'Submit the application' }).click()
  await expect(krakow.getByText('Application submitted. Your reference number is')).toBeVisible()
  const reference =
    (await krakow
      .locator('strong')
      .filter({ hasText: /^MH-\d{4}-\d{4}$/ })
      .textContent()) ?? ''
  expect(reference).toMatch(/^MH-\d{4}-0001$/)
  await expectNoAxeViolations(krakow)
  const applicationPath = new URL(krakow.url()).pathname

  // Zaragoza gets as far as checking the answers, then the deadline passes.
  const zaragoza = await signedIn(browser, 'member.zaragoza@stoa.localhost', true)
  await zaragoza.goto(`/en/calls/${slug}`)
  await zaragoza.getByRole('button', { name: 'Start an application' }).click()
  await fillPractice(zaragoza, `Late hall ${stamp}`, 'Zaragoza')
  await zaragoza.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(zaragoza.getByRole('heading', { level: 1 })).toHaveText('Check your answers before submitting')

  await editor.goto(`/en/calls/${slug}/edit`)
  await editor.getByRole('textbox', { name: 'Deadline', exact: true }).fill(utcMinute(0))
  await editor.getByRole('button', { name: 'Save the call' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title)

  await zaragoza.getByRole('button', { name: 'Submit the application' }).click()
  await expect(zaragoza.getByText('There is a problem')).toBeVisible()
  await expect(zaragoza.getByRole('alert')).toContainText('The deadline has passed')
  await expect(zaragoza.getByLabel('Your answers as text')).toContainText(`Late hall ${stamp}`)
  await expectNoAxeViolations(zaragoza)

  // The evaluation: eligibility → experts; three experts on the panel, the Krakow one never assigned.
  await editor.goto(`/en/calls/${slug}/applications`)
  await expect(editor.getByRole('link', { name: reference })).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Forward every application in this round to: Expert scoring' }).click()
  await expect(editor.getByText('The applications are forwarded to the next round.')).toBeVisible()
  const panel = editor.getByRole('group', { name: 'Experts reviewing in this round' })
  for (const name of ['Ines Demo', 'Kasia Demo', 'Henri Demo']) await panel.getByLabel(name).check()
  await editor.getByRole('button', { name: 'Save the panel' }).click()
  await expect(editor.getByText('The panel is saved.')).toBeVisible()
  await editor.getByRole('button', { name: 'Assign experts automatically' }).click()
  await expect(editor.getByText('Experts are assigned.')).toBeVisible()
  await expect(editor.getByRole('row', { name: new RegExp(reference) })).toContainText('0 done, 2 due')
  await expectNoAxeViolations(editor)

  const kasia = await signedIn(browser, 'expert.krakow@stoa.localhost', true)
  await kasia.goto('/en/calls/reviews')
  await expect(kasia.getByRole('heading', { level: 1 })).toHaveText('My reviews')
  await expect(kasia.getByText(reference)).toHaveCount(0)
  await expectNoAxeViolations(kasia)
  expect((await kasia.goto(applicationPath))?.status()).toBe(404)

  for (const [email, score] of [
    ['expert@stoa.localhost', '4'],
    ['expert.lyon@stoa.localhost', '5'],
  ] as const) {
    const expert = await signedIn(browser, email, true)
    await review(expert, reference, score)
    await expert.context().close()
  }

  // The editor decides within the quota and releases the outcomes.
  await editor.goto(`/en/calls/${slug}/applications?round=experts`)
  await expect(editor.getByRole('row', { name: new RegExp(reference) })).toContainText('2 done, 0 due')
  await editor.getByRole('link', { name: reference }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Application ${reference}`)
  await expect(editor.getByRole('table', { name: /Reviews/ })).not.toContainText('Kasia Demo')
  await expectNoAxeViolations(editor)
  await editor.getByRole('group', { name: 'Decision' }).getByLabel('selected', { exact: true }).check()
  await editor.getByLabel('Reason').fill('A model for the network.')
  await editor.getByRole('button', { name: 'Record the decision' }).click()
  await expect(editor.getByRole('group', { name: 'Decision' }).getByLabel('selected', { exact: true })).toBeChecked()
  await editor.goto(`/en/calls/${slug}/applications`)
  await editor.getByRole('button', { name: 'Release the outcomes to applicants' }).click()
  await expect(editor.getByText('The outcomes are released: applicants are being told.')).toBeVisible()

  // The selected application is a draft practice: the editor publishes it, and it is in the catalogue.
  await editor.goto(`/en/practices/review?state=draft`)
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: practiceName }).click()
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(editor.getByText('The practice is published')).toBeVisible()
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/en/practices')
  await expect(visitor.getByRole('link', { name: practiceName })).toBeVisible()
  await expectNoAxeViolations(visitor)

  // Another organisation's member never reaches the application: page, file, exports, JSON.
  const lisbon = await signedIn(browser, 'member@stoa.localhost', true)
  expect((await lisbon.goto(applicationPath))?.status()).toBe(404)
  await expectNoAxeViolations(lisbon)
  expect((await lisbon.request.get(`${applicationPath}/files/qtitle`)).status()).toBe(404)
  expect((await lisbon.request.get(`/en/calls/${slug}/applications`)).status()).toBe(403)
  expect((await lisbon.request.get(`/en/calls/${slug}/applications.csv`)).status()).toBe(403)
  expect((await lisbon.request.get(`/en/calls/${slug}/applications.xlsx`)).status()).toBe(403)
  const api = await lisbon.request.get('/api/calls')
  expect(api.status()).toBe(200)
  expect(await api.text()).not.toContain(reference)
  await lisbon.goto('/en/calls/mine')
  await expect(lisbon.getByText(reference)).toHaveCount(0)
  await expectNoAxeViolations(lisbon)
})
