import { readFile } from 'node:fs/promises'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'

// Search → filter → a practice → back → map → CSV and JSON, with and without JavaScript. With it,
// the results follow the typing and the filters in place (the URL too); without it, the buttons
// submit the same GET form. Only reads the demo practices, so both projects can run at once.

test('visitor searches and filters practices, reads one, and exports the list', async ({ page }, testInfo) => {
  // Six pages scanned by axe on a shared two-core machine.
  test.setTimeout(120_000)
  const live = testInfo.project.use.javaScriptEnabled !== false
  const main = page.locator('main')
  const searchBox = main.getByLabel('Search good practices')
  const count = main.locator('#results-heading')

  await page.goto('/en/practices')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good practices')
  await expectNoAxeViolations(page)

  await searchBox.fill('museums')
  if (live) {
    // No button pressed: the results follow the words, and the address follows the results.
    await expect(page).toHaveURL(/[?&]q=museums/)
    await expect(count).toHaveText('2 practices')
    await expect(main.getByRole('status')).toHaveText('2 practices found')
    await expect(searchBox, 'typing goes on in the search box').toBeFocused()
  } else {
    await main.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/[?&]q=museums/)
    await expect(count).toHaveText('2 practices')
  }
  await expect(main.getByRole('link', { name: 'Door breakers' })).toBeVisible()
  await expect(main.locator('mark').first()).toBeVisible()
  await expectNoAxeViolations(page)

  const green = main.getByRole('checkbox', { name: /^Green \(\d+\)$/ })
  await green.check()
  if (!live) await main.getByRole('button', { name: 'Apply filters' }).click()
  await expect(count).toHaveText('1 practice')
  await expect(page).toHaveURL(/transformation=green/)
  if (live) await expect(green, 'focus stays on the box').toBeFocused()
  await expect(main.getByRole('link', { name: 'Door breakers' })).toHaveCount(0)

  // A mistyped year is explained beside its field; the list stays.
  await main.getByLabel('From').fill('20x5')
  await main.getByRole('button', { name: 'Apply filters' }).click()
  await expect(main.locator('#from-error')).toContainText('Enter the year as four digits, like 2015')
  await expect(
    main.getByRole('alert').getByRole('link', { name: 'Enter the year as four digits, like 2015' }),
  ).toBeVisible()
  await expect(count).toHaveText('1 practice')
  await expectNoAxeViolations(page)
  await main.getByLabel('From').fill('')
  await main.getByRole('button', { name: 'Apply filters' }).click()
  await expect(main.locator('#from-error')).toHaveCount(0)

  await main.getByRole('link', { name: 'Museum in transition' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Museum in transition')
  await expect(page.getByRole('heading', { name: 'Similar practices' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goBack()
  await expect(page).toHaveURL(/q=museums.*transformation=green|transformation=green.*q=museums/)
  await expect(green).toBeChecked()
  await expect(count).toHaveText('1 practice')

  await main.getByRole('link', { name: 'See these practices on a map' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of good practices')
  await expect(main.getByRole('link', { name: 'France: 1 practice', exact: true })).toBeAttached()
  await expect(main.getByRole('link', { name: 'Lille, France: 1 practice' })).toBeAttached()
  await expect(main.getByRole('link', { name: /^Germany/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await main.getByRole('link', { name: 'Back to the list of these practices' }).click()
  await expect(count).toHaveText('1 practice')

  const downloading = page.waitForEvent('download')
  await main.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^practices-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile((await download.path())!)
  expect([...csv.subarray(0, 3)], 'a byte-order mark, so Excel reads UTF-8').toEqual([0xef, 0xbb, 0xbf])
  const lines = csv.toString('utf8').slice(1).trim().split('\r\n')
  expect(lines[0]).toMatch(/^title,summary,url,/)
  expect(lines).toHaveLength(2)
  expect(lines[1]).toMatch(/^Museum in transition,/)

  const jsonHref = await main.getByRole('link', { name: 'Download as JSON (API)' }).getAttribute('href')
  const json = (await (await page.request.get(jsonHref!)).json()) as {
    data: { slug: string }[]
    meta: { total: number }
  }
  expect(json.meta.total).toBe(1)
  expect(json.data.map((item) => item.slug)).toEqual(['museum-in-transition'])
})
