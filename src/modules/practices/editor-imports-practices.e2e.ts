import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/demo.js'
import { TINY_PNG } from './media/testing.js'

// The demo editor imports practices from a CSV file with a bad row, corrects it, follows the import
// to its report, opens a new practice and gives it an image. Both projects (JavaScript on and off)
// run at once against one server, so every title carries the project's name and a run number.

const HEADER = 'title;city;country;summary;challenge;approach;results;transferability;themes'
const row = (title: string, country: string) =>
  `${title};Ghent;${country};A summary;A challenge;An approach;Results;Transferable;cultural-tourism`
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\n')}\n`)

async function signIn(page: Page) {
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill('editor@stoa.localhost')
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toBeVisible()
}

test('editor imports practices from a file, then adds an image to one', async ({ page, browserProblems }, testInfo) => {
  // A long journey of a dozen pages, each scanned by axe.
  test.setTimeout(180_000)
  // The image without alt text is answered 422, as a form with errors is.
  browserProblems.allow(/status of 422\b/)
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`
  const first = `Imported courtyards ${run}`
  const second = `Imported rooftops ${run}`
  await signIn(page)

  await page.goto('/en/practices/import')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import practices')
  await expectNoAxeViolations(page)
  await page.getByLabel('CSV or JSON file').setInputFiles({
    name: 'practices.csv',
    mimeType: 'text/csv',
    buffer: csv([row(first, 'BE'), row(second, 'XX')]),
  })
  await page.getByLabel('Publish the practices at once').check()
  await page.getByRole('button', { name: 'Check the file' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the import')
  await expect(page.getByText('1 row has problems.')).toBeVisible()
  await expect(page.getByText('country: Choose a country from the list (an ISO code such as PT or DE)')).toBeVisible()
  await expect(page.getByRole('button', { name: /Import/ })).toHaveCount(0)
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Upload a corrected file' }).click()
  await page.getByLabel('CSV or JSON file').setInputFiles({
    name: 'practices.csv',
    mimeType: 'text/csv',
    buffer: csv([row(first, 'BE'), row(second, 'PT')]),
  })
  await page.getByLabel('Publish the practices at once').check()
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(page.getByText('Every row can be imported. The practices will be published at once.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Import 2 practices' }).click()

  // The progress page refreshes itself with JavaScript; without, the person follows its link.
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if ((await page.getByRole('heading', { level: 1 }).textContent()) === 'Import finished') break
    const refresh = page.getByRole('link', { name: 'Refresh this page' })
    if (attempt === 0 && (await refresh.count()) > 0) await expectNoAxeViolations(page)
    if (!testInfo.project.name.includes('no-javascript') || (await refresh.count()) === 0)
      await page.waitForTimeout(500)
    else await refresh.click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import finished')
  await expect(page.getByText('2 practices were imported')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: first }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Manage images and documents' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Images and documents')
  await expectNoAxeViolations(page)

  const image = { name: 'courtyard.png', mimeType: 'image/png', buffer: Buffer.from(TINY_PNG) }
  await page.getByLabel('Image file').setInputFiles(image)
  await page.getByLabel('Credit (optional)').fill('Photo: City of Ghent')
  await page.getByRole('button', { name: 'Add the image' }).click()
  await expect(page.getByRole('link', { name: 'Enter alternative text that describes the image' })).toBeVisible()
  await expect(page.getByLabel('Credit (optional)')).toHaveValue('Photo: City of Ghent')
  await expectNoAxeViolations(page)

  await page.getByLabel('Image file').setInputFiles(image)
  await page.getByLabel('Alternative text', { exact: true }).fill('A green courtyard with benches')
  await page.getByRole('button', { name: 'Add the image' }).click()
  await expect(page.getByText('The image was added.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Back to the practice' }).click()
  await expect(page.getByRole('img', { name: 'A green courtyard with benches' })).toBeVisible()
  await expect(page.getByText('Credit: Photo: City of Ghent')).toBeVisible()
  await expectNoAxeViolations(page)
})
