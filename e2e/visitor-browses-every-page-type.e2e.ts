import type { Page } from '@playwright/test'
import { LOCALES } from '../src/config.js'
import { expect, expectNoAxeViolations, test } from './fixtures.js'
import { type PageType, pageTypes } from './page-types.js'

// A database server renders the same pages as the embedded one: CI's second run (STOA_TEST_SCOPE=database)
// leaves this sweep to the first and runs the journeys only.
test.skip(
  process.env.STOA_TEST_SCOPE === 'database',
  'page types are scanned once per CI run, on the embedded database',
)

// One test a page type reads it in every language, one after the other in the same page: a test
// a language spent more time starting browser contexts than reading pages.
for (const pageType of pageTypes) {
  test(`visitor reads the ${pageType.name} in every language`, async ({
    page,
    baseURL,
    browserProblems,
    javaScriptEnabled,
  }) => {
    // Without JavaScript the markup is the same in every language; one language shows it works.
    const locales = javaScriptEnabled ? LOCALES : LOCALES.filter((locale) => locale === 'en')
    for (const locale of locales) {
      await test.step(`in ${locale}`, async () => {
        const status = pageType.status ?? 200
        const url = await addressOf(page, pageType, locale)
        // Chromium logs a document's error status as a console error, the asked-for 404 too.
        if (status >= 400) browserProblems.allow(documentStatusError(status, new URL(url, baseURL).href))

        const response = await page.goto(url)
        expect(
          response?.status(),
          status === 200 && response?.status() === 404
            ? `the ${pageType.name} does not exist: ${url} answered 404`
            : `status of ${url}`,
        ).toBe(status)

        await expect(page.locator('html'), 'the page declares its language').toHaveAttribute('lang', locale)
        expect((await page.title()).trim(), 'the page has a title').not.toBe('')
        const headings = page.locator('h1')
        await expect(headings, 'the page has exactly one <h1>').toHaveCount(1)
        await expect(headings).not.toBeEmpty()
        await expectNoAxeViolations(page)
      })
    }
  })
}

function documentStatusError(status: number, url: string): RegExp {
  const escapedUrl = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`status of ${status}\\b.*\\(from ${escapedUrl}\\)$`)
}

async function addressOf(page: Page, pageType: PageType, locale: string): Promise<string> {
  const listUrl = `/${locale}${pageType.path}`
  if (!pageType.followFirstLinkTo) return listUrl
  const listResponse = await page.goto(listUrl)
  expect(listResponse?.status(), `the list leading to the ${pageType.name}, ${listUrl}`).toBe(200)
  const links = page.locator(`main a[href^="/${locale}${pageType.followFirstLinkTo}"]`)
  await expect(links.first(), `${listUrl} links to a ${pageType.name}`).toBeAttached()
  const href = await links.first().getAttribute('href')
  if (!href || !pageType.thenFollowLinkContaining) return href ?? listUrl
  const response = await page.goto(href)
  expect(response?.status(), `the page leading to the ${pageType.name}, ${href}`).toBe(200)
  const deeper = page.locator(`main a[href*="${pageType.thenFollowLinkContaining}"]`)
  await expect(deeper.first(), `${href} links to a ${pageType.name}`).toBeAttached()
  return (await deeper.first().getAttribute('href')) ?? href
}
