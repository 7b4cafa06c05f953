import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'
import { simplePdf } from './files.js'

// A member contributes a report with its PDF; the editor asks for changes once, the member makes
// them, the editor approves, and a visitor finds it by a word inside the PDF. Both projects run at
// once on one server: each contributes its own item, named after the project.

async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
  return page
}

test('member contributes, editor asks for changes then approves, visitor finds it', async ({
  page,
  browser,
  browserProblems,
}, testInfo) => {
  test.setTimeout(120_000)
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const word = `zinnia${testInfo.project.name.replace(/[^a-z]/g, '')}`
  const title = `Shutters of ${word}`
  const member = await signedIn(browser, 'member@stoa.localhost', javaScriptEnabled)
  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)

  await member.goto('/en/library')
  await member.getByRole('link', { name: 'Contribute an item' }).click()
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Contribute to the library')
  await expectNoAxeViolations(member)
  await member.getByRole('radio', { name: 'Report' }).check()
  await member.getByLabel('Title', { exact: true }).fill(title)
  await member.getByLabel('Description').fill('How the old town restored its **wooden shutters**.')
  await member.getByRole('checkbox', { name: 'Adaptive reuse' }).check()
  await member.getByLabel('Licence', { exact: true }).selectOption('cc-by')
  await member.getByLabel('File', { exact: true }).setInputFiles({
    name: 'shutters.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(simplePdf([`Shutters of ${word}`, `Linseed paint and ${word} oak`])),
  })
  await member.getByLabel('Year').fill('20x4')
  await member.getByRole('button', { name: 'Send for review' }).click()
  await expect(member).toHaveTitle(/^Error: Contribute to the library/)
  await expect(
    member.getByRole('alert').getByRole('link', { name: 'Enter a year between 1900 and 2100, like 2023' }),
  ).toBeVisible()
  await expect(member.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expectNoAxeViolations(member)
  // A browser never refills a file input: the file is chosen again.
  await member.getByLabel('Year').fill('2024')
  await member.getByLabel('File', { exact: true }).setInputFiles({
    name: 'shutters.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(simplePdf([`Shutters of ${word}`, `Linseed paint and ${word} oak`])),
  })
  await member.getByRole('button', { name: 'Send for review' }).click()
  await expect(member.getByText('Thank you: your contribution waits for the editors')).toBeVisible()
  await expect(member.getByText('Waiting for review').first()).toBeVisible()
  const itemUrl = new URL(member.url()).pathname

  // A visitor does not see it yet.
  const hidden = await page.goto(itemUrl)
  expect(hidden?.status()).toBe(404)
  browserProblems.allow(/status of 404\b/)

  await editor.goto('/en/library/review')
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Contributions to review')
  await expectNoAxeViolations(editor)
  await editor.getByRole('link', { name: title }).click()
  await editor.getByRole('radio', { name: 'Ask for changes' }).check()
  await editor.getByRole('button', { name: 'Send the decision' }).click()
  await expect(editor.getByRole('alert').getByRole('link', { name: 'Say what should change' })).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('radio', { name: 'Ask for changes' }).check()
  await editor.getByLabel('Comment to the contributor').fill('Please name the organisation that restored them.')
  await editor.getByRole('button', { name: 'Send the decision' }).click()
  await expect(editor.getByText('Changes requested: the contributor is told by e-mail.')).toBeVisible()

  await member.goto('/en/library/mine')
  await expect(member.getByRole('row', { name: new RegExp(title) })).toContainText('Changes requested')
  await member.getByRole('link', { name: title }).click()
  await expect(member.getByText('Please name the organisation that restored them.')).toBeVisible()
  await member.getByRole('link', { name: 'Edit this item' }).click()
  await expect(member.getByText('Now: shutters.pdf')).toBeVisible()
  await member.getByLabel('Organisation').fill('Old Town Trust')
  await member.getByRole('button', { name: 'Save and send for review' }).click()
  await expect(member.getByText('Your contribution is back with the editors.')).toBeVisible()

  await editor.goto(itemUrl)
  await editor.getByRole('radio', { name: 'Approve and publish' }).check()
  await editor.getByRole('button', { name: 'Send the decision' }).click()
  await expect(editor.getByText('Approved: the item is in the library')).toBeVisible()

  await page.goto(`/en/library?q=${word}+oak`)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('Old Town Trust').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download shutters.pdf' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('visitor plays a podcast episode and reads its transcript', async ({ page }, testInfo) => {
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  await page.goto('/en/library')
  await page.getByRole('link', { name: 'Heritage in practice' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heritage in practice')
  await expect(page.getByRole('link', { name: /Subscribe/ })).toBeVisible()
  await page.getByRole('link', { name: '1. From cable factory to cultural centre' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From cable factory to cultural centre')
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible()
  await expect(page.getByText('Host: Welcome to Heritage in practice')).toBeVisible()
  const audio = page.locator('audio')
  await expect(audio).toHaveAttribute('controls', '')
  const src = await audio.getAttribute('src')
  const part = await page.request.get(src!, { headers: { range: 'bytes=0-103' } })
  expect(part.status()).toBe(206)
  expect((await part.body()).byteLength).toBe(104)
  if (javaScriptEnabled) {
    // The browser loads the file, knows its length, and plays it (muted: no user gesture here).
    await page.waitForFunction(() => (document.querySelector('audio')?.readyState ?? 0) >= 1)
    expect(await audio.evaluate((element: HTMLAudioElement) => Math.round(element.duration))).toBe(9)
    await audio.evaluate(async (element: HTMLAudioElement) => {
      element.muted = true
      await element.play()
    })
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 0)
  }
  await expectNoAxeViolations(page)
})
