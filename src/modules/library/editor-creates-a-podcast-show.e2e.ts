import type { Browser, Page } from '@playwright/test'
import Parser from 'rss-parser'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'
import { TINY_PNG } from '../practices/media/testing.js'
import { silentMp3 } from './files.js'

// An editor publishes an audio episode, creates a show (a mistake first), puts the episode in it
// with its number; a visitor finds the show with its episode, and the feed parses. Both projects
// run at once on one server: each makes its own show, named after the project.

async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
  return page
}

test('editor creates a podcast show and adds an episode, a visitor listens and subscribes', async ({
  page,
  browser,
  browserProblems,
}, testInfo) => {
  test.setTimeout(120_000)
  browserProblems.allow(/status of 422\b/)
  const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
  const tag = testInfo.project.name.replace(/[^a-z]/g, '')
  const showTitle = `Harbour voices ${tag}`
  const episodeTitle = `Lighthouse keepers ${tag}`
  const editor = await signedIn(browser, 'editor@stoa.localhost', javaScriptEnabled)

  // The episode: an editor's audio item publishes directly.
  await editor.goto('/en/library/contribute')
  await editor.getByRole('radio', { name: 'Podcast episode' }).check()
  await editor.getByLabel('Title', { exact: true }).fill(episodeTitle)
  await editor.getByLabel('File', { exact: true }).setInputFiles({
    name: 'keepers.mp3',
    mimeType: 'audio/mpeg',
    buffer: Buffer.from(silentMp3(2)),
  })
  await editor.getByRole('button', { name: 'Publish' }).click()
  await expect(editor.getByText('The item is published.')).toBeVisible()

  // The show: a missing owner's address first, then the whole form.
  await editor.goto('/en/library')
  await editor.getByRole('link', { name: 'New podcast show' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('New podcast show')
  await expectNoAxeViolations(editor)
  await editor.getByLabel('Title', { exact: true }).fill(showTitle)
  await editor.getByLabel('Description').fill('Stories from the **harbour** towns of the network.')
  await editor.getByLabel('Author', { exact: true }).fill('Harbour Towns Network')
  await editor.getByLabel('Category').selectOption('History')
  await editor.getByRole('button', { name: 'Create the show' }).click()
  await expect(editor).toHaveTitle(/^Error: New podcast show/)
  await expect(editor.getByRole('alert').getByRole('link', { name: 'Enter the owner’s e-mail address' })).toBeVisible()
  await expect(editor.getByLabel('Author', { exact: true })).toHaveValue('Harbour Towns Network')
  await expectNoAxeViolations(editor)
  await editor.getByLabel('Owner’s e-mail address').fill('voices@harbour.example')
  await editor.getByLabel('Cover image (optional)').setInputFiles({
    name: 'cover.png',
    mimeType: 'image/png',
    buffer: Buffer.from(TINY_PNG),
  })
  await editor.getByLabel('Text alternative of the cover').fill('A lighthouse at night')
  await editor.getByRole('button', { name: 'Create the show' }).click()

  // Its episodes, on the show's edit page.
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Edit the show “${showTitle}”`)
  await expectNoAxeViolations(editor)
  const choice = editor.getByRole('group', { name: episodeTitle })
  await choice.getByRole('checkbox', { name: 'In this show' }).check()
  await editor.getByLabel(`Episode number of “${episodeTitle}”`).fill('1')
  await editor.getByRole('button', { name: 'Save the episodes' }).click()
  await expect(editor.getByText('The episodes are saved.')).toBeVisible()
  const showPath = new URL(editor.url()).pathname

  // A visitor: the show, its episode, its feed.
  await page.goto('/en/library')
  await page.getByRole('link', { name: showTitle }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(showTitle)
  await expect(page.getByRole('link', { name: `1. ${episodeTitle}` })).toBeVisible()
  await expect(page.getByRole('img', { name: 'A lighthouse at night' })).toBeVisible()
  await expectNoAxeViolations(page)
  const xml = await (await page.request.get(`${showPath}/feed.xml`)).text()
  const feed = await new Parser({ customFields: { item: ['itunes:episode'] } }).parseString(xml)
  expect(feed.title).toBe(showTitle)
  expect(feed.itunes?.owner).toEqual({ name: 'Harbour Towns Network', email: 'voices@harbour.example' })
  expect(feed.items.map((item) => item.title)).toEqual([episodeTitle])
  await page.getByRole('link', { name: `1. ${episodeTitle}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(episodeTitle)
  await expectNoAxeViolations(page)
})
