import { expect, expectNoAxeViolations, test } from './fixtures.js'

test('visitor switches the privacy notice from English to German and stays on it', async ({ page }) => {
  await page.goto('/en/privacy')
  const englishHeadings = await page.locator('main').getByRole('heading').allTextContents()

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click()

  await expect(page).toHaveURL(/\/de\/privacy$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('navigation', { name: 'Sprache' }).getByText('Deutsch')).toHaveAttribute(
    'aria-current',
    'true',
  )
  await expect(page.locator('h1')).toHaveText(/Datenschutz/)
  const germanHeadings = await page.locator('main').getByRole('heading').allTextContents()
  expect(germanHeadings, 'the same sections as in English').toHaveLength(englishHeadings.length)
  // Some words are the same in both languages ("Cookies"), so most headings, not all, must differ.
  const translated = germanHeadings.filter((heading, index) => heading !== englishHeadings[index])
  expect(translated.length, `headings translated on /de/privacy: ${germanHeadings.join(' | ')}`).toBeGreaterThan(
    germanHeadings.length / 2,
  )
  await expectNoAxeViolations(page)
})

test.describe('with a browser set to French', () => {
  test.use({ locale: 'fr-FR' })

  test('visitor opening the site address lands on the French home page', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  })
})
